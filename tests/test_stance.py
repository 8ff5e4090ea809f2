"""Tests for helpers.stance: the cue lexicon, the cue model's rules, the linear models, evaluation and predict_stance.

No test reads data/annotations/stance/: models are fitted on small literal examples or injected.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import paths, stance
from helpers.annotations import AnnotationError
from helpers.stance import (
    CueModel,
    FastTfidf,
    LABELS,
    METHODS,
    POSITIONS,
    POSITION_LABEL,
    bootstrap_interval,
    confusion,
    cue_features,
    explain,
    fit_method,
    leave_one_article_out,
    load_lexicon,
    macro_f1,
    per_class_table,
    predict_cues,
    predict_stance,
    predict_with,
    semeval_f_avg,
    tokens,
)


def cue(sentence: str) -> tuple[str, str]:
    """Return the cue model's (label, position) for one sentence read on its own."""
    row = predict_cues([sentence]).iloc[0]
    return row["label"], row["position"]


# A small labelled set written for these tests (not the workbook's gold).
TRAIN = [
    ("d1", "France should leave NATO, the deputy said.", "FAVOR", "leave_alliance"),
    ("d1", "We want to quit the alliance altogether.", "FAVOR", "leave_alliance"),
    ("d1", "The weather in Paris was mild.", "NONE", "none"),
    ("d2", "La France doit sortir du commandement intégré de l'OTAN.", "FAVOR", "leave_command"),
    ("d2", "France must remain in NATO, the minister said.", "AGAINST", "stay"),
    ("d2", "The summit opened on Monday.", "NONE", "none"),
    ("d3", "Leaving NATO would be suicide for France.", "AGAINST", "stay"),
    ("d3", "Macron called NATO brain dead.", "NONE", "distance_or_reform"),
    ("d3", "The ministers met in Brussels.", "NONE", "none"),
    ("d4", "La France doit rester dans l'OTAN.", "AGAINST", "stay"),
    ("d4", "Il faut sortir de l'OTAN.", "FAVOR", "leave_alliance"),
    ("d4", "Le sommet s'est ouvert lundi.", "NONE", "none"),
]
TRAIN_FRAME = pd.DataFrame(TRAIN, columns=["doc_id", "text", "label", "position"])


@pytest.fixture(scope="module")
def tfidf_model():
    """Return a tfidf+cues model fitted on the small literal set."""
    return fit_method("tfidf+cues", TRAIN_FRAME["text"], TRAIN_FRAME["label"], TRAIN_FRAME["position"])


# ---------------------------------------------------------------- tokens and lexicon


def test_tokens_normalise_apostrophes_negation_us_and_hyphens():
    assert tokens("L’OTAN, the U.S.-led bloc doesn’t — brain-dead?") == [
        "l", "otan", ",", "the", "usa", "led", "bloc", "does", "not", "—", "brain", "dead", "?"]
    assert tokens("US troops") == ["usa", "troops"] and tokens("us and them") == ["us", "and", "them"]


def test_lexicon_has_origin_header_and_english_and_french_for_every_cue_family():
    header = paths.REFERENCE.joinpath("stance_lexicon.csv").read_text(encoding="utf-8").splitlines()[:3]
    assert any("written for this workbook" in line for line in header)
    lexicon = load_lexicon()
    assert set(lexicon["match"]) <= {"stem", "exact"} and set(lexicon["language"]) <= {"en", "fr", "any"}
    families = {"target", "command_scope", "alliance_scope", "exit", "stay", "rejoin", "against_exit", "distance",
                "negation", "deferral", "other_country", "speech", "advocacy", "opposition", "support"}
    for family in families:
        langs = set(lexicon.loc[lexicon["family"] == family, "language"])
        assert {"en", "fr"} <= langs or "any" in langs, family
    assert not lexicon.duplicated(["family", "language", "pattern"]).any()


def test_every_lexicon_pattern_tokenises_to_something():
    lexicon = load_lexicon()
    assert all(any(t not in stance.BOUNDARIES for t in tokens(p.replace("*", ""))) for p in lexicon["pattern"])


def test_lexicon_sizes_counts_patterns_per_family_and_language():
    sizes = stance.lexicon_sizes()
    assert sizes.loc["exit", "en"] >= 20 and sizes.loc["exit", "fr"] >= 20
    assert sizes.values.sum() == len(load_lexicon())


# ---------------------------------------------------------------- cue families, one by one


@pytest.mark.parametrize("sentence", [
    "Mélenchon says France should leave NATO.",
    "Guetté called for France to pull out of NATO.",
    "A formal timeline to exit the North Atlantic Treaty.",
])
def test_exit_english(sentence):
    assert cue(sentence) == ("FAVOR", "leave_alliance")


@pytest.mark.parametrize("sentence", [
    "Il faut sortir de l'OTAN.",
    "La France doit quitter l'Alliance atlantique.",
    "Je suis pour sortir de l'OTAN.",
    "Si nous sortons de l'OTAN, nous ne serons pas entraînés dans la guerre froide.",
    "Nous proposons une sortie planifiée de l'OTAN, en commençant par le commandement intégré.",
])
def test_exit_french(sentence):
    assert cue(sentence) == ("FAVOR", "leave_alliance")


@pytest.mark.parametrize("sentence", [
    "Le Pen would pull France out of NATO's integrated military command.",
    "Elle veut sortir du commandement intégré de l'OTAN.",
    "An immediate withdrawal from NATO’s integrated military command.",
    "She said she would pull France out of the military command of the alliance.",
    "I would place our troops neither under an integrated NATO command nor under a European command.",
    "Nous ne placerons plus nos forces sous le commandement intégré de l'OTAN.",
])
def test_command_scope_is_leave_command(sentence):
    assert cue(sentence) == ("FAVOR", "leave_command")


