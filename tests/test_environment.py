"""The pip lock and the conda environment.yml pin exactly the same packages."""
import yaml

from helpers import paths, workbook


def test_environment_yml_is_a_conda_file_with_the_lock_pins():
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text())
    assert set(env) >= {"name", "channels", "dependencies"}
    deps = env["dependencies"]
    assert any(isinstance(d, str) and d.startswith("python=3.11") for d in deps)
    pip_list = next(d["pip"] for d in deps if isinstance(d, dict))
    yml_pins = {workbook.normalise_name(p.split("==")[0]): p.split("==")[1] for p in pip_list if "==" in p}
    lock_pins = workbook.lock_pins((paths.ROOT / "requirements.lock").read_text())
    assert yml_pins == lock_pins


def test_every_lock_pin_has_a_hash_and_every_direct_dependency_is_pinned():
    lock = (paths.ROOT / "requirements.lock").read_text()
    blocks = [b for b in lock.split("\n") if "==" in b and not b.startswith("#")]
    assert blocks and all(b.rstrip().endswith("\\") for b in blocks)  # each pin is followed by --hash lines
    pins = workbook.lock_pins(lock)
    wanted = [workbook.normalise_name(line.split("#")[0].strip()) for line in (paths.ROOT / "requirements.in").read_text().splitlines()]
    missing = [name for name in wanted if name and name not in pins]
    assert not missing


def test_lock_pins_reads_names_and_versions():
    text = "pandas==3.1.1 \\\n    --hash=sha256:abc\nPyYAML==6.0.3 \\\n"
    assert workbook.lock_pins(text) == {"pandas": "3.1.1", "pyyaml": "6.0.3"}
