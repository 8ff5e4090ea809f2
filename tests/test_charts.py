"""Chart helpers whose output is text, not pixels."""
from helpers import charts


def test_short_labels_keep_ids_distinct():
    assert charts.short_labels(["000_abc", "001_def"]) == ["000", "001"]
    assert charts.short_labels(["f01_en", "f01_fr"]) == ["f01_e", "f01_f"]
    assert charts.short_labels([]) == []