@pytest.mark.parametrize("sentence", [
    "France should first leave the integrated command and then withdraw from NATO altogether.",
    "He wants an immediate withdrawal from the integrated military command and the North Atlantic Treaty itself.",
])
def test_alliance_scope_widens_a_command_exit(sentence):
    assert cue(sentence) == ("FAVOR", "leave_alliance")


@pytest.mark.parametrize("sentence", [
    "France must remain in NATO, the minister said.",
    "La France doit rester dans l'OTAN.",
])
def test_stay(sentence):
    assert cue(sentence) == ("AGAINST", "stay")


@pytest.mark.parametrize("sentence", [
    "The senator backed France's return to NATO's integrated command.",
    "Selon lui, la France devrait réintégrer pleinement le commandement militaire de l'OTAN.",
    "We must strengthen NATO, Rutte said.",
])
def test_rejoin_or_deepen(sentence):
    assert cue(sentence) == ("AGAINST", "rejoin_or_deepen")


@pytest.mark.parametrize("sentence", [
    "Leaving NATO would be suicide for France.",
    "“To leave NATO now, when Europe faces its greatest threat since WWII, is not sovereignty—it is suicide,” said one deputy.",
    "Sortir de l'OTAN serait une folie.",
    "Quitter l'OTAN maintenant serait irresponsable, estime le ministre.",
])
def test_against_exit_evaluatives(sentence):
    assert cue(sentence) == ("AGAINST", "stay")


def test_an_evaluative_about_nato_does_not_undo_a_call_to_leave():
    sentence = "A French official called for France to pull out of NATO, claiming the alliance has become a dangerous liability."
    assert cue(sentence) == ("FAVOR", "leave_alliance")


@pytest.mark.parametrize("sentence", [
    "Macron called NATO brain dead.",
    "She proposed a strategic rapprochement between Russia and NATO.",
    "Elle plaide pour l'autonomie stratégique de l'Europe.",
    "Amard wants a non-aligned French foreign policy.",
    "The French left has a long tradition of skepticism toward NATO.",
])
def test_distance_or_reform_is_none(sentence):
    assert cue(sentence) == ("NONE", "distance_or_reform")


@pytest.mark.parametrize("sentence", [
    "Greece withdrew from NATO's integrated military command in 1974.",
    "In the aftermath of the 1974 Cyprus crisis, Athens withdrew from NATO's integrated military command.",
    "La Grèce a quitté le commandement intégré de l'OTAN en 1974.",
    "Spain should leave NATO, a Spanish MP said.",
    "Trump threatened to pull the US out of NATO.",
    "Ukraine wants to join NATO.",
    "Mélenchon came out against any NATO membership for Ukraine.",
])
def test_other_countries_exits_and_accessions_are_none(sentence):
    assert cue(sentence)[0] == "NONE"


@pytest.mark.parametrize("sentence", [
    "France should not leave NATO.",
    "La France ne doit pas quitter l'OTAN.",
    "The government rejected calls to leave NATO.",
])
def test_negated_or_opposed_exit_is_against_stay(sentence):
    assert cue(sentence) == ("AGAINST", "stay")


@pytest.mark.parametrize("sentence", [
    "Remaining in NATO is a mistake, Asselineau argued.",
    "La France n'a aucun intérêt à rester dans l'OTAN.",
])
def test_a_refused_stay_is_favor(sentence):
    assert cue(sentence) == ("FAVOR", "leave_alliance")


@pytest.mark.parametrize("sentence", [
    "There will be no immediate exit from NATO.",
    "La sortie de l'OTAN n'est pas à l'ordre du jour.",
    "Le Pen said leaving the integrated command is not on the agenda today.",
    "She would not leave NATO's integrated command now, while the war goes on.",
])
def test_deferral_is_none(sentence):
    assert cue(sentence) == ("NONE", "none")


def test_deferral_that_keeps_the_aim_is_favor():
    assert cue("There will be no immediate exit from NATO, but the aim remains to leave the alliance.") == (
        "FAVOR", "leave_alliance")
    assert cue("Pas de sortie de l'OTAN dans l'immédiat, mais l'objectif reste de quitter l'Alliance.")[0] == "FAVOR"


def test_opposing_the_2009_return_is_favor_and_backing_it_is_against():
    assert cue("Dupont-Aignan opposed France's return to NATO's integrated command in 2009.") == ("FAVOR", "leave_command")
    assert cue("Le retour de la France dans le commandement intégré fut une erreur, juge-t-il.") == ("FAVOR", "leave_command")
    assert cue("Sarkozy's allies backed France's return to NATO's integrated command in 2009.") == (
        "AGAINST", "rejoin_or_deepen")


def test_an_actors_decision_carries_the_actors_stance():
    assert cue("In 1966, General de Gaulle took France out of NATO's integrated military command.") == (
        "FAVOR", "leave_command")
    assert cue("De Gaulle announced in 1966 that France would withdraw from NATO's integrated command.") == (
        "FAVOR", "leave_command")
    assert cue("In 2009, President Nicolas Sarkozy brought France back under NATO's military leadership.") == (
        "AGAINST", "rejoin_or_deepen")


def test_a_bare_fact_with_no_one_taking_a_position_is_none():
    assert cue("France left the integrated command in 1966.") == ("NONE", "none")
    assert cue("France rejoined NATO's integrated command in 2009.") == ("NONE", "none")
    assert cue("NATO was founded in 1949.") == ("NONE", "none")


def test_questions_and_other_organisations_are_none():
    assert cue("Should France leave NATO?") == ("NONE", "none")
    assert cue("Le Pen no longer wants to leave the EU.") == ("NONE", "none")
    assert cue("The sort of debate that France loves.") == ("NONE", "none")


def test_the_political_left_is_not_an_exit():
    assert cue("The French left has always debated NATO.")[0] == "NONE"


def test_context_lets_an_anaphoric_proposal_be_judged():
    frame = predict_cues(["Guetté called for France to leave NATO.", "Centrist MPs slammed the move as reckless."])
    assert list(frame["label"]) == ["FAVOR", "AGAINST"]
    alone = predict_cues(["Centrist MPs slammed the move as reckless."])
    assert alone["label"].iloc[0] == "NONE"


