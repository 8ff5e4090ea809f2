"""The bad-input battery: every mistake a user's corpus, manifest, annotation sheet or parameters can hold.

Each case states the behaviour it must show, one of:
- `error`: one InputError whose message names the file (and row and column where there is one) and
  says what to do; Jupyter shows it without a traceback (`_render_traceback_`);
- `quarantine`: the document is set aside with a reason, and documents in = kept + quarantined;
- `read`: the document is read correctly (encodings, line endings, sizes, markup).
The whole-workbook version (papermill, notebooks, rejected/ files) is in test_report_run.py.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import stat
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from helpers import annotations, articles, corpus, errors, paths, text, workbook
from helpers.io import save_table

TODAY = date(2026, 11, 23)
FIXTURES = paths.TESTS / "fixtures" / "corpus"
GOOD_EN = (FIXTURES / "f01_en.txt").read_bytes()
PROSE = "The deputy said on Monday that France should leave the integrated command of NATO, as de Gaulle did in 1966. "


def manifest_row(doc_id: str, file: str, data: bytes | None, **overrides) -> dict:
    """Return a valid manifest row for a file with these bytes (sha256 of `data`)."""
    sha = hashlib.sha256(data).hexdigest() if data is not None else "0" * 64
    return {"doc_id": doc_id, "file": file, "sha256": sha, "outlet": "Test Outlet", "url": "", "title": "",
            "published": "2024-03-12", "published_basis": "stated", "published_note": "", "language": "en", **overrides}


def write_corpus(folder: Path, files: dict[str, bytes], rows: list[dict] | None = None) -> Path:
    """Write a corpus folder: the files, and a manifest with `rows` (default: one valid row per file)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    rows = [manifest_row(Path(name).stem, name, data) for name, data in files.items()] if rows is None else rows
    pd.DataFrame(rows, columns=corpus.MANIFEST_COLUMNS).to_csv(folder / paths.MANIFEST_NAME, index=False)
    return folder


