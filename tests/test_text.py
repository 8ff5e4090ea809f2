"""Tests for helpers.text: Unicode, paragraphs, language, Punkt sentences, same-story detection."""

from __future__ import annotations

import csv
import re
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import paths
from helpers.text import (
    SAME_STORY_THRESHOLD,
    detect_language,
    function_word_vote,
    load_abbreviations,
    mask_names,
    nfc,
    normalise_abbreviation,
    normalise_for_matching,
    paragraphs,
    same_story_clusters,
    similarity_matrix,
    split_sentences,
    train_punkt,
)

RAW = sorted(paths.RAW.glob("*.txt"))
EN_ABBREVIATIONS = paths.REFERENCE / "abbreviations_en.txt"
FR_ABBREVIATIONS = paths.REFERENCE / "abbreviations_fr.txt"
LANGUAGE_DIR = paths.ANNOTATIONS / "language"

# Text for property tests: letters (with accents), sentence punctuation, quotes, spaces and
# every kind of line break, so boundaries land everywhere.
TRICKY = st.lists(
    st.sampled_from(
        list("abcAB éÉ.!?;:,'\"-") + ["U.S.", "Mr.", "M.", "He", " ", "\n", "\r\n", "\r", "\u2028",
                                     "\u00a0", "\u202f", "«", "»", "“", "”", "’", "\ufeff", "\t"]
    ),
    max_size=60,
).map("".join)


def read_raw() -> list[str]:
    """Return the five seeds' raw text."""
    return [path.read_text(encoding="utf-8") for path in RAW]


def read_labelled(name: str) -> list[tuple[str, str, str]]:
    """Return the (lang, kind, text) rows of a labelled language file."""
    with open(LANGUAGE_DIR / name, encoding="utf-8", newline="") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        header, *body = list(rows)
    assert header == ["lang", "kind", "text"]
    return [tuple(row) for row in body]


@pytest.fixture(scope="module")
def tokenizer():
    """Punkt trained on the seeds with the English and French abbreviation lists."""
    abbreviations = load_abbreviations(EN_ABBREVIATIONS) | load_abbreviations(FR_ABBREVIATIONS)
    return train_punkt(read_raw(), abbreviations)


def sentences(text: str, tokenizer) -> list[str]:
    """Return only the sentence strings."""
    return [s for _, _, s in split_sentences(text, tokenizer)]


# ---------------------------------------------------------------- nfc


def test_nfc_composes_decomposed_accents():
    assert nfc("Me\u0301lenchon") == "Mélenchon"
    assert len(nfc("Me\u0301lenchon")) == len("Mélenchon") == 9


def test_nfc_leaves_composed_text_and_empty_alone():
    assert nfc("Clémence Guetté’s « résolution »") == "Clémence Guetté’s « résolution »"
    assert nfc("") == ""


# ---------------------------------------------------------------- normalise_for_matching


def test_matching_maps_typographic_quotes_apostrophes_and_dashes_to_ascii():
    text = "L’OTAN « sortir » — “now” – ‘x’"
    assert normalise_for_matching(text) == "l'otan \" sortir \" - \"now\" - 'x'"


def test_matching_turns_unicode_spaces_into_plain_spaces_and_keeps_line_breaks():
    assert normalise_for_matching("Bien\u00a0dit\u202f!\u2009Oui\nNon\tSi") == "bien dit ! oui\nnon\tsi"


def test_matching_casefolds_and_may_change_length():
    assert normalise_for_matching("STRAẞE Straße") == "strasse strasse"
    assert normalise_for_matching("Guet\u00adté\u200b") == "guetté"  # soft hyphen, zero-width space dropped


def test_matching_composes_before_comparing():
    assert normalise_for_matching("Guette\u0301") == normalise_for_matching("GUETTÉ") == "guetté"


def test_matching_of_empty_is_empty():
    assert normalise_for_matching("") == ""


@given(st.text(max_size=60))
def test_matching_is_idempotent_and_leaves_no_typographic_quote(text):
    once = normalise_for_matching(text)
    assert normalise_for_matching(once) == once
    assert not set(once) & set("‘’“”«»–—\u00a0\u202f")


# ---------------------------------------------------------------- paragraphs


def test_paragraphs_trim_lines_skip_blank_ones_and_keep_global_offsets():
    text = "  First line.  \n\n \t \nSecond\u00a0line\r\nThird"
    assert paragraphs(text) == [(2, 13, "First line."), (21, 32, "Second\u00a0line"), (34, 39, "Third")]