def test_context_lets_an_anaphoric_return_be_judged():
    back = "President Sarkozy announced that France would rejoin NATO's integrated command."
    frame = predict_cues([back, "Former prime minister Dominique de Villepin called the decision a blunder."])
    assert list(frame["label"]) == ["AGAINST", "FAVOR"] and frame["position"].iloc[1] == "leave_command"
    frame = predict_cues([back, "Le Parti socialiste a salué cette décision."])
    assert list(frame["label"]) == ["AGAINST", "AGAINST"]
    # the last event decides what "the decision" refers to: after an exit call it is the exit
    frame = predict_cues([back, "Guetté called for France to leave NATO.", "Centrist MPs slammed the move as reckless."])
    assert frame["label"].iloc[2] == "AGAINST"
    assert predict_cues(["Villepin called the decision a blunder."])["label"].iloc[0] == "NONE"


@pytest.mark.parametrize("sentence, label", [
    # France "joining" the integrated command is its return; judged a loss of independence, FAVOR
    ("François Bayrou craint que la France ne perde son indépendance en rejoignant le commandement intégré de l'Otan.", "FAVOR"),
    # one adjective may stand between the cue and a link word before NATO
    ("La France a défendu son retour complet dans l'Otan.", "AGAINST"),
    ("So I expect France to remain a staunch and important ally also in the future.", "NONE"),
    # the passive of "leave" is not an exit
    ("Athens argued it had been left isolated within the Alliance.", "NONE"),
])
def test_rejoining_the_command_links_over_an_adjective_and_passive_leave(sentence, label):
    assert cue(sentence)[0] == label


@pytest.mark.parametrize("sentence, label", [
    # a poll result is the outlet's report of public opinion, not a position anyone holds
    ("65% des Français veulent rester dans l'OTAN.", "NONE"),
    ("A majority of French voters want to stay in NATO, the poll found.", "NONE"),
    ("Selon un sondage, les Français veulent quitter l'OTAN.", "NONE"),
    # numbers that are not a poll
    ("Marine Le Pen, créditée de 25 des voix, veut quitter l'OTAN.", "FAVOR"),
    # an exit named with nobody holding it: a heading, not a call
    ("Sortie de l'OTAN", "NONE"),
    ("France and NATO: the exit from the integrated command", "NONE"),
    # what a resolution provides for is its author's proposal
    ("Le document planifie une sortie complète de l'OTAN.", "FAVOR"),
])
def test_polls_and_bare_mentions_hold_no_position(sentence, label):
    assert cue(sentence)[0] == label


def test_a_loyal_ally_in_the_next_sentence_after_nato_is_named():
    frame = predict_cues(["Stoltenberg spoke about NATO.", "So I expect France to remain a staunch and important ally."])
    assert list(frame["label"]) == ["NONE", "AGAINST"]


# ---------------------------------------------------------------- generality: cue families and rule fixes


@pytest.mark.parametrize("sentence", [
    "Elle prône une sortie de l'OTAN.",
    "Le député préconise de quitter l'Alliance atlantique.",
    "Le parti milite pour une sortie de l'OTAN.",
    "Ils voudraient que la France quitte l'OTAN.",
    "The senator favours leaving NATO.",
    "The movement seeks to pull France out of NATO.",
    "He argued for a French exit from NATO.",
])
def test_advocacy_verbs_and_modals_of_wish(sentence):
    assert cue(sentence) == ("FAVOR", "leave_alliance")


@pytest.mark.parametrize("sentence", [
    "Pour lui, la France n'a rien à faire dans l'OTAN.",
    "France has no business in NATO, the candidate said.",
    "The party would walk away from NATO.",
    "Le candidat veut s'affranchir de l'OTAN.",
])
def test_exit_idioms(sentence):
    assert cue(sentence) == ("FAVOR", "leave_alliance")


@pytest.mark.parametrize("sentence", [
    "Le parti a renoncé à réclamer la sortie de l'OTAN.",
    "The party gave up its call to leave NATO.",
    "La ministre a mis en garde contre une sortie de l'OTAN.",
    "Quitter l'OTAN serait une aventure hasardeuse, juge le sénateur.",
    "Leaving NATO is untenable, the minister argued.",
])
def test_renouncing_warning_and_undesirable_judgements_of_exit_are_against(sentence):
    assert cue(sentence) == ("AGAINST", "stay")


def test_the_noun_propos_is_not_the_verb_proposer():
    assert cue("Le ministre a répondu aux propos du député sur l'OTAN.") == ("NONE", "none")
    assert cue("Le député propose de sortir de l'OTAN.") == ("FAVOR", "leave_alliance")


def test_atlantique_is_not_atlantisme():
    assert cue("Il défend la nécessité de l'Alliance atlantique.") == ("AGAINST", "stay")


@pytest.mark.parametrize("sentence", [
    "Le président souhaite que la France reprenne toute sa place dans l'OTAN.",
    "The party wants France to take its full place in NATO's integrated command.",
    "Le sommet a entériné le retour de la France dans les structures de commandement de l'OTAN.",
])
def test_retaking_its_place_and_endorsing_the_return_are_rejoin(sentence):
    assert cue(sentence) == ("AGAINST", "rejoin_or_deepen")


def test_a_return_to_full_participation_and_of_france_genitive_link_to_the_target():
    # a membership noun and "de la France" between the cue and NATO no longer break the link
    assert cue("Le député a critiqué le retour de la France dans le commandement militaire intégré de l'OTAN.") == (
        "FAVOR", "leave_command")
    assert cue("The minister backed a return to full participation in NATO's integrated command.") == (
        "AGAINST", "rejoin_or_deepen")


