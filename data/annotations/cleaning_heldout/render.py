#!/usr/bin/env python3
"""Flatten the held-out HTML pages to text, the way a scraper would.

Renderer: inscriptis.get_text(html) with its default (layout-preserving) configuration.
Post-processing: strip trailing whitespace on each line, collapse runs of more than 2 blank
lines to 2, drop leading/trailing blank lines, end the file with one newline, write UTF-8.

Usage: /tmp/venv-heldout/bin/python render.py [HTML_DIR]   (default /tmp/heldout_html)
The HTML files are not kept in the repository (see README.md for their source and commit).
"""
import re
import sys
from pathlib import Path

import inscriptis

HERE = Path(__file__).resolve().parent
PAGES = {  # short_id -> file name in adbar/trafilatura tests/cache/
    "h01_natgeo_en": "nationalgeographic.co.uk.goats.html",
    "h02_salon_en": "salon.com.emissions.html",
    "h03_dw_en": "dw.com.colonial.html",
    "h04_physorg_en": "phys.org.tool.html",
    "h05_franceculture_fr": "franceculture.fr.idees.html",
    "h06_soundofscience_fr": "soundofscience.fr.1927.html",
    "h07_mondediplo_fr": "blog.mondediplo.net.turpitude.html",
    "h08_laviedesidees_fr": "laviedesidees.fr.evaluation.html",
}


def flatten(html: str) -> str:
    text = inscriptis.get_text(html)
    lines = [l.rstrip() for l in text.splitlines()]
    out, blanks = [], 0
    for l in lines:
        if l == "":
            blanks += 1
            if blanks > 2:
                continue
        else:
            blanks = 0
        out.append(l)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main():
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/heldout_html")
    only = set(sys.argv[2:])
    for sid, fname in PAGES.items():
        if only and sid not in only:
            continue
        f = src / fname
        if not f.exists():
            print(f"missing {f}", file=sys.stderr)
            continue
        text = flatten(f.read_text(encoding="utf-8"))
        (HERE / "pages" / f"{sid}.txt").write_text(text, encoding="utf-8", newline="")
        nb = sum(1 for l in text.splitlines() if l.strip())
        print(f"{sid}: {len(text.splitlines())} lines, {nb} non-blank")


if __name__ == "__main__":
    main()