def test_paragraphs_strip_bom_and_split_on_unicode_line_separators():
    text = "\ufeffTitre\u2028Corps du texte\u2029\u00a0\u202f\u2029Fin"
    assert [p for _, _, p in paragraphs(text)] == ["Titre", "Corps du texte", "Fin"]
    assert paragraphs(text)[0][:2] == (1, 6)


def test_paragraphs_of_empty_or_blank_text():
    assert paragraphs("") == []
    assert paragraphs("\n\n  \r\n\t\u00a0\n") == []


def test_paragraphs_of_a_seed_are_its_non_blank_lines():
    text = RAW[2].read_text(encoding="utf-8")
    spans = paragraphs(text)
    assert [p for _, _, p in spans] == [line.strip() for line in text.splitlines() if line.strip()]
    assert spans[0] == (0, 19, "By our man in Paris")


@given(TRICKY)
def test_paragraph_offsets_point_into_the_text(text):
    spans = paragraphs(text)
    previous_end = 0
    for start, end, para in spans:
        assert text[start:end] == para
        assert para and para == para.strip().strip("\ufeff")
        assert not set(para) & set("\n\r\u2028\u2029")
        assert start >= previous_end
        previous_end = end


# ---------------------------------------------------------------- language


@pytest.mark.parametrize("text", ["", "   \n", "1234 !!! 56", "ok", "— x —", "#Elysee2022 @JLMelenchon https://t.co/Ab1"])
def test_language_is_und_without_enough_letters(text):
    assert detect_language(text) == "und"


@pytest.mark.parametrize("text", ["Sports", "Blog"])
def test_language_is_und_for_single_words_shared_by_both_languages(text):
    assert detect_language(text) == "und"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The leader of La France Insoumise says that leaving NATO will keep France out of US military adventures.", "en"),
        ("Je suis pour sortir de l'OTAN. Il faut une désescalade. #Elysee2022", "fr"),
        ("La France Insoumise leader Jean-Luc Mélenchon spoke at the Palais Bourbon on Monday.", "en"),
        ("Clémence Guetté, vice-president of the Assemblée nationale, tabled the résolution.", "en"),
        ("Le week-end dernier, le meeting de LFI a fait le buzz sur les réseaux sociaux.", "fr"),
        ("Donald Trump et Joe Biden ont été cités par la députée.", "fr"),
        ("SORTONS DE L'OTAN !", "fr"),
        ("Il est parti.", "fr"),
        ("He left.", "en"),
        ("e\u0301te\u0301 tre\u0300s chaud a\u0300 Paris aujourd’hui", "fr"),  # decomposed accents
        ("c est une honte pour la france", "fr"),  # no accents, no capitals
    ],
)
def test_language_of_english_and_french(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Deutschland sollte die NATO nicht verlassen, sagte der Minister am Dienstag.", "de"),
        ("Россия является партнёром, заявил министр иностранных дел.", "ru"),
    ],
)
def test_language_reports_a_third_language_when_clear(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "name, minimum", [("en_fr_labelled.tsv", 0.96), ("en_fr_heldout.tsv", 0.98)]
)
def test_language_accuracy_on_the_labelled_sets(name, minimum):
    rows = read_labelled(name)
    assert {lang for lang, _, _ in rows} == {"en", "fr"}
    correct = [detect_language(text) == lang for lang, _, text in rows]
    assert sum(correct) / len(rows) >= minimum
    for lang in ("en", "fr"):  # neither language is sacrificed for the other
        mine = [ok for (gold, _, _), ok in zip(rows, correct) if gold == lang]
        assert sum(mine) / len(mine) >= minimum - 0.05


def test_language_is_deterministic():
    rows = read_labelled("en_fr_labelled.tsv")
    first = [detect_language(text) for _, _, text in rows]
    assert first == [detect_language(text) for _, _, text in rows]


def test_language_of_the_seed_tweets_inside_an_english_article():
    paras = {p: detect_language(p) for _, _, p in paragraphs(RAW[0].read_text(encoding="utf-8"))}
    tweets = [p for p in paras if p.startswith(("Je suis pour sortir", "La Russie est un partenaire"))]
    assert len(tweets) == 2 and all(paras[p] == "fr" for p in tweets)
    long_english = [p for p in paras if len(p) > 150 and p not in tweets]
    assert len(long_english) >= 8 and all(paras[p] == "en" for p in long_english)