def test_a_decision_verb_makes_a_past_event_an_actors_act():
    assert cue("In 2010, the cabinet announced France's return to NATO's integrated command.") == (
        "AGAINST", "rejoin_or_deepen")
    assert cue("En 1967, le gouvernement a décidé le retrait de la France du commandement intégré de l'OTAN.") == (
        "FAVOR", "leave_command")
    assert cue("France returned to NATO's integrated command in 2010.") == ("NONE", "none")  # still a bare fact


def test_not_the_alliance_but_the_command_is_leave_command():
    assert cue("Il n'a jamais demandé de quitter l'OTAN, mais son commandement intégré.") == ("FAVOR", "leave_command")
    assert cue("She does not want France to leave NATO but to leave its integrated command.") == (
        "FAVOR", "leave_command")
    assert cue("She does not want France to leave NATO, but she wants a stronger Europe.") == ("AGAINST", "stay")


@pytest.mark.parametrize("sentence", [
    "Le député s'interroge sur la possibilité que la France sorte de l'OTAN.",
    "The minister raised the possibility of France leaving NATO.",
    "The question of whether France should leave NATO divides the left.",
])
def test_raising_the_question_of_exit_without_answering_it_is_distance(sentence):
    assert cue(sentence) == ("NONE", "distance_or_reform")


def test_advocacy_before_the_question_keeps_the_call():
    assert cue("Il plaide pour étudier la possibilité de sortir de l'OTAN.")[0] == "FAVOR"


def test_undesirable_membership_or_stay_is_favor():
    assert cue("Notre présence dans l'OTAN n'est plus tenable, estime-t-elle.") == ("FAVOR", "leave_alliance")
    assert cue("France's membership of NATO has become untenable, she argued.") == ("FAVOR", "leave_alliance")


def test_a_question_mark_only_covers_its_own_question():
    assert cue("Dans son livre Faut-il avoir peur ?, il plaide pour une sortie de l'OTAN.") == ("FAVOR", "leave_alliance")
    assert cue("Va-t-on sortir de l'OTAN ? Non, répond le ministre, la France restera dans l'Alliance.") == (
        "AGAINST", "stay")
    assert cue("Faut-il quitter l'OTAN ?") == ("NONE", "none")


def test_explain_lists_the_cues_and_the_rule():
    lines = explain("France should not leave NATO.")
    assert "negation:not" in lines and "exit:leave" in lines and "target:nato" in lines
    assert lines[-1] == "rule: negated exit -> AGAINST/stay"


def test_cue_features_shape_and_verdict_columns():
    features = cue_features(["France should leave NATO.", "Nothing to see here."])
    assert features.shape == (2, len(stance.FEATURE_NAMES))
    favor = stance.FEATURE_NAMES.index("cue_FAVOR")
    assert features[0, favor] == 1.0 and features[1, favor] == 0.0
    assert cue_features([]).shape == (0, len(stance.FEATURE_NAMES))


# ---------------------------------------------------------------- models and the common interface


def test_fast_tfidf_equals_sklearn_transform():
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = list(TRAIN_FRAME["text"])
    unseen = ["France quitte l'OTAN", "", "   ", "ß É ﬁ 🙂 NATO-NATO", "the the the", "x"]
    for analyzer, ngrams, pattern in (("word", (1, 2), r"(?u)\b\w\w+\b"), ("word", (1, 2), r"(?u)\b\w+\b"),
                                      ("char_wb", (2, 5), r"(?u)\b\w\w+\b")):
        for sublinear in (True, False):
            vectorizer = TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, sublinear_tf=sublinear,
                                         token_pattern=pattern).fit(texts)
            expected = vectorizer.transform(texts + unseen)
            got = FastTfidf(vectorizer).transform(texts + unseen)
            assert got.shape == expected.shape
            assert abs(got - expected).max() < 1e-12


def test_block_probabilities_equal_predict_proba(tfidf_model):
    features = stance._features(tfidf_model, list(TRAIN_FRAME["text"]))
    expected = tfidf_model.label_model.predict_proba(features)
    got = stance._block_probabilities(tfidf_model.label_model, stance._blocks(tfidf_model, list(TRAIN_FRAME["text"])))
    assert np.allclose(got, expected)


@pytest.mark.parametrize("method", METHODS)
def test_every_method_fits_and_predicts_consistent_labels_and_positions(method):
    model = fit_method(method, TRAIN_FRAME["text"], TRAIN_FRAME["label"], TRAIN_FRAME["position"])
    frame = predict_with(model, ["France must leave NATO.", "Le sommet s'est ouvert.", ""])
    assert list(frame.columns) == ["label", "position", "score"] and len(frame) == 3
    assert set(frame["label"]) <= set(LABELS) and set(frame["position"]) <= set(POSITIONS)
    assert all(POSITION_LABEL[p] == lab for p, lab in zip(frame["position"], frame["label"]))
    assert frame["score"].between(0, 1).all()


def test_majority_baseline_predicts_the_commonest_label_and_its_position():
    model = fit_method("majority", ["a", "b", "c"], ["NONE", "NONE", "FAVOR"], ["none", "distance_or_reform", "leave_command"])
    frame = predict_with(model, ["x", "y"])
    assert list(frame["label"]) == ["NONE", "NONE"] and frame["score"].iloc[0] == pytest.approx(2 / 3)


def test_tfidf_learns_the_training_labels(tfidf_model):
    frame = predict_with(tfidf_model, list(TRAIN_FRAME["text"]))
    assert (frame["label"] == TRAIN_FRAME["label"]).mean() >= 0.9


def test_fitting_is_deterministic():
    texts, labels, positions = TRAIN_FRAME["text"], TRAIN_FRAME["label"], TRAIN_FRAME["position"]
    sentences = ["France must leave NATO now.", "Nous devons rester dans l'Alliance.", "Le sommet."]
    first = predict_with(fit_method("tfidf", texts, labels, positions), sentences)
    second = predict_with(fit_method("tfidf", texts, labels, positions), sentences)
    pd.testing.assert_frame_equal(first, second)


