"""Tests for helpers.frames: the codebook, folding and offsets, negation, tag_frames and frame_matrix."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import paths
from helpers.frames import (
    CODEBOOK_COLUMNS,
    FRAMES,
    NEGATION_WINDOW,
    TAG_COLUMNS,
    fold,
    fold_with_offsets,
    frame_matrix,
    load_codebook,
    tag_frames,
)

EXAMPLES = [  # (frame, language, sentence, the cue text expected to be found)
    ("sovereignty_independence", "en", "Leaving would restore France's own voice in the world.", "own voice"),
    ("sovereignty_independence", "fr", "Il faut défendre l'indépendance nationale.", "indépendance nationale"),
    ("subordination_to_us", "en", "Our troops would remain under US command.", "under US command"),
    ("subordination_to_us", "fr", "L'Europe est devenue un vassal de Washington.", "vassal"),
    ("subordination_to_us", "en", "The alliance serves Washington’s priorities first.", "Washington’s priorities"),
    ("subordination_to_us", "fr", "Nos soldats resteraient sous commandement américain.", "sous commandement américain"),
    ("dragged_into_wars", "en", "We risk being dragged into wars that are not ours.", "dragged into"),
    ("dragged_into_wars", "fr", "La France serait entraînée dans un conflit lointain.", "entraînée dans"),
    ("dragged_into_wars", "en", "These are wars that are not ours.", "wars that are not ours"),
    ("nuclear_deterrent", "en", "The nuclear deterrent guarantees our security.", "nuclear deterrent"),
    ("nuclear_deterrent", "fr", "La force de frappe reste nationale.", "force de frappe"),
    ("nuclear_deterrent", "fr", "La dissuasion nucléaire ne se partage pas.", "dissuasion nucléaire"),
    ("european_defence_autonomy", "en", "Europe needs strategic autonomy.", "strategic autonomy"),
    ("european_defence_autonomy", "fr", "Il faut bâtir la défense européenne.", "défense européenne"),
    ("european_defence_autonomy", "en", "A real European defense is overdue.", "European defense"),
    ("russia_china_relations", "en", "A new cold war with China is starting.", "new cold war"),
    ("russia_china_relations", "fr", "Le dialogue avec la Russie reste possible.", "Russie"),
    ("international_law", "en", "The strikes breached international law.", "international law"),
    ("international_law", "fr", "Ces frappes violent le droit international.", "violent le droit"),
    ("international_law", "en", "The annexation of Crimea was condemned.", "annexation"),
    ("isolation_betrayal", "en", "Paris felt isolated after the vote.", "isolated"),
    ("isolation_betrayal", "fr", "Ce fut un coup de poignard dans le dos.", "coup de poignard dans le dos"),
    ("isolation_betrayal", "en", "It was a stab in the back.", "stab in the back"),
    ("isolation_betrayal", "fr", "Paris dénonce une trahison.", "trahison"),
]


def frames_in(sentence: str) -> set[str]:
    """Return the frames tagged in one sentence."""
    return set(tag_frames([sentence])["frame"])


# --- codebook -------------------------------------------------------------------------------------------------


def test_codebook_first_line_states_its_origin():
    first = (paths.REFERENCE / "frames.csv").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# origin: written for this workbook from ")
    assert "not copied from a published list" in first


def test_codebook_has_10_to_25_cues_per_frame_and_language_in_frames_order():
    codebook = load_codebook()
    assert list(codebook.columns) == CODEBOOK_COLUMNS
    counts = codebook.groupby(["frame", "language"]).size()
    assert len(counts) == len(FRAMES) * 2
    assert counts.between(10, 25).all(), counts[~counts.between(10, 25)]
    assert list(dict.fromkeys(codebook["frame"])) == list(FRAMES)
    assert set(codebook["kind"]) == {"stem", "phrase", "regex"}


def test_every_stem_and_phrase_cue_finds_itself_under_its_own_frame():
    codebook = load_codebook()
    literal = codebook[codebook["kind"] != "regex"]
    tags = tag_frames(literal["cue"].tolist())
    found = set(zip(tags["sentence"], tags["frame"]))
    missing = [(cue, frame) for i, (cue, frame) in enumerate(zip(literal["cue"], literal["frame"])) if (i, frame) not in found]
    assert missing == []


# --- tagging: every frame in English and French -----------------------------------------------------------------


def test_examples_cover_every_frame_in_both_languages():
    assert {(frame, language) for frame, language, _, _ in EXAMPLES} == {(f, lang) for f in FRAMES for lang in ("en", "fr")}


@pytest.mark.parametrize(("frame", "language", "sentence", "expected"), EXAMPLES)
def test_frame_is_tagged_with_the_cue_and_its_offsets(frame, language, sentence, expected):
    tags = tag_frames([sentence])
    row = tags[tags["frame"] == frame]
    assert len(row) == 1, tags
    start, end, cue = int(row["start"].iloc[0]), int(row["end"].iloc[0]), row["cue"].iloc[0]
    assert sentence[start:end] == cue
    assert cue.casefold() == expected.casefold()


def test_case_and_accents_are_ignored_and_offsets_point_into_the_original():
    sentences = ["La SOUVERAINETÉ d'abord.", "la souverainete d'abord", "Souveraineté"]
    tags = tag_frames(sentences)
    assert tags["frame"].tolist() == ["sovereignty_independence"] * 3
    assert tags["cue"].tolist() == ["SOUVERAINETÉ", "souverainete", "Souveraineté"]
    assert [s[a:b] for s, a, b in zip(sentences, tags["start"], tags["end"])] == tags["cue"].tolist()


def test_offsets_survive_length_changing_folds_and_decomposed_accents():
    sentence = "Straße, ŒUVRE et ﬁn: l'inde\u0301pendance nationale."  # ß -> ss, Œ -> oe, ﬁ -> fi, e + combining accent
    folded, offsets = fold_with_offsets(sentence)
    assert folded.startswith("strasse, oeuvre et fin")
    assert len(offsets) == len(folded)
    tags = tag_frames([sentence])
    start, end = int(tags["start"].iloc[0]), int(tags["end"].iloc[0])
    assert sentence[start:end] == "inde\u0301pendance nationale"
    assert fold(sentence[start:end]) == "independance nationale"


def test_typographic_apostrophes_and_hyphens_match_ascii_cues():
    assert "dragged_into_wars" in frames_in("Ce sont les guerres qui ne sont pas les nôtres.")
    assert "european_defence_autonomy" in frames_in("Le rôle de la défense de l’Europe.")
    assert frames_in("Une politique non\u2011alignée, puis un satellite des États‑Unis.") == {
        "sovereignty_independence", "subordination_to_us"}
    assert "subordination_to_us" not in frames_in("Pas un satellite des États‑Unis.")


def test_several_frames_are_ordered_by_sentence_then_start_then_frame():
    sentences = ["Nothing here.", "Russia and China watch a European defence debate about sovereignty."]
    tags = tag_frames(sentences)
    assert tags["sentence"].tolist() == [1, 1, 1]
    assert tags["frame"].tolist() == ["russia_china_relations", "european_defence_autonomy", "sovereignty_independence"]
    assert tags["start"].is_monotonic_increasing
    assert tags.equals(tags.sort_values(["sentence", "start", "frame"]).reset_index(drop=True))
    assert tags.equals(tag_frames(sentences))


def test_one_row_per_sentence_and_frame_with_the_earliest_cue():
    tags = tag_frames(["Moscow, then Beijing, then Russia again."])
    assert len(tags) == 1
    assert tags.loc[0, "cue"] == "Moscow"


def test_a_sentence_without_frames_and_an_empty_input_give_no_rows():
    assert tag_frames(["The weather in Brussels was mild on Tuesday."]).empty
    empty = tag_frames([])
    assert empty.empty
    assert list(empty.columns) == TAG_COLUMNS


def test_a_bare_string_or_a_non_string_is_refused():
    with pytest.raises(TypeError, match="not one string"):
        tag_frames("sovereignty")
    with pytest.raises(TypeError, match="sentence 1"):
        tag_frames(["sovereignty", None])


# --- negation -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "frame"), [
    ("This is not about sovereignty.", "sovereignty_independence"),
    ("There is no risk of being dragged into a war.", "dragged_into_wars"),
    ("France isn't a vassal.", "subordination_to_us"),
    ("Ce n'est pas une question de souveraineté.", "sovereignty_independence"),
    ("Il n'y a aucun risque d'être entraînés dans une guerre.", "dragged_into_wars"),
    ("La France n'a jamais été isolée.", "isolation_betrayal"),
])
def test_a_negated_cue_is_not_tagged(sentence, frame):
    assert frame not in frames_in(sentence)


@pytest.mark.parametrize(("sentence", "frame"), [
    ("This is not only about sovereignty.", "sovereignty_independence"),
    ("Ce n'est qu'une question de souveraineté.", "sovereignty_independence"),
    ("Ce n'est pas seulement une question de souveraineté.", "sovereignty_independence"),
    ("It is not over, and sovereignty matters.", "sovereignty_independence"),
    ("We are not worried, but we could be dragged into a war.", "dragged_into_wars"),
    ("C'est sans doute une trahison.", "isolation_betrayal"),
])
def test_a_negator_that_does_not_govern_the_cue_leaves_it_tagged(sentence, frame):
    assert frame in frames_in(sentence)


def test_negation_window_is_counted_in_words():
    near = "It is not " + "a " * (NEGATION_WINDOW - 1) + "sovereignty issue."
    far = "It is not " + "a " * NEGATION_WINDOW + "sovereignty issue."
    assert "sovereignty_independence" not in frames_in(near)
    assert "sovereignty_independence" in frames_in(far)


def test_a_negated_cue_gives_way_to_a_later_cue_of_the_same_frame():
    tags = tag_frames(["This is not about sovereignty; it is about independence."])
    assert tags["cue"].tolist() == ["independence"]


# --- frame_matrix -------------------------------------------------------------------------------------------------


def test_frame_matrix_has_every_frame_as_boolean_columns():
    sentences = ["The nuclear deterrent.", "Nothing at all.", "Russie et trahison."]
    matrix = frame_matrix(tag_frames(sentences), len(sentences))
    assert list(matrix.columns) == list(FRAMES)
    assert matrix.shape == (3, len(FRAMES))
    assert (matrix.dtypes == bool).all()
    assert matrix.sum(axis=1).tolist() == [1, 0, 2]
    assert bool(matrix.loc[0, "nuclear_deterrent"]) and bool(matrix.loc[2, "isolation_betrayal"])


def test_frame_matrix_of_no_tags_is_all_false_and_rejects_bad_rows():
    assert not frame_matrix(tag_frames([]), 2).to_numpy().any()
    assert frame_matrix(tag_frames([]), 0).shape == (0, len(FRAMES))
    with pytest.raises(ValueError, match="outside"):
        frame_matrix(tag_frames(["a", "Russia"]), 1)
    bogus = pd.DataFrame({"sentence": [0], "frame": ["patriotism"], "cue": ["x"], "start": [0], "end": [1]})
    with pytest.raises(ValueError, match="unknown frame.*patriotism"):
        frame_matrix(bogus, 1)


# --- malformed codebooks ------------------------------------------------------------------------------------------


def write_codebook(tmp_path, body: str):
    """Return the path of a small codebook file with an origin line and `body`."""
    path = tmp_path / "bad_frames.csv"
    path.write_text("# origin: test\n" + body, encoding="utf-8")
    return path


def test_a_small_valid_codebook_file_loads_and_tags(tmp_path):
    path = write_codebook(tmp_path, "frame,language,cue,kind\nnuclear_deterrent,en,bomb,stem\n")
    codebook = load_codebook(path)
    assert codebook.to_dict("records") == [{"frame": "nuclear_deterrent", "language": "en", "cue": "bomb", "kind": "stem"}]
    assert tag_frames(["Bombs and sovereignty."], codebook)["frame"].tolist() == ["nuclear_deterrent"]


def test_an_unknown_frame_names_the_file_and_the_line(tmp_path):
    path = write_codebook(tmp_path, "frame,language,cue,kind\nnuclear_deterrent,en,bomb,stem\npatriotism,en,flag,stem\n")
    with pytest.raises(ValueError, match=r"bad_frames\.csv, line 4: unknown frame 'patriotism'"):
        load_codebook(path)


def test_a_missing_column_names_the_file_and_the_column(tmp_path):
    path = write_codebook(tmp_path, "frame,language,cue\nnuclear_deterrent,en,bomb\n")
    with pytest.raises(ValueError, match=r"bad_frames\.csv: missing column\(s\) kind"):
        load_codebook(path)


@pytest.mark.parametrize(("row", "message"), [
    ("nuclear_deterrent,de,bombe,stem", "unknown language 'de'"),
    ("nuclear_deterrent,en,bomb,word", "unknown kind 'word'"),
    ("nuclear_deterrent,en,,stem", "empty cue"),
    ("nuclear_deterrent,en,bomb(,regex", "invalid regex"),
    ("nuclear_deterrent,fr,Dissuasion,regex", "must be written folded"),
    ("nuclear_deterrent,en,(?:bomb)?,regex", "matches the empty string"),
])
def test_other_malformed_rows_raise_a_clear_error(tmp_path, row, message):
    path = write_codebook(tmp_path, f"frame,language,cue,kind\n{row}\n")
    with pytest.raises(ValueError, match=rf"bad_frames\.csv, line 3: .*{message}"):
        load_codebook(path)


def test_a_duplicate_cue_is_refused(tmp_path):
    path = write_codebook(tmp_path, "frame,language,cue,kind\nnuclear_deterrent,fr,ogive,stem\nnuclear_deterrent,fr,Ogive,stem\n")
    with pytest.raises(ValueError, match="line 4: duplicate cue 'Ogive'"):
        load_codebook(path)


def test_a_malformed_codebook_frame_passed_to_tag_frames_is_refused():
    with pytest.raises(ValueError, match="row 0: unknown frame 'patriotism'"):
        tag_frames(["flag"], pd.DataFrame({"frame": ["patriotism"], "language": ["en"], "cue": ["flag"], "kind": ["stem"]}))
    with pytest.raises(ValueError, match="missing column"):
        tag_frames(["flag"], pd.DataFrame({"frame": ["nuclear_deterrent"], "cue": ["flag"]}))