def test_mask_names_drops_capitalised_words_inside_a_sentence_only():
    assert mask_names("Marine Le Pen of the Rassemblement National visited. The end") == "Marine of the visited. The end"
    assert mask_names("France Must Exit Nato") == "France Must Exit Nato"  # would leave one word
    assert mask_names("SORTONS DE L'OTAN") == "SORTONS DE L'OTAN"


def test_function_word_vote():
    assert function_word_vote("it was the end of the story") == "en"
    assert function_word_vote("c'est la fin de l'histoire") == "fr"
    assert function_word_vote("the coup de grâce") == "und"
    assert function_word_vote("") == "und"


# ---------------------------------------------------------------- abbreviations


def test_load_abbreviations_skips_comments_and_blank_lines(tmp_path):
    path = tmp_path / "abbr.txt"
    path.write_text("\ufeff# origin: test\nMr\n  Mme  \n\n# comment\nJ.-C\nn°\n", encoding="utf-8")
    assert load_abbreviations(path) == frozenset({"Mr", "Mme", "J.-C", "n°"})


def test_load_abbreviations_of_an_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    assert load_abbreviations(path) == frozenset()


@pytest.mark.parametrize(
    "path, expected",
    [
        (EN_ABBREVIATIONS, {"Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Sgt", "Prof", "Sen", "Rep", "Gov", "Jr", "Sr",
                            "St", "Mt", "U.S", "U.K", "U.N", "e.g", "i.e", "etc", "vs", "Jan", "Feb", "Aug", "Sept",
                            "Oct", "Nov", "Dec", "No", "Inc", "Ltd", "Corp"}),
        (FR_ABBREVIATIONS, {"M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "av", "apr", "J.-C", "env", "etc",
                            "p", "cf", "éd", "vol", "n°", "St", "Ste", "janv", "févr", "avr", "juil", "sept", "oct",
                            "nov", "déc"}),
    ],
)
def test_reference_abbreviation_lists(path, expected):
    assert path.read_text(encoding="utf-8").startswith("# origin: ")
    listed = load_abbreviations(path)
    assert expected <= listed
    assert not any(a.endswith(".") or a.startswith("#") for a in listed)


def test_normalise_abbreviation():
    assert normalise_abbreviation(" U.S. ") == "u.s"
    assert normalise_abbreviation("J.-C.") == "j.-c"
    assert normalise_abbreviation("Me\u0301d") == "méd"


# ---------------------------------------------------------------- Punkt sentences


def test_english_title_does_not_end_a_sentence(tokenizer):
    assert sentences("Mr. Smith went to Washington. He left.", tokenizer) == ["Mr. Smith went to Washington.", "He left."]


def test_french_title_does_not_end_a_sentence(tokenizer):
    assert sentences("M. Macron a parlé. Il est parti.", tokenizer) == ["M. Macron a parlé.", "Il est parti."]


def test_us_inside_a_sentence_is_not_a_boundary(tokenizer):
    text = "With the former U.S. President frequently questioning the value of NATO, Guetté acts."
    assert sentences(text, tokenizer) == [text]
    seed = RAW[2].read_text(encoding="utf-8")
    assert any(s.startswith("With the former U.S. President frequently questioning") and s.endswith("Washington.")
               for s in sentences(seed, tokenizer))


def test_titles_ranks_and_months(tokenizer):
    assert sentences("Dr. Jones met Gen. Smith on Jan. 5. They talked.", tokenizer) == [
        "Dr. Jones met Gen. Smith on Jan. 5.", "They talked."]


def test_french_abbreviations(tokenizer):
    assert sentences("Né en 52 av. J.-C. à Rome. Il meurt.", tokenizer) == ["Né en 52 av. J.-C. à Rome.", "Il meurt."]
    assert sentences("Mme. Martin et le Dr. Dupont sont arrivés. Ils repartent.", tokenizer) == [
        "Mme. Martin et le Dr. Dupont sont arrivés.", "Ils repartent."]


def test_closing_typographic_quotes_stay_with_their_sentence(tokenizer):
    assert sentences("He said: “Stop.” Then he left.", tokenizer) == ["He said: “Stop.”", "Then he left."]
    assert sentences("« Nous refusons. » Il est parti.", tokenizer) == ["« Nous refusons. »", "Il est parti."]
    assert sentences("Il a dit : « Je pars. » Puis il est sorti.", tokenizer) == [
        "Il a dit : « Je pars. »", "Puis il est sorti."]


def test_french_spaced_question_and_exclamation_marks(tokenizer):
    assert sentences("Vraiment\u00a0? Oui\u202f! C’est fini.", tokenizer) == ["Vraiment\u00a0?", "Oui\u202f!", "C’est fini."]