def test_a_training_set_with_one_class_predicts_that_class():
    model = fit_method("tfidf+cues", ["a b", "c d"], ["NONE", "NONE"], ["none", "none"])
    assert list(predict_with(model, ["France must leave NATO."])["label"]) == ["NONE"]


def test_unknown_method_and_mismatched_lengths_raise():
    with pytest.raises(ValueError):
        fit_method("svm", ["a"], ["NONE"], ["none"])
    with pytest.raises(ValueError):
        fit_method("tfidf", ["a", "b"], ["NONE"], ["none"])


def test_batches_do_not_change_predictions(monkeypatch, tfidf_model):
    sentences = ["France should leave NATO.", "The move was reckless.", "Le sommet.", "Elle veut sortir de l'OTAN."] * 3
    whole = predict_with(tfidf_model, sentences)
    monkeypatch.setattr(stance, "CHUNK", 2)
    pd.testing.assert_frame_equal(predict_with(tfidf_model, sentences), whole)
    assert list(predict_with(CueModel(), sentences)["label"]) == list(predict_cues(sentences)["label"])


# ---------------------------------------------------------------- leave one article out


def test_leave_one_article_out_never_trains_on_the_held_out_article():
    docs = [f"doc{k}" for k in range(4)]
    rows = []
    for k, doc in enumerate(docs):
        for j in range(3):
            label = ["FAVOR", "AGAINST", "NONE"][j]
            rows.append((doc, f"uniq{k}token sentence {j} about NATO", label, stance.DEFAULT_POSITION[label]))
    frame = pd.DataFrame(rows, columns=["doc_id", "text", "label", "position"])
    seen = []

    def spy(method, texts, labels, positions):
        seen.append(list(texts))
        return fit_method(method, texts, labels, positions)

    out = leave_one_article_out(frame, "tfidf", fit=spy)
    assert len(seen) == len(docs) and len(out) == len(frame)
    for doc, texts in zip(docs, seen):
        k = docs.index(doc)
        assert not any(f"uniq{k}token" in t for t in texts)
        assert all(any(f"uniq{m}token" in t for t in texts) for m in range(4) if m != k)
    assert list(out["fold"]) == list(frame["doc_id"])
    assert out["pred_label"].isin(LABELS).all() and out["score"].between(0, 1).all()


def test_leave_one_article_out_models_lack_the_held_out_vocabulary():
    frame = pd.DataFrame({
        "doc_id": ["a", "a", "b", "b", "c", "c"],
        "text": ["alpha leave NATO", "alpha weather", "bravo remain NATO", "bravo summit", "charlie exit NATO", "charlie rain"],
        "label": ["FAVOR", "NONE", "AGAINST", "NONE", "FAVOR", "NONE"],
        "position": ["leave_alliance", "none", "stay", "none", "leave_alliance", "none"],
    })
    vocabularies = {}

    def spy(method, texts, labels, positions):
        model = fit_method(method, texts, labels, positions)
        held = ({"a", "b", "c"} - {t.split()[0][0] for t in texts}).pop()
        vocabularies[held] = set(model.word.vocabulary)
        return model

    leave_one_article_out(frame, "tfidf+cues", fit=spy)
    assert "alpha" not in vocabularies["a"] and "bravo" not in vocabularies["b"] and "charlie" not in vocabularies["c"]
    assert "bravo" in vocabularies["a"]


def test_leave_one_article_out_asserts_on_a_leaky_fit():
    frame = TRAIN_FRAME.copy()

    def leaky(method, texts, labels, positions):
        return fit_method(method, list(TRAIN_FRAME["text"]), list(TRAIN_FRAME["label"]), list(TRAIN_FRAME["position"]))

    with pytest.raises(AssertionError):
        leave_one_article_out(frame, "majority", fit=leaky)


# ---------------------------------------------------------------- metrics


def test_semeval_f_avg_is_the_mean_of_favor_and_against_f1():
    gold = ["FAVOR", "FAVOR", "AGAINST", "AGAINST", "NONE", "NONE"]
    pred = ["FAVOR", "NONE", "AGAINST", "FAVOR", "NONE", "NONE"]
    f_favor = 2 * 0.5 * 0.5 / (0.5 + 0.5)  # precision 1/2, recall 1/2
    f_against = 2 * 1 * 0.5 / 1.5  # precision 1, recall 1/2
    assert semeval_f_avg(gold, pred) == pytest.approx((f_favor + f_against) / 2)
    f_none = 2 * (2 / 3) * 1 / (2 / 3 + 1)
    assert macro_f1(gold, pred) == pytest.approx((f_favor + f_against + f_none) / 3)
    assert semeval_f_avg(gold, gold) == 1.0 and semeval_f_avg(["NONE"], ["NONE"]) == 0.0


def test_per_class_table_and_confusion():
    gold, pred = ["FAVOR", "AGAINST", "NONE", "NONE"], ["FAVOR", "NONE", "NONE", "FAVOR"]
    table = per_class_table(gold, pred).set_index("class")
    assert table.loc["FAVOR", "precision"] == 0.5 and table.loc["FAVOR", "recall"] == 1.0
    assert table.loc["AGAINST", "recall"] == 0.0 and table.loc["NONE", "support"] == 2
    matrix = confusion(gold, pred)
    assert matrix.loc["NONE", "FAVOR"] == 1 and int(matrix.values.sum()) == 4


def test_bootstrap_interval_is_seeded_and_brackets_the_point_estimate():
    rng = np.random.default_rng(1)
    gold = list(rng.choice(LABELS, 80))
    pred = [g if rng.random() < 0.7 else "NONE" for g in gold]
    low, high = bootstrap_interval(gold, pred, semeval_f_avg, n=300, seed=3)
    assert (low, high) == bootstrap_interval(gold, pred, semeval_f_avg, n=300, seed=3)
    assert low <= semeval_f_avg(gold, pred) <= high and 0 <= low < high <= 1
    assert bootstrap_interval(gold, gold, macro_f1, n=50) == (1.0, 1.0)
    with pytest.raises(ValueError):
        bootstrap_interval(["FAVOR"], [], semeval_f_avg)


