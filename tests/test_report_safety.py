"""Strings from the data reach the HTML reports escaped: no live script, event handler or javascript: link."""
import re

import nbformat
import pandas as pd

from helpers import workbook

HOSTILE = '<script>alert("x")</script> <img src=x onerror="alert(1)"> <a href="javascript:alert(2)">click</a>'


def hostile_notebook(path):
    table = pd.DataFrame({"text": [HOSTILE]})
    cell = nbformat.v4.new_code_cell("table", execution_count=1, outputs=[
        nbformat.v4.new_output("execute_result", execution_count=1,
                               data={"text/plain": repr(table), "text/html": table.to_html()}),
        nbformat.v4.new_output("stream", name="stdout", text=HOSTILE + "\n"),
        nbformat.v4.new_output("display_data", data={"text/html": HOSTILE}),  # raw HTML, as a careless cell could emit
    ])
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Hostile\n\nA test."), cell])
    nbformat.write(notebook, path)
    return path


def live_markup(html: str) -> list[str]:
    """Return the dangerous constructs that appear as real markup (not escaped text)."""
    found = []
    if re.search(r"<script[^>]*>\s*alert", html, flags=re.IGNORECASE):
        found.append("script")
    if re.search(r"<img[^>]*\bonerror\s*=", html, flags=re.IGNORECASE):
        found.append("onerror")
    if re.search(r"<a[^>]*href\s*=\s*[\"']?\s*javascript:", html, flags=re.IGNORECASE):
        found.append("javascript link")
    return found


def test_reader_and_reviewer_html_escape_hostile_strings(tmp_path):
    reader, reviewer = workbook.export_html(hostile_notebook(tmp_path / "hostile.ipynb"), tmp_path / "html")
    for page in (reader, reviewer):
        html = page.read_text()
        assert live_markup(html) == [], page.name
        assert "alert" in html  # the text is still shown, as text


def test_the_check_itself_finds_live_markup():
    assert live_markup(HOSTILE) == ["script", "onerror", "javascript link"]
