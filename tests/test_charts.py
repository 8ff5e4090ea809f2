"""Chart helpers whose output is text, not pixels."""
from helpers import charts


def test_short_labels_keep_ids_distinct():
    assert charts.short_labels(["000_abc", "001_def"]) == ["000", "001"]
    assert charts.short_labels(["f01_en", "f01_fr"]) == ["f01_e", "f01_f"]
    assert charts.short_labels([]) == []


def test_intervals_draws_one_row_per_line_with_its_value():
    import pandas as pd

    table = pd.DataFrame({"sheet": ["a", "b"], "speaker accuracy": [0.5, 0.9], "low": [0.3, 0.8], "high": [0.7, 1.0]})
    fig = charts.intervals(table, "sheet", "speaker accuracy", "low", "high", "t", "accuracy")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts] == ["0.50", "0.90"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b"]