# ---------------------------------------------------------------- predict_stance


def test_predict_stance_contract_with_an_injected_model(tfidf_model):
    sentences = ["France must leave NATO.", "La France doit rester dans l'OTAN.", "Il pleut.", "France must leave NATO."]
    frame = predict_stance(sentences, model=tfidf_model)
    assert list(frame.columns) == ["label", "position", "score"] and len(frame) == 4
    assert list(frame.index) == [0, 1, 2, 3]
    assert frame.iloc[0].tolist() == frame.iloc[3].tolist() or frame.iloc[0]["label"] == frame.iloc[3]["label"]
    assert set(frame["label"]) <= set(LABELS) and frame["score"].between(0, 1).all()


def test_predict_stance_keeps_order():
    sentences = ["Il pleut.", "France should leave NATO.", "France should not leave NATO.", "Macron called NATO brain dead."]
    frame = predict_stance(sentences, model=CueModel())
    assert list(frame["label"]) == ["NONE", "FAVOR", "AGAINST", "NONE"]
    assert list(frame["position"]) == ["none", "leave_alliance", "stay", "distance_or_reform"]


def test_predict_stance_empty_input_gives_an_empty_frame_with_the_columns(tfidf_model):
    for model in (CueModel(), tfidf_model):
        frame = predict_stance([], model=model)
        assert list(frame.columns) == ["label", "position", "score"] and len(frame) == 0


def test_predict_stance_without_gold_falls_back_to_the_cue_model(monkeypatch, tmp_path):
    monkeypatch.setattr(stance, "GOLD_PATH", tmp_path / "missing.csv")
    monkeypatch.setattr(stance, "TRAINING_PATHS", ())
    assert isinstance(stance.default_model(), CueModel)
    frame = predict_stance(["France should leave NATO."])
    assert frame.iloc[0]["label"] == "FAVOR"


def test_predict_stance_fits_the_default_method_on_the_gold_file(monkeypatch, tmp_path):
    gold = TRAIN_FRAME.assign(sent_id=[f"s{k}" for k in range(len(TRAIN_FRAME))], speaker="", speaker_kind="", note="")
    path = tmp_path / "labels.csv"
    gold.to_csv(path, index=False)
    monkeypatch.setattr(stance, "GOLD_PATH", path)
    monkeypatch.setattr(stance, "TRAINING_PATHS", ())
    monkeypatch.setattr(stance, "DEFAULT_METHOD", "tfidf")
    model = stance.default_model()
    assert isinstance(model, stance.TfidfModel) and model.n_train == len(TRAIN_FRAME) and not model.use_cues
    assert stance.default_model() is model  # cached
    frame = predict_stance(["France should leave NATO, the deputy said."])
    assert len(frame) == 1 and frame.iloc[0]["label"] in LABELS


def test_load_gold_rejects_unknown_labels_and_mismatched_positions_naming_rows(tmp_path):
    path = tmp_path / "labels.csv"
    pd.DataFrame({"doc_id": ["a", "a", "a"], "sent_id": ["a-s1", "a-s2", "a-s3"], "text": ["x", "y", "z"], "speaker": ["", "", ""],
                  "label": ["FAVOR", "", "AGAINST"], "position": ["stay", "none", "rejoin_or_deepen"]}).to_csv(path, index=False)
    with pytest.raises(AnnotationError) as caught:
        stance.load_gold(path)
    assert "row 2, column position: 'stay' goes with AGAINST, not FAVOR" in str(caught.value)
    assert "row 3, column label: '' is not one of FAVOR, AGAINST, NONE" in str(caught.value)


def test_predict_stance_reads_a_bare_string_as_one_sentence():
    frame = predict_stance("France should leave NATO.", model=CueModel())
    assert len(frame) == 1 and frame.iloc[0]["label"] == "FAVOR"


def test_predict_stance_accepts_none_and_non_strings():
    frame = predict_stance([None, float("nan"), 42, "France should leave NATO."], model=CueModel())
    assert len(frame) == 4 and frame.iloc[3]["label"] == "FAVOR"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(), max_size=4))
def test_predict_stance_never_raises_on_arbitrary_unicode(sentences):
    frame = predict_stance(sentences, model=CueModel())
    assert len(frame) == len(sentences) and set(frame["label"]) <= set(LABELS)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=60), max_size=3))
def test_tfidf_model_never_raises_on_arbitrary_unicode(sentences):
    model = _SMALL_MODEL
    frame = predict_stance(sentences, model=model)
    assert len(frame) == len(sentences) and frame["score"].between(0, 1).all()


_SMALL_MODEL = fit_method("tfidf+cues", TRAIN_FRAME["text"], TRAIN_FRAME["label"], TRAIN_FRAME["position"])


def test_training_pool_joins_the_seed_gold_and_item_sheets_with_page_ids(tmp_path):
    gold = TRAIN_FRAME.assign(sent_id=[f"{d}-s{k}" for k, d in enumerate(TRAIN_FRAME["doc_id"])], speaker="")
    gold.to_csv(tmp_path / "gold.csv", index=False)
    sheet = tmp_path / "train_x" / "labels.csv"
    sheet.parent.mkdir()
    pd.DataFrame({"item_id": ["x1", "x2"], "source_id": ["s1", "s1"], "language": ["en", "en"], "text": ["Leave NATO now.", "Nice weather."],
                  "label": ["FAVOR", "NONE"], "position": ["leave_alliance", "none"], "speaker": ["A", "[outlet]"]}).to_csv(sheet, index=False)
    pool = stance.training_pool(tmp_path / "gold.csv", [sheet])
    assert list(pool.columns) == stance.POOL_COLUMNS and len(pool) == len(TRAIN_FRAME) + 2
    assert pool["doc_id"].tolist()[-2:] == ["train_x:s1", "train_x:s1"] and pool["sent_id"].is_unique