def test_sentences_never_cross_a_line_break(tokenizer):
    text = "A heading without a period\nFirst sentence. Second one\r\n\n  Third line.  "
    assert split_sentences(text, tokenizer) == [
        (0, 26, "A heading without a period"),
        (27, 42, "First sentence."),
        (43, 53, "Second one"),
        (58, 69, "Third line."),
    ]


def test_sentences_of_the_seed_french_tweet(tokenizer):
    seed = RAW[0].read_text(encoding="utf-8")
    start = seed.index("Je suis pour sortir")
    tweet = [s for s in split_sentences(seed, tokenizer) if start <= s[0] < start + 300]
    assert [s for _, _, s in tweet][:2] == ["Je suis pour sortir de l'OTAN.", "Il faut une désescalade."]
    assert tweet[2][2].startswith("Si nous sortons de l'OTAN,") and tweet[2][2].endswith("la Chine.")
    assert tweet[3][2] == "#Elysee2022"
    assert tweet[0][0] == start


def test_sentences_of_empty_text(tokenizer):
    assert split_sentences("", tokenizer) == []
    assert split_sentences(" \n\u00a0\n\t", tokenizer) == []


def test_sentence_offsets_on_the_seeds(tokenizer):
    for path in RAW:
        text = path.read_text(encoding="utf-8")
        spans = split_sentences(text, tokenizer)
        assert spans and all(text[s:e] == sent and "\n" not in sent for s, e, sent in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@settings(max_examples=200, deadline=None)
@given(TRICKY)
def test_sentence_offsets_property(tokenizer, text):
    spans = split_sentences(text, tokenizer)
    previous_end = 0
    for start, end, sentence in spans:
        assert text[start:end] == sentence
        assert sentence and sentence == sentence.strip()
        assert not set(sentence) & set("\n\r\u2028\u2029")
        assert start >= previous_end
        previous_end = end
    invisible = r"[\s\u00ad\u200b\u200c\u200d\u2060\ufeff]"
    assert re.sub(invisible, "", "".join(s for _, _, s in spans)) == re.sub(invisible, "", text)  # only spaces lost


def test_abbreviations_come_from_the_lists_and_learnt_dotted_ones(tokenizer):
    types = tokenizer._params.abbrev_types
    assert {"mr", "u.s", "j.-c", "mme", "m", "n°", "e.g", "déc"} <= types
    learnt_only = train_punkt(read_raw(), [])._params.abbrev_types
    assert learnt_only and all("." in a for a in learnt_only)  # "day" and "year" were learnt, then dropped


def test_train_punkt_without_corpus_still_uses_the_abbreviations():
    bare = train_punkt([], ["Mr.", "U.S"])
    assert sentences("Mr. Smith went to Washington. He left.", bare) == ["Mr. Smith went to Washington.", "He left."]
    assert sentences("", bare) == []


# ---------------------------------------------------------------- similarity and same story

GUETTE_EN_1 = ("Clémence Guetté, vice-president of the National Assembly, has tabled a resolution calling on France "
               "to leave NATO's integrated military command and then the alliance itself. The La France Insoumise "
               "deputy said Donald Trump's United States could no longer be trusted.")
GUETTE_EN_2 = ("France should quit NATO, says Clémence Guetté. The LFI lawmaker, a vice-president of the Assemblée "
               "nationale, submitted a resolution on Tuesday demanding an exit from the alliance's integrated command, "
               "arguing that Washington under Trump is no longer a reliable ally.")
LE_PEN_EN = ("Marine Le Pen said she would pull France out of NATO's integrated command if elected, while proposing "
             "a strategic rapprochement between the alliance and Russia once the war in Ukraine is over.")
AUKUS_EN = ("Australia cancelled a multi-billion euro contract for French submarines after announcing the AUKUS pact "
            "with the United States and Britain, prompting Paris to recall its ambassadors.")
GUETTE_FR_1 = ("La députée LFI Clémence Guetté a déposé une proposition de résolution pour que la France quitte le "
               "commandement intégré de l'OTAN, puis l'Alliance elle-même.")
GUETTE_FR_2 = ("Clémence Guetté, vice-présidente de l'Assemblée nationale, demande dans une résolution la sortie de la "
               "France du commandement intégré de l'Otan, avant un retrait complet de l'Alliance.")
LE_PEN_FR = ("Marine Le Pen propose un rapprochement stratégique entre l'OTAN et la Russie une fois la guerre en "
             "Ukraine terminée.")


@pytest.mark.parametrize(
    "texts", [[GUETTE_EN_1, GUETTE_EN_2, LE_PEN_EN, AUKUS_EN], [GUETTE_FR_1, GUETTE_FR_2, LE_PEN_FR, AUKUS_EN]]
)
def test_two_rewrites_of_one_story_cluster_and_other_stories_stay_apart(texts):
    sim = similarity_matrix(texts)
    assert sim[0, 1] >= SAME_STORY_THRESHOLD
    assert sim[0, 2:].max() < SAME_STORY_THRESHOLD and sim[1, 2:].max() < SAME_STORY_THRESHOLD
    assert same_story_clusters(sim) == [0, 0, 1, 2]


def test_similarity_matrix_shape_symmetry_range_and_diagonal():
    sim = similarity_matrix([GUETTE_EN_1, GUETTE_EN_2, LE_PEN_EN, AUKUS_EN, GUETTE_FR_1])
    assert sim.shape == (5, 5) and sim.dtype == np.float64
    assert np.array_equal(sim, sim.T)
    assert np.all((sim >= 0) & (sim <= 1)) and np.all(np.diag(sim) == 1.0)


def test_similarity_is_deterministic_and_order_equivariant():
    texts = [GUETTE_EN_1, GUETTE_EN_2, LE_PEN_EN, AUKUS_EN]
    assert np.array_equal(similarity_matrix(texts), similarity_matrix(texts))
    order = [2, 0, 3, 1]
    assert np.allclose(similarity_matrix([texts[i] for i in order]), similarity_matrix(texts)[np.ix_(order, order)])


def test_similarity_ignores_accents_case_and_typographic_quotes():
    sim = similarity_matrix(["Guetté’s resolution on NATO withdrawal", "GUETTE'S RESOLUTION ON NATO WITHDRAWAL", "Submarine contract"])
    assert sim[0, 1] == pytest.approx(1.0)
    assert sim[0, 2] == 0.0


def test_similarity_edge_cases():
    assert similarity_matrix([]).shape == (0, 0)
    assert similarity_matrix([""]).tolist() == [[1.0]]
    assert similarity_matrix(["the of and", "le la les"]).tolist() == [[1.0, 0.0], [0.0, 1.0]]  # stop words only
    sim = similarity_matrix(["", "NATO exit resolution", "NATO exit resolution"])
    assert sim[0, 1] == sim[0, 2] == 0.0 and sim[1, 2] == pytest.approx(1.0)


def test_seeds_002_and_004_are_one_story_and_the_others_stay_apart():
    sim = similarity_matrix(read_raw())
    assert [p.name[:3] for p in RAW] == ["000", "001", "002", "003", "004"]
    assert sim[2, 4] >= SAME_STORY_THRESHOLD
    others = [sim[i, j] for i in range(5) for j in range(i + 1, 5) if (i, j) != (2, 4)]
    assert max(others) < SAME_STORY_THRESHOLD
    assert same_story_clusters(sim) == [0, 1, 2, 3, 2]


def test_clusters_are_connected_components_numbered_by_first_appearance():
    sim = np.array([
        [1.0, 0.0, 0.9, 0.0],
        [0.0, 1.0, 0.0, 0.0],
        [0.9, 0.0, 1.0, 0.5],
        [0.0, 0.0, 0.5, 1.0],
    ])
    assert same_story_clusters(sim, threshold=0.5) == [0, 1, 0, 0]  # 0~2, 2~3 chains 0 and 3
    assert same_story_clusters(sim, threshold=0.6) == [0, 1, 0, 2]
    assert same_story_clusters(sim, threshold=1.1) == [0, 1, 2, 3]


def test_clusters_treat_the_matrix_as_symmetric_and_nan_as_unlinked():
    assert same_story_clusters(np.array([[1.0, 0.0], [0.8, 1.0]]), 0.5) == [0, 0]
    assert same_story_clusters(np.array([[1.0, np.nan], [np.nan, 1.0]]), 0.5) == [0, 1]


def test_clusters_edge_cases():
    assert same_story_clusters(np.zeros((0, 0)), 0.5) == []
    assert same_story_clusters(np.ones((1, 1)), 0.5) == [0]
    with pytest.raises(ValueError):
        same_story_clusters(np.ones((2, 3)), 0.5)
    with pytest.raises(ValueError):
        same_story_clusters(np.ones(3), 0.5)