def ingest(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Run notebook 00's steps: (inventoried documents, quarantined rows, documents in)."""
    manifest = corpus.load_manifest(folder, TODAY)
    listed, rejected = corpus.reconcile(manifest, corpus.document_files(folder))
    blobs = corpus.read_bytes(folder, listed["file"])
    corpus.verify_checksums(listed, {n: corpus.sha256_bytes(d) for n, d in blobs.items()}, paths.display(folder))
    documents, unreadable = corpus.inventory(listed, blobs)
    rejected = pd.concat([rejected, unreadable], ignore_index=True)
    documents_in = corpus.documents_in(manifest, rejected)
    errors.reconcile("documents", documents_in, {"inventoried": len(documents), "quarantined": len(rejected)})
    return documents, rejected, documents_in


def clean(page: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Run notebook 01's steps on one decoded page: (line decisions, sentences)."""
    texts, _, lines = articles.clean_pages({"d": page}, {})
    paragraphs = articles.paragraph_table(lines)
    sentences = articles.sentence_table(paragraphs, texts, text.train_punkt(list(texts.values()), set()))
    assert all(text.nfc(texts["d"][s:e]) == t for s, e, t in sentences[["start", "end", "text"]].itertuples(index=False))
    return lines, sentences


def assert_input_error(raised: pytest.ExceptionInfo, *needles: str) -> None:
    """The error is an InputError, shown without a traceback, and its message holds every needle."""
    assert isinstance(raised.value, errors.InputError), type(raised.value)
    shown = "\n".join(raised.value._render_traceback_())
    assert "Traceback" not in shown and "File \"" not in shown
    for needle in needles:
        assert needle in str(raised.value), (needle, str(raised.value))


def quarantined(tmp_path: Path, name: str, data: bytes, reason: str, **row) -> pd.Series:
    """Ingest a corpus of one good file and one bad one; return the bad file's quarantine row."""
    folder = write_corpus(tmp_path / "corpus", {"good.txt": GOOD_EN, name: data},
                          [manifest_row("good", "good.txt", GOOD_EN), manifest_row("bad", name, data, **row)])
    documents, rejected, documents_in = ingest(folder)
    assert documents["doc_id"].tolist() == ["good"] and documents_in == 2
    found = rejected.set_index("file").loc[name]
    assert found["reason"] == reason and found["detail"], found.to_dict()
    return found


# ------------------------------------------------------------------ raw documents: quarantined

def test_case_01_empty_file_is_quarantined(tmp_path):
    quarantined(tmp_path, "empty.txt", b"", "empty")


def test_case_02_whitespace_only_file_is_quarantined(tmp_path):
    quarantined(tmp_path, "blank.txt", b" \n\t\r\n   \n", "empty")


def test_case_03_binary_bytes_are_quarantined(tmp_path):
    found = quarantined(tmp_path, "noise.txt", bytes(range(256)) * 40, "undecodable")
    assert "NUL bytes" in found["detail"]


def test_case_04_pdf_renamed_txt_is_quarantined_and_named_as_pdf(tmp_path):
    found = quarantined(tmp_path, "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", "undecodable")
    assert "PDF" in found["detail"]


def test_case_05_utf32_is_quarantined_with_its_name(tmp_path):
    found = quarantined(tmp_path, "wide.txt", "France et l'OTAN".encode("utf-32"), "undecodable")
    assert "UTF-32" in found["detail"]


def test_case_06_file_listed_but_missing_is_quarantined(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {"good.txt": GOOD_EN},
                          [manifest_row("good", "good.txt", GOOD_EN), manifest_row("gone", "gone.txt", b"x")])
    documents, rejected, documents_in = ingest(folder)
    assert documents_in == 2 and rejected.set_index("doc_id").loc["gone", "reason"] == "file_missing"
    assert "add the file or remove the row" in rejected.set_index("doc_id").loc["gone", "detail"]


def test_case_07_file_without_manifest_row_is_quarantined(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {"good.txt": GOOD_EN}, [manifest_row("good", "good.txt", GOOD_EN)])
    (folder / "stray.html").write_text("<p>stray</p>")
    documents, rejected, documents_in = ingest(folder)
    assert documents_in == 2 and rejected.set_index("file").loc["stray.html", "reason"] == "no_manifest_row"


def test_case_08_unsupported_declared_language_is_quarantined(tmp_path):
    found = quarantined(tmp_path, "de.txt", "Frankreich soll die NATO verlassen.".encode(), "unsupported_language", language="de")
    assert "'de'" in found["detail"]


def test_case_09_article_detected_in_another_language_is_quarantined_at_cleaning():
    german = ("Die Abgeordnete sagte am Montag, dass Frankreich das integrierte Kommando der NATO verlassen sollte, "
              "wie es de Gaulle im Jahr 1966 getan hat, und dass die Regierung darüber abstimmen muss. ") * 3
    lines, _ = clean(german)
    table = pd.DataFrame({"doc_id": ["d"], "file": ["d.txt"], "language": [articles.majority_language(articles.paragraph_table(lines))],
                          "lines_kept": [int(lines["keep"].sum())]})
    rejected = articles.language_rejections(table)
    assert rejected["reason"].tolist() == ["unsupported_language"] and "'de'" in rejected["detail"].iloc[0]


def test_case_10_page_with_no_article_text_is_quarantined_at_cleaning():
    lines, sentences = clean("Home\nNews\nSport\nContact\nLogin\n© 2024 Example\n")
    table = pd.DataFrame({"doc_id": ["d"], "file": ["d.txt"], "lines_kept": [int(lines["keep"].sum())]})
    assert articles.no_content_rejections(table)["reason"].tolist() == ["no_content"] and sentences.empty


# ------------------------------------------------------------------ raw documents: read correctly

FRENCH = "Le député a dit « sortir de l'OTAN »."
ENGLISH = "The deputy said “leave NATO” – 5 € a head."


@pytest.mark.parametrize("case, data, encoding, expected", [
    ("11 UTF-16 with BOM", codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"), "utf-16", FRENCH),
    ("12 UTF-8 with BOM", codecs.BOM_UTF8 + FRENCH.encode(), "utf-8-sig", FRENCH),
    ("13 cp1252 smart quotes", ENGLISH.encode("cp1252"), "cp1252", ENGLISH),
    ("14 latin-1 with a byte cp1252 lacks", FRENCH.replace("«", "").encode("latin-1") + b"\x81", "latin-1", FRENCH.replace("«", "") + "\x81"),
])
def test_cases_11_to_14_encodings_are_detected_and_decoded(tmp_path, case, data, encoding, expected):
    folder = write_corpus(tmp_path / "corpus", {"doc.txt": data})
    documents, rejected, _ = ingest(folder)
    assert rejected.empty and documents.loc[0, "encoding"] == encoding, case
    assert articles.decode_pages({"doc.txt": data}, {"doc.txt": "doc"})["doc"] == expected


def test_case_15_mixed_line_endings_keep_exact_offsets():
    page = "Headline about NATO\r\n\r\n" + PROSE + "\n\n" + PROSE.replace("Monday", "Tuesday") + "\r" + PROSE.replace("Monday", "Friday") + "\r\n"
    lines, sentences = clean(page)
    assert int(lines["keep"].sum()) >= 3 and len(sentences) >= 3
    assert all(page[s:e] == t for s, e, t in lines[["start", "end", "text"]].itertuples(index=False))


def test_case_16_a_10_mb_single_line_of_prose_is_cleaned_and_split():
    subjects = ["The deputy", "Mr. Dupont", "The minister", "She", "The party leader", "A senior official", "The group"]
    claims = ["said France should leave NATO's integrated command", "argued that the 2009 return was a mistake",
              "warned against leaving the alliance", "recalled de Gaulle's decision of 7 March 1966", "called for a vote in parliament"]
    sentences_in = [f"{subjects[i % 7]} {claims[(i * 3) % 5]} on day {i % 28 + 1}." for i in range(200_000)]
    page = " ".join(sentences_in)[:10_000_000]
    lines, sentences = clean(page)
    assert len(lines) == 1 and bool(lines.loc[0, "keep"])
    assert len(sentences) > 10_000  # Punkt learns collocations from this repetitive text, so not one per ". "


def test_case_17_a_10_mb_single_line_without_prose_is_removed_with_a_reason():
    lines, _ = clean(("word " * 2_000_000)[:10_000_000])
    assert not lines.loc[0, "keep"] and lines.loc[0, "reason"] != ""


def test_case_18_a_50000_line_file_keeps_every_line_decision():
    page = "\n".join(f"Note {i}: the deputy said France should leave NATO's command, as in 1966." for i in range(50_000))
    lines, sentences = clean(page)
    assert len(lines) == 50_000 and lines["line_no"].is_unique and len(sentences) >= 50_000


def test_case_19_html_script_and_style_never_reach_the_text():
    page = ("<html><head><style>body{color:red}</style><script>alert('x');var nato=1;</script></head><body>"
            f"<nav>Home | News</nav><article><h1>Deputy wants France out of NATO</h1><p>{PROSE * 3}</p>"
            "<script>document.write('tracker')</script></article></body></html>")
    lines, sentences = clean(page)
    kept = " ".join(lines.loc[lines["keep"], "text"])
    assert "deputy said" in kept and "alert" not in kept and "color:red" not in kept and "tracker" not in kept


# ------------------------------------------------------------------ the manifest: one clear error

def test_case_20_missing_manifest(tmp_path):
    (tmp_path / "corpus").mkdir()
    with pytest.raises(corpus.CorpusError) as raised:
        corpus.load_manifest(tmp_path / "corpus", TODAY)
    assert_input_error(raised, "manifest.csv", "no manifest", "header")


def test_case_21_empty_manifest_file(tmp_path):
    (tmp_path / "manifest.csv").write_bytes(b"")
    with pytest.raises(corpus.CorpusError) as raised:
        corpus.load_manifest(tmp_path, TODAY)
    assert_input_error(raised, "manifest.csv", "empty", "doc_id,file,sha256")


def test_case_22_manifest_with_header_only(tmp_path):
    write_corpus(tmp_path, {}, [])
    with pytest.raises(corpus.CorpusError) as raised:
        corpus.load_manifest(tmp_path, TODAY)
    assert_input_error(raised, "manifest.csv", "no rows")


def test_case_23_manifest_missing_a_column(tmp_path):
    write_corpus(tmp_path, {"a.txt": GOOD_EN})
    frame = pd.read_csv(tmp_path / "manifest.csv").drop(columns="sha256")
    frame.to_csv(tmp_path / "manifest.csv", index=False)
    with pytest.raises(corpus.CorpusError) as raised:
        corpus.load_manifest(tmp_path, TODAY)
    assert_input_error(raised, "manifest.csv", "missing column(s) sha256")


def test_case_24_duplicate_doc_id(tmp_path):
    write_corpus(tmp_path, {"a.txt": GOOD_EN, "b.txt": GOOD_EN + b" "},
                 [manifest_row("same", "a.txt", GOOD_EN), manifest_row("same", "b.txt", GOOD_EN + b" ")])
    with pytest.raises(corpus.CorpusError) as raised:
        corpus.load_manifest(tmp_path, TODAY)
    assert_input_error(raised, "manifest.csv", "row 3, column doc_id", "duplicate")


@pytest.mark.parametrize("case, value, needle", [
    ("25 unparseable date", "12/03/2024", "not ISO 8601"),
    ("26 impossible date", "2024-02-30", "not a real calendar date"),
    ("27 future date", "2031-05-01", "in the future"),
])
def test_cases_25_to_27_bad_published_dates(tmp_path, case, value, needle):
    write_corpus(tmp_path, {"a.txt": GOOD_EN}, [manifest_row("a", "a.txt", GOOD_EN, published=value)])
    with pytest.raises(corpus.CorpusError) as raised:
        corpus.load_manifest(tmp_path, TODAY)
    assert_input_error(raised, "manifest.csv", "row 2, column published", needle)


def test_case_28_language_that_is_not_a_code(tmp_path):
    write_corpus(tmp_path, {"a.txt": GOOD_EN}, [manifest_row("a", "a.txt", GOOD_EN, language="English")])
    with pytest.raises(corpus.CorpusError) as raised:
        corpus.load_manifest(tmp_path, TODAY)
    assert_input_error(raised, "row 2, column language", "'English' is not an ISO 639-1 code")


def test_case_29_manifest_that_is_not_utf8_csv(tmp_path):
    (tmp_path / "manifest.csv").write_bytes(b"doc_id,file\n\xff\xfe\x00garbage\n")
    with pytest.raises(corpus.CorpusError) as raised:
        corpus.load_manifest(tmp_path, TODAY)
    assert_input_error(raised, "manifest.csv")


def test_case_30_raw_file_changed_after_the_manifest_was_written(tmp_path):
    folder = write_corpus(tmp_path / "corpus", {"a.txt": GOOD_EN})
    (folder / "a.txt").write_bytes(GOOD_EN + b"edited")
    with pytest.raises(corpus.ChecksumError) as raised:
        ingest(folder)
    assert_input_error(raised, "a.txt", "immutable", "sha256")


# ------------------------------------------------------------------ annotation sheets

STANCE_HEADER = "doc_id,sent_id,text,label,position,speaker\n"


def sheet(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "labels.csv"
    path.write_text(body, encoding="utf-8")
    return path


def test_case_31_annotation_sheet_with_an_unknown_label(tmp_path):
    path = sheet(tmp_path, STANCE_HEADER + "d,d-s001,France must leave NATO.,PRO,leave_alliance,X\n")
    with pytest.raises(annotations.AnnotationError) as raised:
        annotations.read_sheet(path, annotations.STANCE_SENTENCES)
    assert_input_error(raised, "labels.csv", "row 2, column label", "'PRO' is not one of FAVOR, AGAINST, NONE", "GUIDELINES")


def test_case_32_annotation_sheet_missing_a_column(tmp_path):
    path = sheet(tmp_path, "doc_id,sent_id,text,position,speaker\nd,d-s001,x,none,X\n")
    with pytest.raises(annotations.AnnotationError) as raised:
        annotations.read_sheet(path, annotations.STANCE_SENTENCES)
    assert_input_error(raised, "labels.csv", "missing column(s) label")


def test_case_33_annotation_rows_whose_ids_are_not_in_the_corpus_are_set_aside(tmp_path):
    path = sheet(tmp_path, STANCE_HEADER + "d,d-s001,Leave NATO.,FAVOR,leave_alliance,X\nzz,zz-s001,Stay.,AGAINST,stay,Y\n")
    gold = annotations.read_sheet(path, annotations.STANCE_SENTENCES)
    sentences = pd.DataFrame({"doc_id": ["d"], "sent_id": ["d-s001"], "text": ["Leave NATO."]})
    used, aside = annotations.set_aside(gold, annotations.sentence_reasons(gold, sentences), "labels.csv", "sent_id")
    assert used["sent_id"].tolist() == ["d-s001"]
    assert aside[["row", "key", "reason"]].values.tolist() == [[3, "zz-s001", "not_in_corpus"]]
    assert len(used) + len(aside) == len(gold)


def test_case_34_annotation_spans_outside_the_text_are_set_aside(tmp_path):
    path = sheet(tmp_path, "doc_id,start,end,text,type,value,granularity\nd,4,8,1966,date,1966,year\nd,40,44,1974,date,1974,year\nd,0,3,Xyz,date,,\n")
    gold = annotations.read_sheet(path, annotations.TIME_EXPRESSIONS)
    used, aside = annotations.set_aside(gold, annotations.span_reasons(gold, {"d": "May 1966 was spring."}), "expr.csv", "doc_id")
    assert used["text"].tolist() == ["1966"]
    assert aside["reason"].tolist() == ["span_outside_text", "text_mismatch"] and aside["row"].tolist() == [3, 4]


def test_case_35_annotation_offsets_that_are_not_numbers(tmp_path):
    path = sheet(tmp_path, "doc_id,start,end,text,type,value,granularity\nd,four,8,1966,date,1966,year\nd,9,3,x,date,,\n")
    with pytest.raises(annotations.AnnotationError) as raised:
        annotations.read_sheet(path, annotations.TIME_EXPRESSIONS)
    assert_input_error(raised, "row 2, column start: 'four' is not a whole number", "row 3, column end: end 3 is not after start 9")


def test_case_36_annotation_label_and_position_that_disagree(tmp_path):
    path = sheet(tmp_path, STANCE_HEADER + "d,d-s001,x,FAVOR,stay,X\n")
    with pytest.raises(annotations.AnnotationError) as raised:
        annotations.read_sheet(path, annotations.STANCE_SENTENCES)
    assert_input_error(raised, "row 2, column position: 'stay' goes with AGAINST, not FAVOR")


def test_case_37_cleaning_gold_whose_lines_are_stale_or_missing_is_set_aside(tmp_path):
    path = sheet(tmp_path, "doc_id,line_no,start,end,text,label,category\nd,1,0,4,Home,boilerplate,menu\nd,2,5,9,News,boilerplate,menu\nd,9,0,1,x,content,body\n")
    gold = annotations.read_sheet(path, annotations.CLEANING_LINES)
    lines = pd.DataFrame({"doc_id": ["d", "d"], "line_no": [1, 2], "text": ["Home", "Sport"]})
    _, aside = annotations.set_aside(gold, annotations.line_reasons(gold, lines), "lines.csv", "doc_id")
    assert aside["reason"].tolist() == ["text_mismatch", "span_outside_text"]


def test_case_38_annotation_sheet_that_does_not_exist(tmp_path):
    with pytest.raises(errors.MissingInputError) as raised:
        annotations.read_sheet(tmp_path / "nope.csv", annotations.STANCE_ITEMS)
    assert_input_error(raised, "nope.csv", "not found", 'pass ""')


# ------------------------------------------------------------------ parameters and folders

def plan(tmp_path: Path, **parameters) -> workbook.RunPlan:
    return workbook.RunPlan(name="t", run_dir=tmp_path / "run", parameters=parameters)


def test_case_39_parameter_of_the_wrong_type(tmp_path):
    with pytest.raises(workbook.WorkbookError) as raised:
        workbook.check_plan(plan(tmp_path, SEED="seven"), workbook.numbered_notebooks())
    assert_input_error(raised, "SEED", "int")


def test_case_40_parameter_no_notebook_declares(tmp_path):
    with pytest.raises(workbook.WorkbookError) as raised:
        workbook.check_plan(plan(tmp_path, SEEDS=3), workbook.numbered_notebooks())
    assert_input_error(raised, "SEEDS")


def test_case_41_corpus_folder_that_does_not_exist(tmp_path):
    with pytest.raises(workbook.WorkbookError) as raised:
        workbook.check_plan(plan(tmp_path, CORPUS_DIR=str(tmp_path / "nowhere")), workbook.numbered_notebooks())
    assert_input_error(raised, "CORPUS_DIR", "does not exist")
    with pytest.raises(errors.MissingInputError) as raised:
        paths.workspace(tmp_path / "nowhere", tmp_path / "out", tmp_path / "fig")
    assert_input_error(raised, "CORPUS_DIR", "is not a folder")


def test_case_42_output_folder_that_cannot_be_written(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where a folder should be")  # unwritable for every user, root included
    with pytest.raises(workbook.WorkbookError) as raised:
        workbook.check_plan(plan(tmp_path, OUTPUT_DIR=str(blocker / "data")), workbook.numbered_notebooks())
    assert_input_error(raised, "a-file", "cannot write there", "choose another folder")
    if os.geteuid() != 0:  # permissions do not stop root
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            with pytest.raises(workbook.WorkbookError, match="cannot write there"):
                workbook.check_plan(plan(tmp_path, FIGURES_DIR=str(locked / "figures")), workbook.numbered_notebooks())
        finally:
            locked.chmod(stat.S_IRWXU)


def test_case_43_parameter_file_that_is_not_yaml(tmp_path):
    (tmp_path / "p.yaml").write_text("SEED: [unclosed\n")
    with pytest.raises(workbook.WorkbookError) as raised:
        workbook.load_params(tmp_path / "p.yaml")
    assert_input_error(raised, "p.yaml", "not valid YAML")


def test_case_44_table_of_an_earlier_notebook_that_was_never_written(tmp_path):
    from helpers.io import load_table
    with pytest.raises(errors.MissingInputError) as raised:
        load_table(tmp_path / "processed" / "01-sentences.parquet")
    assert_input_error(raised, "01-sentences.parquet", "run the notebook that writes it first")


def test_case_45_a_write_interrupted_half_way_leaves_the_previous_table_intact(tmp_path, monkeypatch):
    target = tmp_path / "01-sentences.parquet"
    save_table(pd.DataFrame({"a": [1, 2]}), target)
    before = target.read_bytes()

    def half_write(self, path, *args, **kwargs):
        Path(path).write_bytes(b"PAR1 half a table")
        raise KeyboardInterrupt("interrupted")
    monkeypatch.setattr(pd.DataFrame, "to_parquet", half_write)
    with pytest.raises(KeyboardInterrupt):
        save_table(pd.DataFrame({"a": [3]}), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name], "no temporary file is left behind"


def test_reconcile_names_the_unit_and_refuses_counts_that_do_not_add_up():
    assert errors.reconcile("documents", 5, {"kept": 3, "quarantined": 2}) == "documents in = 5 = kept 3 + quarantined 2"
    with pytest.raises(errors.ReconcileError, match="sentences in = 5 = kept 3 does not add up"):
        errors.reconcile("sentences", 5, {"kept": 3})


def test_case_46_an_engine_that_does_not_exist(tmp_path):
    from helpers import engine
    with pytest.raises(workbook.WorkbookError) as raised:
        workbook.check_plan(plan(tmp_path, ENGINE="spark"), workbook.numbered_notebooks())
    assert_input_error(raised, "ENGINE", "'spark' is not one of pandas, dask")
    with pytest.raises(errors.InputError, match="ENGINE 'spark' is not one of pandas, dask"):
        engine.mapper("spark")