def test_page_folds_keep_pages_whole_and_named_articles_alone():
    pool = pd.DataFrame({"doc_id": ["a", "a", "b", "c", "c", "d", "e", "f"]})
    folds = stance.page_folds(pool, 2, own_fold=["a"])
    assert folds[pool["doc_id"] == "a"].eq("a").all()
    assert pool.groupby("doc_id").apply(lambda g: folds[g.index].nunique()).eq(1).all()
    assert set(folds) == {"a", "pages 1/2", "pages 2/2"}


def test_cross_validate_never_trains_on_a_page_of_the_fold_it_predicts():
    frame = TRAIN_FRAME.reset_index(drop=True)
    folds = stance.page_folds(frame, 2)
    seen = []

    def spy(method, sentences, labels, positions):
        seen.append(set(sentences))
        return fit_method(method, sentences, labels, positions)
    out = stance.cross_validate(frame, "majority", folds, fit=spy)
    for fold, trained in zip(pd.unique(folds), seen):
        assert not trained & set(frame.loc[folds == fold, "text"]) - set(frame.loc[folds != fold, "text"])
    assert out["pred_label"].isin(LABELS).all() and (out["fold"] == folds).all()


# ---- rules added after error analysis on the training sheets (the test sheet was not looked at)


def test_france_announcing_its_return_is_against_but_a_report_on_the_return_is_not():
    assert cue("France is to rejoin NATO's integrated military command.") == ("AGAINST", "rejoin_or_deepen")
    assert cue("France to return to NATO command") == ("AGAINST", "rejoin_or_deepen")
    assert cue("Le rapport évalue les conséquences du retour de la France dans le commandement intégré de l'OTAN.")[0] == "NONE"


def test_a_decision_whose_author_is_named_carries_the_authors_stance():
    assert cue("In 1966, under the leadership of President Charles de Gaulle, France pulled its forces out of NATO.") == ("FAVOR", "leave_alliance")
    assert cue("In 1966, France pulled its forces out of NATO.")[0] == "NONE"


def test_a_year_in_another_clause_does_not_make_a_proposal_a_past_fact():
    sentence = "Le texte prévoit d'abord un retrait immédiat du commandement intégré de l'alliance, revenant ainsi sur la décision prise en 2009."
    assert cue(sentence) == ("FAVOR", "leave_command")


def test_a_country_that_only_qualifies_the_alliance_is_not_the_subject():
    assert cue("France must leave the US-led alliance.") == ("FAVOR", "leave_alliance")
    assert cue("Greece must leave the alliance.")[0] == "NONE"


def test_refusing_to_put_forces_under_nato_command_is_favor():
    assert cue("But she added: “I will not put our forces under a unified NATO command.”") == ("FAVOR", "leave_command")
    assert cue("Elle ne veut pas placer nos forces armées sous le commandement de l'OTAN.") == ("FAVOR", "leave_command")


def test_a_deferral_that_keeps_the_aim_for_later_is_favor_and_a_denied_harm_is_not_a_judgement():
    assert cue("Elle ne sortirait pas du commandement intégré de l'OTAN tant que dure la guerre, mais le ferait ultérieurement.")[0] == "FAVOR"
    assert cue("Si nous sortons de l'OTAN, nous ne serons pas entraînés dans leurs guerres.") == ("FAVOR", "leave_alliance")
    assert cue("Remaining in a U.S.-led military alliance exposes France to strategic dependence.")[0] == "FAVOR"


def test_france_as_a_loyal_ally_in_nato_is_against_and_needs_nato_and_france():
    assert cue("Macron dit que la France est un allié fidèle car Trump remet en question la défense mutuelle de l'OTAN.") == ("AGAINST", "stay")
    assert cue("La France est un allié fidèle.")[0] == "NONE"  # no NATO in the sentence
    assert cue("Germany is a loyal ally in NATO.")[0] == "NONE"  # not France


def test_opposing_a_decision_or_call_opposes_the_event_it_spells_out():
    sentence = "Védrine s'était montré hostile à la décision du président, Nicolas Sarkozy, de ramener la France dans le commandement intégré de l'OTAN."
    assert cue(sentence) == ("FAVOR", "leave_command")
    assert cue("The minister lashed out at calls made by the opposition leader to withdraw France from NATO.") == ("AGAINST", "stay")


def test_f1_counts_agree_with_sklearn_on_random_labels():
    import random

    from sklearn.metrics import f1_score

    from helpers.stance import LABELS, _f1s

    rng = random.Random(5)
    for _ in range(300):
        n = rng.randint(1, 25)
        gold, pred = [rng.choice(LABELS) for _ in range(n)], [rng.choice(LABELS) for _ in range(n)]
        assert np.allclose(_f1s(gold, pred, LABELS), f1_score(gold, pred, labels=list(LABELS), average=None, zero_division=0), rtol=1e-15, atol=0)


@pytest.mark.parametrize("sentence", [
    "Le leader insoumis n'exclut pas une sortie de l'OTAN à terme.",
    "He does not rule out leaving NATO.",
])
def test_an_exit_not_ruled_out_is_kept_open_not_opposed(sentence):
    assert cue(sentence)[0] == "NONE"


@pytest.mark.parametrize("sentence", [
    "Hollande decided to keep France in NATO's integrated command after the report.",
    "Hollande a choisi de maintenir la France dans le commandement intégré.",
])
def test_a_decision_to_keep_france_in_is_against(sentence):
    assert cue(sentence) == ("AGAINST", "stay")


@pytest.mark.parametrize("sentence", [
    "France must remain a loyal member of the Atlantic alliance, Macron said.",
    "La France doit rester un membre loyal de l'OTAN.",
])
def test_an_adjective_may_stand_before_or_after_a_membership_noun(sentence):
    assert cue(sentence) == ("AGAINST", "stay")


def test_words_sharing_a_french_stem_are_told_apart():
    # "maintenant" (now) and "maintenir" (keep), "il faut" (must) and "une faute" (a mistake) share Snowball stems
    assert cue("Il ne faut pas quitter l'OTAN maintenant.")[0] == "NONE"
    assert cue("Il faut maintenir la France dans l'OTAN.") == ("AGAINST", "stay")


def test_an_editors_insertion_does_not_cut_a_cue_from_its_target():
    assert cue("“I will leave the [NATO] integrated command,” she said.") == ("FAVOR", "leave_command")


@pytest.mark.parametrize("sentence", [
    "Macron écarte toute sortie de l'OTAN",
    "The prime minister dismissed calls to leave NATO.",
    "Le gouvernement ferme la porte à une sortie de l'OTAN.",
])
def test_ruling_an_exit_out_is_against(sentence):
    assert cue(sentence) == ("AGAINST", "stay")


@pytest.mark.parametrize("sentence", [
    "Interrogée sur une éventuelle sortie de l'OTAN, elle a répondu non.",
    "Le Pen's potential exit from NATO's command worries allies.",
])
def test_a_possible_exit_is_not_a_call(sentence):
    assert cue(sentence)[0] == "NONE"


def test_advocating_a_possible_exit_is_still_a_call():
    assert cue("Il plaide pour une éventuelle sortie de l'OTAN.") == ("FAVOR", "leave_alliance")


def test_an_opposition_pointing_back_through_a_clitic():
    text = ("Alors que la question du retour de la France dans le commandement militaire de l'Otan fait débat, "
            "Nicolas Dupont-Aignan s'y oppose fermement.")
    assert cue(text) == ("FAVOR", "leave_command")
    assert cue("The return to NATO's command was debated, and Bayrou opposed it.")[0] == "FAVOR"


def test_not_content_with_is_not_a_negation():
    assert cue("Sarkozy ne se contente pas d'un simple retour au sein de l'Otan.") == ("AGAINST", "rejoin_or_deepen")


def test_a_percent_sign_makes_a_poll():
    assert cue("Ils sont 65% à vouloir y rester et seulement 9% à vouloir la quitter.")[0] == "NONE"


@pytest.mark.parametrize("sentence", [
    "Il s'agit de dire : on appartient à l'Otan, mais pas à son organisation militaire intégrée.",
    "France should stay in NATO but not in its integrated military command, she said.",
    "De Gaulle decided to withdraw, not from the Alliance, but from its integrated command.",
    "la France va signifier à ses alliés sa décision de se retirer, non pas de l'Alliance, mais de son organisation militaire intégrée.",
])
def test_in_the_alliance_but_not_in_its_command_is_leave_command(sentence):
    assert cue(sentence) == ("FAVOR", "leave_command")


def test_a_correction_without_its_but_is_not_an_exit_from_the_alliance():
    assert cue("De Gaulle decided to withdraw, not from the Alliance.")[0] == "NONE"


def test_french_return_verbs():
    assert cue("Nicolas Sarkozy a franchi le pas : la France retourne au bercail de l'Otan.") == ("AGAINST", "rejoin_or_deepen")


@pytest.mark.parametrize("sentence", [
    "Védrine submitted a report entitled “The consequences of France’s return to the integrated military command”.",
    "Sarkozy said the time had come for a national debate on France's return to NATO's top echelon.",
    "Hollande a commandé un rapport sur le retour dans le commandement intégré.",
])
def test_the_topic_of_a_study_or_debate_is_not_a_decision(sentence):
    assert cue(sentence)[0] == "NONE"


def test_a_judged_topic_keeps_its_judgement():
    assert cue("The consequences of leaving NATO would be disastrous, the minister warned.") == ("AGAINST", "stay")


def test_a_determiner_negation_negates_its_noun_not_a_later_verb():
    text = "France will lose no sovereignty if it returns to NATO's military command, the secretary general told lawmakers."
    assert cue(text) == ("AGAINST", "rejoin_or_deepen")
    assert cue("La France n'a aucun intérêt à rester dans l'OTAN.")[0] == "FAVOR"
    assert cue("There will be no exit from NATO, the minister said.") == ("AGAINST", "stay")


@pytest.mark.parametrize("sentence, expected", [
    ("Socialist Party head Martine Aubry said the return to NATO’s military command would be an obstacle to a European defence.",
     ("FAVOR", "leave_command")),
    ("Le député a organisé des manifestations contre l’adhésion de la France à l’OTAN et à l’UE.", ("FAVOR", "leave_alliance")),
    ("Florian Philippot a appelé Paris à rompre les relations avec l'OTAN.", ("FAVOR", "leave_alliance")),
    ("Selon lui, quitter l'Union européenne, mais également l'OTAN, est vital pour la France.", ("FAVOR", "leave_alliance")),
    ("Macron répond à Trump sur l'OTAN : « Nous sommes des alliés solides ».", ("AGAINST", "stay")),
])
def test_general_phrasing_found_in_the_former_test_sheet(sentence, expected):
    assert cue(sentence) == expected


def test_another_countrys_accession_protocol_is_none():
    text = "L’Assemblée nationale a ratifié les protocoles d’adhésion à l’Otan de la Suède et de la Finlande."
    assert cue(text)[0] == "NONE"


def test_regretting_a_return_opposes_it():
    assert cue("Jean-Pierre Chevènement déplore le retour de la France dans l'Otan.") == ("FAVOR", "leave_alliance")
    assert cue("The former minister lamented France's return to NATO's integrated command.") == ("FAVOR", "leave_command")


def test_removing_france_from_the_command_is_an_exit():
    assert cue("She stated she would remove France from NATO's integrated military command if elected.") == ("FAVOR", "leave_command")
    assert cue("The weapons were removed from the NATO depot.")[0] == "NONE"
