"""Tests for helpers.speakers: sentence offsets, quotes, tweets, reported speech, pronouns, descriptions, narration."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import paths, stance
from helpers.speakers import (
    COLUMNS,
    KINDS,
    OUTLET,
    attribute_speakers,
    load_actors,
    quote_marks,
    resolve_speakers,
    split_sentences,
)


def rows(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, cue, kind) per sentence of `text`."""
    frame = attribute_speakers(text)
    return list(zip(frame["speaker"], frame["cue"], frame["kind"]))


# ---------------------------------------------------------------- the actors table


def test_actors_table_has_sources_genders_and_the_seed_actors():
    actors = load_actors()
    assert actors["name"].is_unique and set(actors["gender"]) <= {"m", "f"}
    assert actors["source_url"].str.match(r"https?://").all() and (actors["source_title"].str.len() > 5).all()
    for name in ("Jean-Luc Mélenchon", "Michel Larive", "Marine Le Pen", "Clémence Guetté", "Gabriel Amard",
                 "Emmanuel Macron", "Charles de Gaulle", "Nicolas Sarkozy", "Jean-Yves Le Drian", "Sergei Ryabkov",
                 "Donald Trump", "Vladimir Putin"):
        assert name in set(actors["name"]), name
    larive = actors.set_index("name").loc["Michel Larive", "aliases"].split("|")
    assert "Lariv" in larive


def test_actors_sources_note_lists_every_actor():
    note = paths.REFERENCE.joinpath("actors_sources.md").read_text(encoding="utf-8")
    assert all(name in note for name in load_actors()["name"])


# ---------------------------------------------------------------- sentences and offsets


def test_split_sentences_offsets_cover_the_text_and_respect_abbreviations():
    text = "Mr. Smith said the U.S. would stay. He left.\n« Non », dit-il. Mme Dupont rit."
    spans = split_sentences(text)
    assert [text[a:b] for a, b, _ in spans] == [
        "Mr. Smith said the U.S. would stay.", "He left.", "« Non », dit-il.", "Mme Dupont rit."]
    assert [p for _, _, p in spans] == [0, 0, 1, 1]


def test_attribute_speakers_returns_one_row_per_sentence_with_offsets():
    text = "  “France must leave NATO,” Mélenchon said.\n\nNATO was founded in 1949. It grew.  "
    frame = attribute_speakers(text)
    assert list(frame.columns) == COLUMNS and len(frame) == 3
    assert [text[a:b] for a, b in zip(frame["start"], frame["end"])] == [
        "“France must leave NATO,” Mélenchon said.", "NATO was founded in 1949.", "It grew."]
    assert set(frame["kind"]) <= set(KINDS)


def test_empty_text_gives_an_empty_frame_with_the_columns():
    for frame in (attribute_speakers(""), attribute_speakers("   \n "), resolve_speakers([])):
        assert list(frame.columns) == COLUMNS and len(frame) == 0


def test_resolve_speakers_uses_sentence_indices():
    frame = resolve_speakers(["Amard argued that France should leave NATO.", "NATO was founded in 1949."])
    assert list(frame["start"]) == [0, 1] and list(frame["end"]) == [1, 2]
    assert list(frame["speaker"]) == ["Gabriel Amard", OUTLET]


# ---------------------------------------------------------------- direct quotes


def test_direct_quote_with_trailing_attribution():
    frame = attribute_speakers("“France must leave NATO,” Mélenchon said.")
    assert frame.iloc[0][["speaker", "cue", "kind", "quote"]].tolist() == [
        "Jean-Luc Mélenchon", "said", "direct", "France must leave NATO"]


def test_direct_quote_with_leading_attribution():
    assert rows("Ms Le Pen said: “I would leave the integrated command.”") == [("Marine Le Pen", "said", "direct")]


def test_quote_over_several_sentences_takes_the_attribution_at_its_end():
    assert rows("“France must leave NATO. We cannot stay in a bloc at war,” Guetté said.") == [
        ("Clémence Guetté", "said", "direct")] * 2


def test_quote_over_several_sentences_with_straight_quotes():
    text = '"Russia is a partner. I do not agree with making an enemy of it," Mélenchon said, adding, "we brought 10 countries into NATO. Especially in Poland."'
    frame = attribute_speakers(text)
    assert set(frame["speaker"]) == {"Jean-Luc Mélenchon"} and set(frame["kind"]) == {"direct"} and len(frame) == 3


def test_an_unattributed_quote_continues_the_previous_speaker():
    text = "“France must regain its sovereignty,” Guetté said.\n“We cannot be foot soldiers for Washington.”"
    assert [r[0] for r in rows(text)] == ["Clémence Guetté", "Clémence Guetté"]


def test_a_quote_continued_in_the_next_paragraph_without_reopening():
    text = "“France is not interested in joining a bloc directed against China.\nOn the contrary, France wants its own voice,” Lariv added."
    assert [r[0] for r in rows(text)] == ["Michel Larive", "Michel Larive"]


def test_scare_quotes_do_not_make_a_direct_quote():
    assert rows("Macron called NATO “brain dead” in 2019.") == [("Emmanuel Macron", "called", "reported")]


def test_french_quotes_and_verbs():
    assert rows("« Il faut sortir de l'OTAN », a déclaré Jean-Luc Mélenchon.") == [
        ("Jean-Luc Mélenchon", "a déclaré", "direct")]
    assert rows("« La France doit rester dans l'OTAN », estime Jordan Bardella.") == [
        ("Jordan Bardella", "estime", "direct")]


def test_french_perfect_after_a_quote_and_pour_x():
    assert rows("« Nous devons sortir de l'OTAN », a lancé Jean-Luc Mélenchon lors d'un meeting.") == [
        ("Jean-Luc Mélenchon", "a lancé", "direct")]
    assert rows("Pour Jean-Luc Mélenchon, la France doit quitter l'OTAN.") == [("Jean-Luc Mélenchon", "pour", "reported")]
    assert rows("Jean-Luc Mélenchon l'a répété dimanche : « Il faut sortir de l'OTAN. »") == [
        ("Jean-Luc Mélenchon", "a répété", "direct")]
    assert rows("Pour la France, c'est un choix.") == [(OUTLET, "", "narration")]


def test_french_inversion_resolves_the_pronoun():
    text = "Jean-Luc Mélenchon était à Marseille. « Il faut sortir de l'OTAN », a-t-il déclaré."
    assert rows(text)[1] == ("Jean-Luc Mélenchon", "a déclaré", "direct")


def test_quote_marks_follow_open_quotations():
    marks = quote_marks(["“A b.", "C d,” he said, “e f.", "G.”", "No quote."])
    assert [(m.starts_inside, m.ends_inside) for m in marks] == [(False, True), (True, True), (True, False), (False, False)]


# ---------------------------------------------------------------- tweets


def test_quoted_tweet_signature_gives_the_tweet_its_author():
    text = ("He tweeted about it.\nJe suis pour sortir de l'OTAN. Il faut une désescalade. #Elysee2022\n"
            "— Jean-Luc Mélenchon (@JLMelenchon) January 3, 2022\nThe politician intends to run.")
    frame = attribute_speakers(text)
    assert list(frame["speaker"])[1:4] == ["Jean-Luc Mélenchon"] * 3
    assert list(frame["cue"])[1:4] == ["tweeted"] * 3 and list(frame["kind"])[1:3] == ["direct"] * 2
    assert frame.iloc[4]["speaker"] != "[tweet]"


def test_tweet_signature_without_paragraphs_uses_the_language_change():
    sentences = ["Mélenchon spoke on the radio.", "La Russie est un partenaire.", "Je ne suis pas d'accord.",
                 "— Jean-Luc Mélenchon (@JLMelenchon) January 3, 2022"]
    frame = resolve_speakers(sentences)
    assert list(frame["speaker"]) == [OUTLET] + ["Jean-Luc Mélenchon"] * 3


def test_unknown_tweet_author_keeps_the_written_name():
    frame = attribute_speakers("Quittons l'OTAN.\n— Jeanne Martin (@jmartin) 4 janvier 2026")
    assert list(frame["speaker"]) == ["Jeanne Martin", "Jeanne Martin"]


# ---------------------------------------------------------------- reported speech


@pytest.mark.parametrize("text, speaker, cue", [
    ("Amard argued that France should leave NATO.", "Gabriel Amard", "argued"),
    ("According to Lariv, NATO should have disappeared.", "Michel Larive", "according to"),
    ("Guetté called for France to pull out of NATO.", "Clémence Guetté", "called for"),
    ("Mélenchon claimed that NATO serves Washington.", "Jean-Luc Mélenchon", "claimed"),
    ("Ryabkov warned that NATO expansion was a red line.", "Sergei Ryabkov", "warned"),
    ("Selon Clémence Guetté, la France doit sortir de l'OTAN.", "Clémence Guetté", "selon"),
    ("Jordan Bardella estime que la France doit rester dans l'OTAN.", "Jordan Bardella", "estime"),
    ("Jean-Noël Barrot a déclaré que la France restait dans l'OTAN.", "Jean-Noël Barrot", "a déclaré"),
    ("Jean-Luc Mélenchon, the leader of a French left-wing party, and a candidate for the presidency has called for France to exit NATO.",
     "Jean-Luc Mélenchon", "called for"),
])
def test_reported_speech(text, speaker, cue):
    assert rows(text) == [(speaker, cue, "reported")]


def test_according_to_him_resolves_to_the_previous_speaker():
    text = "“France must withdraw from NATO,” Lariv said.\nAccording to him, NATO should have disappeared."
    assert [r[0] for r in rows(text)] == ["Michel Larive", "Michel Larive"]


def test_the_agent_of_a_passive_is_not_the_speaker():
    assert rows("Guetté's party, led by Jean-Luc Mélenchon, has long advocated a break.")[0][0] == OUTLET


@pytest.mark.parametrize("text, speaker, cue, kind", [
    # a role, its complement and the name in apposition, after an inverted verb
    ("«Ce serait une faute grave pour la France», a lancé le ministre de la Défense, Paul Durand, lors d'un colloque.", "Paul Durand", "a lancé", "direct"),
    ("Le président du parti Paul Durand a dénoncé le retour dans l'OTAN.", "Paul Durand", "a dénoncé", "reported"),
    # words between the subject and the verb: a time, a party in brackets
    ("Paul Durand on Wednesday accused the government of weakening France.", "Paul Durand", "accused", "reported"),
    ("Paul Durand (RN) a appelé à quitter l'OTAN.", "Paul Durand", "a appelé", "reported"),
    # words between an inverted verb and its subject, or inside the French perfect
    ("«Il faut partir de ce commandement intégré», a souligné jeudi Paul Durand.", "Paul Durand", "a souligné", "direct"),
    ("«Nous célébrerons la sortie de la France ensemble», a en outre promis Paul Durand aux militants.", "Paul Durand", "promis", "direct"),
    # reporting and attitude verbs of data/reference/reporting_verbs.csv
    ("Paul Durand craint que la France ne perde son indépendance.", "Paul Durand", "craint", "reported"),
    ("Anne Martin voiced the intention to withdraw France from NATO's command.", "Anne Martin", "voiced", "reported"),
    ("Anne Martin signalled that she was ready to leave the command.", "Anne Martin", "signalled", "reported"),
    # capitalised words before a name that are not part of it
    ("French Foreign Minister Paul Durand said Sunday that NATO mattered.", "Paul Durand", "said", "reported"),
    ("Le Français Paul Durand annonce que Paris est disposé à revenir.", "Paul Durand", "annonce", "reported"),
    # a known actor written with other capitals keeps the canonical name
    ("Jean-Yves le Drian a estimé que la France resterait.", "Jean-Yves Le Drian", "a estimé", "reported"),
])
def test_appositions_gaps_and_reporting_verbs(text, speaker, cue, kind):
    assert rows(text) == [(speaker, cue, kind)]


def test_a_modifier_of_a_role_is_never_a_function_word():
    # "cette formule que le président" is not one description: the subject is the named president
    assert rows("C'est par cette formule que le président du parti Paul Durand a dénoncé le retour.")[0][0] == "Paul Durand"


def test_a_name_after_a_comma_that_opens_a_clause_is_not_an_apposition():
    text = "Anne Martin a pris la parole. Selon la présidente du parti, Paul Durand est un allié fidèle."
    assert rows(text)[1][0] == "Anne Martin"


def test_a_plural_source_after_an_inverted_verb_keeps_the_verb_out_of_its_description():
    speaker, cue, kind = rows("Les officiers ont commencé à discuter des postes, ont indiqué des responsables américains.")[0]
    assert speaker.startswith("unnamed: ") and "indiqué" not in speaker and cue == "ont indiqué"


def test_a_document_speaks_for_its_author():
    text = "Anne Martin a déposé une proposition de résolution. Le texte prévoit une sortie du commandement intégré."
    assert rows(text)[1] == ("Anne Martin", "prévoit", "reported")


def test_a_pronoun_can_refer_to_a_person_missing_from_the_actors_table():
    text = "Paul Durand a pris la parole devant les militants. Il a déclaré que la France devait quitter l'OTAN."
    assert rows(text)[1] == ("Paul Durand", "a déclaré", "reported")


def test_a_known_actors_surname_alone_refers_back_to_them():
    text = "Le ministre de la Défense Hervé Morin a défendu le retour. «Nous participons quand nous voulons aux opérations de l'Alliance», a dit M. Morin."
    assert [r[0] for r in rows(text)] == ["Hervé Morin", "Hervé Morin"]


def test_a_pronoun_does_not_look_ahead_for_its_antecedent():
    text = "Selon lui, la France doit partir. Barack Obama a salué le retour de la France."
    assert rows(text)[0][0] == OUTLET


def test_a_name_completing_a_noun_in_a_headline_is_not_its_speaker():
    assert rows("Défense : les conclusions du rapport Védrine")[0] == (OUTLET, "", "narration")
    assert rows("NATO exit is back: Clémence Guetté")[0][0] == "Clémence Guetté"


def test_a_t_il_inside_another_verb_is_not_a_speech_inversion():
    assert rows("Prendra-t-il le risque de mécontenter les gaullistes de sa majorité ?")[0] == (OUTLET, "", "narration")


def test_reporting_verbs_file_is_checked(tmp_path):
    from helpers.speakers import load_reporting_verbs

    forms = load_reporting_verbs()
    assert "voiced" in forms and "craint" in forms and all(f == f.strip() and f for f in forms)
    bad = tmp_path / "verbs.csv"
    bad.write_text("language,lemma\nen,say\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"verbs\.csv.*forms"):
        load_reporting_verbs(bad)
    bad.write_text("language,lemma,forms,class\nen,say,said,speech\nen,tell,,speech\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"row 3 \('tell'\)"):
        load_reporting_verbs(bad)


# ---------------------------------------------------------------- pronouns and descriptions


def test_she_resolves_to_the_most_recent_woman():
    text = "Marine Le Pen met Emmanuel Macron. She said France would leave NATO's command."
    assert rows(text)[1] == ("Marine Le Pen", "said", "reported")


def test_he_prefers_the_subject_of_the_previous_sentence():
    text = "President Macron has faced criticism over his attempts to appease Putin. He has hit back at his rival."
    assert rows(text)[1][0] == "Emmanuel Macron"


def test_il_and_elle():
    text = "Clémence Guetté a rencontré Gabriel Amard. Elle a déclaré que la France devait sortir de l'OTAN. Il a ajouté que c'était urgent."
    assert [r[0] for r in rows(text)][1:] == ["Clémence Guetté", "Gabriel Amard"]


def test_generic_descriptions_resolve_to_the_most_recent_person():
    text = "Michel Larive wrote to the minister. The politician argued that France should leave NATO. The deputy added that NATO was obsolete."
    assert [r[0] for r in rows(text)][1:] == ["Michel Larive", "Michel Larive"]


def test_a_description_with_no_antecedent_looks_into_the_quote_and_ahead():
    text = "“Michel Lariv draws the attention of the minister to the need for France to withdraw from NATO,” the parliamentarian said."
    assert rows(text) == [("Michel Larive", "said", "direct")]


@pytest.mark.parametrize("text, speaker", [
    ("The leader of La France Insoumise said France should leave NATO.", "Jean-Luc Mélenchon"),
])
def test_actor_descriptions_from_the_actors_table(text, speaker):
    assert rows(text)[0][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # with no holder named in the article, an office description is its holder now
    ("The French President warned against leaving NATO.", "Emmanuel Macron"),
    ("Le chef de l'État a déclaré que la France resterait dans l'OTAN.", "Emmanuel Macron"),
    ("The NATO chief said France remained a staunch ally.", "Mark Rutte"),
    # with an earlier holder named, the description is that holder, not today's
    ("François Hollande a reçu le rapport en novembre 2012. Le chef de l'Etat a approuvé ces conclusions.", "François Hollande"),
    ("Nicolas Sarkozy spoke in Strasbourg. Later, the French president said France was back.", "Nicolas Sarkozy"),
    ("Jens Stoltenberg met Macron. Afterwards, the NATO Secretary General said he welcomed the talks.", "Jens Stoltenberg"),
])
def test_office_descriptions_resolve_to_the_holder_named_in_the_article(text, speaker):
    assert rows(text)[-1][0] == speaker


def test_offices_table_names_known_actors_and_one_current_holder_at_most():
    from helpers.speakers import default_office_index, load_offices
    offices = load_offices()
    assert set(offices["office"]) >= {"president_fr", "prime_minister_fr", "nato_secretary_general"}
    assert (offices.groupby("office")["to"].apply(lambda t: (t == "").sum()) <= 1).all()
    assert default_office_index().current["president_fr"] == "Emmanuel Macron"


def test_offices_table_with_an_unknown_holder_is_refused(tmp_path):
    from helpers.speakers import load_offices
    bad = tmp_path / "offices.csv"
    bad.write_text("office,holder,from,to,descriptions\npresident_fr,Jane Nobody,2030,,the boss\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"offices.csv, row 2: holder 'Jane Nobody'"):
        load_offices(bad)


def test_unknown_people_keep_their_name_and_their_surname_refers_back():
    text = "Jane Doe, a French diplomat, said that NATO matters. Doe added that France would stay."
    assert [r[0] for r in rows(text)] == ["Jane Doe", "Jane Doe"]


def test_unnamed_sources():
    assert rows("“We refuse to be dragged into wars,” a source close to the LFI leadership stated.") == [
        ("unnamed: source close to the LFI leadership", "stated", "direct")]
    assert rows("“To leave NATO now is suicide,” said one government deputy.")[0][0] == "unnamed: government deputy"
    assert rows("Centrist and right-wing MPs have slammed the move as reckless.")[0][0] == "unnamed: Centrist and right-wing MPs"


def test_an_unnamed_lede_subject_named_in_the_next_sentence():
    text = "A senior French lawmaker has called for France to leave NATO. Clémence Guetté filed a resolution on Monday."
    assert [r[0] for r in rows(text)] == ["Clémence Guetté", "Clémence Guetté"]


# ---------------------------------------------------------------- decisions and narration


def test_narrated_decisions_carry_the_actor():
    assert rows("In 1966, Charles de Gaulle took France out of NATO's integrated command.") == [
        ("Charles de Gaulle", "took", "decision")]
    assert rows("In 2009, President Nicolas Sarkozy brought France back under NATO's military leadership.") == [
        ("Nicolas Sarkozy", "brought", "decision")]
    assert rows("General Charles de Gaulle famously pulled France out of NATO's military structure.")[0][2] == "decision"


def test_decisions_in_the_passive_with_complements_and_nested_brackets():
    assert rows("The decision was only reversed by former president Nicolas Sarkozy in 2009.") == [
        ("Nicolas Sarkozy", "reversed", "decision")]
    assert rows("La vice-présidente du Parlement Anne Martin dépose une proposition de résolution.")[0] == (
        "Anne Martin", "dépose", "decision")
    assert rows("Anne Martin (La France Insoumise (LFI) group) submitted a proposal to withdraw from NATO.")[0] == (
        "Anne Martin", "submitted", "decision")
    # a passive without its author is nobody's decision
    assert rows("The decision was reversed in 2009.")[0] == (OUTLET, "", "narration")


def test_coordinated_subjects_share_the_words():
    assert rows("Jean-Luc Mélenchon, Éric Zemmour et Marine Le Pen souhaitent quitter le commandement intégré.")[0] == (
        "Jean-Luc Mélenchon; Éric Zemmour; Marine Le Pen", "souhaitent", "reported")
    assert rows("Anne Martin and Paul Durand argued that France should stay.")[0][0] == "Anne Martin; Paul Durand"


def test_the_author_named_in_a_complement_of_a_decision():
    assert rows("In 1966, under the leadership of President Charles de Gaulle, France pulled its forces out of NATO.")[0] == (
        "Charles de Gaulle", "under the leadership of", "decision")
    # without a decision in the sentence the complement names no speaker
    assert rows("Under the leadership of Paul Durand, the club grew.")[0] == (OUTLET, "", "narration")


def test_france_speaking_is_its_government_but_france_acting_is_narration():
    assert rows("In 2009, Paris announced a return to full participation in NATO's military structures.")[0][:2] == (
        "French government", "announced")
    assert rows("France left NATO's integrated command in 1966.")[0] == (OUTLET, "", "narration")
    assert rows("In 2009, President Nicolas Sarkozy brought France back under NATO's military leadership.")[0][0] == "Nicolas Sarkozy"
    assert rows("EURACTIV France reports.")[0] == (OUTLET, "", "narration")


@pytest.mark.parametrize("text, speaker, cue", [
    ("France to return to NATO command", "French government", "to return"),
    ("France is to rejoin NATO's integrated military command.", "French government", "is to rejoin"),
    ("La France va quitter le commandement intégré de l'Otan.", "French government", "va quitter"),
    # a past fact, or the historical present with a past year, is narration
    ("France left NATO's integrated command in 1966.", OUTLET, ""),
    ("In 1966 France withdraws from the command.", OUTLET, ""),
    # "France to return" inside a sentence is the object of someone else's words
    ("NATO last month encouraged France to return.", "NATO", "encouraged"),
])
def test_france_announcing_a_change_of_place_in_nato_is_its_government(text, speaker, cue):
    assert rows(text)[0][:2] == (speaker, cue)


def test_a_transcript_title_names_the_speaker_of_the_whole_text():
    text = ("North Atlantic Council – Speech by Nicolas Sarkozy, President of the Republic\n"
            "I shall be brief.\nNATO is an organization serving peace.")
    assert [r[0] for r in rows(text)] == [OUTLET, "Nicolas Sarkozy", "Nicolas Sarkozy"]
    # an interview's title names who answers: first-person sentences only
    text = "Entretien avec Paul Durand\nLa réunion a eu lieu mardi.\nNous voulons quitter l'Otan."
    assert [r[0] for r in rows(text)] == [OUTLET, OUTLET, "Paul Durand"]
    # a news headline about a speech is not a transcript
    text = "Discours de Paul Durand : ce qu'il faut retenir\nLe texte a été lu mardi."
    assert [r[0] for r in rows(text)] == [OUTLET, OUTLET]


def test_a_quotation_without_attribution_takes_the_speaker_next_to_it():
    # the quotation first, its author in the next sentence
    text = "«Un aller sans retour.» C'est par cette métaphore que Paul Durand a dénoncé dimanche la réintégration."
    assert [r[0] for r in rows(text)] == ["Paul Durand", "Paul Durand"]
    # after reported speech, a quotation with nobody else named goes on with the same speaker
    text = "Paul Durand a dénoncé la réintégration. «Une défaite pour la France.»"
    assert [r[0] for r in rows(text)] == ["Paul Durand", "Paul Durand"]
    # a sentence naming someone else keeps to itself
    text = "Paul Durand a dénoncé la réintégration. Selon Le Monde, Anne Martin est arrivée devant «une défaite pour la France entière»."
    assert rows(text)[1][0] == OUTLET


def test_a_document_speaks_for_its_owner():
    text = "Paul Durand a fondé le parti. Son programme tient en trois points : non à l'euro, non à l'Otan."
    assert rows(text)[1][:2] == ("Paul Durand", "tient en")


@pytest.mark.parametrize("text, speaker", [
    ("A l'époque, le PS annonce qu'il reviendrait sur cette décision.", "Socialist Party (PS)"),
    ("Le sommet de l'Otan a entériné le retour de la France.", "NATO"),
    ("Dans un communiqué, l'Elysée précise que le rapport sera rendu en octobre.", "Élysée (French presidency)"),
    # a party label in brackets qualifies the person; a complement is not a subject
    ("Paul Durand (La France Insoumise (LFI) group) submitted a proposal for France to withdraw from NATO.", "Paul Durand"),
    ("Le communiqué final du sommet de l'Otan ne dit rien d'un retour.", OUTLET),
    ("L'idée démarque l'UPR de ceux qui proposent une renégociation.", OUTLET),
])
def test_institutions_and_parties_speak_as_collectives(text, speaker):
    assert rows(text)[0][0] == speaker


def test_votes_and_views_held_in_the_passive_name_their_holder():
    assert rows("On March 17, France's National Assembly voted 329-238 to approve the policy.")[0][:2] == (
        "French National Assembly", "voted")
    assert rows("The decision was criticized at the time by the Socialist Party.")[0][:2] == (
        "Socialist Party (PS)", "criticized")


def test_a_headline_office_is_the_holder_named_in_the_lede():
    text = "French PM defends return to NATO fold\nFrançois Fillon addressed the National Assembly on Tuesday."
    assert rows(text)[0][0] == "François Fillon"


def test_a_collective_after_at_or_during_is_a_complement():
    assert rows("At the NATO summit, Paul Durand said France should stay.")[0][0] == "Paul Durand"


def test_a_collective_is_never_the_antecedent_of_a_personal_pronoun():
    text = "Paul Durand spoke first. NATO said it welcomed the talks. He said France should stay."
    assert rows(text)[2][0] == "Paul Durand"


def test_collectives_table_is_checked(tmp_path):
    from helpers.speakers import load_collectives
    assert {"NATO", "La France Insoumise", "French National Assembly"} <= set(load_collectives()["name"])
    bad = tmp_path / "collectives.csv"
    bad.write_text("name,kind,country,aliases\nThe Club,club,,Club\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"collectives.csv, row 2: kind 'club'"):
        load_collectives(bad)


def test_a_guillemet_left_open_is_undone_when_a_later_sentence_opens_another():
    sentences = ["« Saisi à l'Élysée, le Président parle.", "Il y est question de l'OTAN.",
                 "La « force de frappe » suppose, selon lui, des « responsabilités.", "Pas question. »"]
    marks = quote_marks(sentences)
    assert [m.spans for m in marks[:2]] == [(), ()] and not marks[1].starts_inside
    assert marks[2].spans[0] == (4, 21) and marks[2].ends_inside and marks[3].starts_inside
    # a quotation really running over sentences is kept
    sentences = ["« Nous partirons.", "Nous le ferons vite », a dit Paul Durand."]
    assert quote_marks(sentences)[1].starts_inside


@pytest.mark.parametrize("text, speaker", [
    # a person opening a clause and acting holds the act
    ("Le 1er juillet 1966, le président Charles de Gaulle place les forces armées sous commandement national.", "Charles de Gaulle"),
    ("President Jacques Chirac softened that position a year ago.", "Jacques Chirac"),
    ("Paul Durand dresse un bilan sévère de l'alliance.", "Paul Durand"),
    # being, speaking without saying what, biography: narration
    ("Paul Durand spoke on the radio.", OUTLET),
    ("Paul Durand was unable to progress to the second round.", OUTLET),
    ("Paul Durand est arrivé à Bruxelles.", OUTLET),
    ("In 2017, Paul Durand was pictured shaking hands with the president.", OUTLET),
    # a noun after a name is not a verb
    ("Paul Durand supporters gathered in Paris.", OUTLET),
])
def test_a_person_acting_at_the_head_of_a_clause(text, speaker):
    assert rows(text)[0][0] == speaker


def test_people_said_to_do_the_same_join_the_speaker():
    text = "Dimanche, Paul Durand a appelé à quitter l'OTAN, tout comme Anne Martin le même jour."
    assert rows(text)[0][:2] == ("Paul Durand; Anne Martin", "a appelé")
    assert rows("Paul Durand called for an exit, as did Anne Martin.")[0][0] == "Paul Durand; Anne Martin"


def test_a_possessive_is_not_a_subject_and_french_endings_say_nothing_in_english():
    assert rows("Anne Martin spoke. Following her previous defeat, the party regrouped.")[1][0] == OUTLET
    assert rows("Anne Martin spoke. Following his serious defeat, Paul Durand rose.")[1][0] == OUTLET


def test_unnamed_plural_sources_with_an_abbreviation():
    assert rows("U.S. officials have welcomed the French moves closer to the alliance.")[0][:2] == (
        "unnamed: U.S. officials", "welcomed")


def test_an_impersonal_il_is_nobody():
    text = "Paul Durand parle. Selon les normes de l'OTAN, il faut en effet que les officiers soient nombreux."
    assert rows(text)[1][0] == OUTLET


def test_an_office_opening_a_clause_acts():
    text = "Nicolas Sarkozy arrive. Comme condition du retour, le président de la République a posé des progrès."
    assert rows(text)[1][:2] == ("Nicolas Sarkozy", "posé")


def test_a_relative_clause_in_the_apposition_may_name_others():
    text = "Former prime minister Dominique de Villepin, who served with Nicolas Sarkozy under Jacques Chirac, called the decision a blunder."
    assert rows(text)[0][:2] == ("Dominique de Villepin", "called")


def test_an_interview_answer_and_its_first_person_continuation():
    text = ("Anne Martin : En 2022, nous avions déjà déposé une résolution dans ce sens.\n"
            "Nous la déposons de nouveau.\nLe texte sera examiné en janvier.")
    assert [r[0] for r in rows(text)] == ["Anne Martin", "Anne Martin", OUTLET]
    # the first person after the outlet's own narration stays the outlet's
    assert rows("NATO was founded in 1949. We will see what happens.")[1][0] == OUTLET


@pytest.mark.parametrize("text, speaker", [
    # a role noun with adjectives after it, as French puts them
    ("Paul Durand est arrivé. Le responsable militaire américain explique que le Pentagone est plus réceptif.", "Paul Durand"),
    # reflexive verbs and the passé simple of written history
    ("Paul Durand dirige le parti. Ce n'est pas par nationalisme que Paul Durand s'inquiète de cette réintégration.", "Paul Durand"),
    ("Anne Martin parla longtemps. En 1966, Anne Martin déclara que la France devait partir.", "Anne Martin"),
    # "ce dernier" / "cette dernière" point back like a pronoun
    ("Paul Durand a reçu Anne Martin. Pour cette dernière, la menace russe n'existe pas.", "Anne Martin"),
])
def test_french_word_order_reflexives_passe_simple_and_ce_dernier(text, speaker):
    assert rows(text)[1][0] == speaker



@pytest.mark.parametrize("text, speaker", [
    ("Anne Martin spoke. She now says an exit is not on the agenda.", "Anne Martin"),
    ("Paul Durand parle. Il a de nouveau appelé à quitter l'OTAN.", "Paul Durand"),
    ("Anne Martin parle. Elle a désormais renoncé à quitter l'OTAN.", "Anne Martin"),
])
def test_adverbs_of_time_and_repetition_between_subject_and_verb(text, speaker):
    assert rows(text)[1][0] == speaker


def test_a_plural_after_a_speech_verb_is_its_object_not_the_source():
    text = "Paul Durand spoke. The politician told supporters that NATO is a relic."
    assert rows(text)[1][:2] == ("Paul Durand", "told")


@pytest.mark.parametrize("text", [
    "The French government rejected the proposal.",
    "Le gouvernement français juge cette proposition irresponsable.",
    "Le gouvernement a rejeté la proposition.",
    "Paris dismissed the idea.",
])
def test_the_government_speaking_is_the_french_government(text):
    assert rows(text)[0][0] == "French government"


def test_another_countrys_government_is_not_france():
    assert rows("Le gouvernement grec a annoncé son retour.")[0][0] == OUTLET


def test_the_last_of_two_role_nouns_is_the_head():
    text = 'Paul Durand arrived. "NATO is a relic," the veteran politician told supporters in Marseille.'
    assert rows(text)[1][:2] == ("Paul Durand", "told")


@pytest.mark.parametrize("text, speaker", [
    ('"Une sortie n\'est pas une option", écrit M. Paul Durand dans son rapport.', "Paul Durand"),
    ("Paul Durand parle. Il les a réaffirmées lors de sa conférence de presse.", "Paul Durand"),
    ("Anne Martin, alors candidate, avait ainsi promis de quitter le commandement intégré.", "Anne Martin"),
    ("Paul Durand s'y oppose fermement.", "Paul Durand"),
    ("Paul Durand a fait savoir qu'il était contre ce retour.", "Paul Durand"),
    ("Paul Durand avait pris position contre la réintégration.", "Paul Durand"),
])
def test_french_honorifics_object_pronouns_clitic_y_and_more_reporting_verbs(text, speaker):
    assert rows(text)[-1][0] == speaker


def test_a_speaker_in_a_subordinate_clause_yields_to_the_main_clause():
    text = ("Anne Martin spoke in Paris. Four decades after Paul Durand declared France's independence from the command, "
            "Anne Martin said the time had come to play a leading role.")
    assert rows(text)[1][0] == "Anne Martin"


def test_a_leader_and_his_supporters_speak_as_the_leader():
    assert rows("Paul Durand spoke. Durand and his supporters insist the move will help.")[1][0] == "Paul Durand"


def test_the_surname_of_a_known_actor_alone_refers_back():
    text = "Secretary General Jaap de Hoop Scheffer spoke on Monday. A renewed alliance needs France, Scheffer told lawmakers."
    assert rows(text)[1][0] == "Jaap de Hoop Scheffer"


def test_a_trailing_he_added_is_the_previous_speaker_not_a_person_named_inside():
    text = ("Anne Martin told lawmakers that France would gain. Posts would be conditional on Paul Durand first making "
            "a decision, she added.")
    assert rows(text)[1][0] == "Anne Martin"


def test_a_headline_office_holder_reassures():
    text = ("NATO chief reassures France over rejoining command\n"
            "France will lose no sovereignty, Secretary General Jaap de Hoop Scheffer told French lawmakers.")
    assert rows(text)[0][0] == "Jaap de Hoop Scheffer"


@pytest.mark.parametrize("text, speaker", [
    ("« Il n'y a ni urgence ni raison », a renchéri Anne Martin.", "Anne Martin"),
    ("« Non », a réagi Paul Durand.", "Paul Durand"),
    ("« C'est un signe », a déploré le villepiniste Paul Durand (UMP).", "Paul Durand"),
    ("Pour citer M.Durand, « nous avons besoin des Etats-Unis ».", "Paul Durand"),
    ("That argument was dismissed by Paul Durand, who told lawmakers that Europeans do not want to choose.", "Paul Durand"),
    ("Faced with the prospect of a new war, Anne Martin, the head of French diplomacy, estimated that the alliance is reliable.",
     "Anne Martin"),
])
def test_more_reporting_verbs_descriptors_and_quoting_phrases(text, speaker):
    assert rows("Paul Durand et Anne Martin parlent. " + text)[-1][0] == speaker


def test_a_person_named_as_a_complement_is_a_later_antecedent_than_the_subject():
    text = ("Contre l’OTAN, complaisant vis-à-vis de Paul Durand, Anne Martin et sa politique questionnent.\n"
            "« Je propose la sortie de l’OTAN, organisation inutile », écrit-il.")
    assert rows(text)[1][0] == "Anne Martin"


@pytest.mark.parametrize("text, speaker", [
    ("Now, France is ready to return to NATO, according to French President Nicholas Sarkozy.", "Nicolas Sarkozy"),
    ("Twelve years ago, Jacques Chirac, then the French president, also declared his country's readiness to rejoin.",
     "Jacques Chirac"),
    ("“France would lose its credibility,” worried Anne Martin, researcher in international relations.", "Anne Martin"),
])
def test_an_office_and_a_misspelt_first_name_before_a_known_name_and_offices_in_apposition(text, speaker):
    assert rows(text)[0][0] == speaker


def test_a_title_cased_party_name_is_the_party():
    assert rows("Paul Durand leads the Union Populaire Républicaine.\nThe Union Populaire Républicaine says France should leave.")[1][0] == (
        "Union populaire républicaine (UPR)")

def test_narration_is_the_outlet():
    assert rows("NATO was founded in 1949. Athens withdrew from NATO's integrated command in 1974.") == [
        (OUTLET, "", "narration")] * 2


def test_list_items_after_a_colon_keep_the_speaker():
    text = "Guetté said the resolution calls for:\nAn immediate withdrawal from NATO's integrated command.\nA formal timeline to exit the treaty.\nThe proposal shocked MPs."
    assert [r[0] for r in rows(text)] == ["Clémence Guetté"] * 3 + [OUTLET]


def test_stance_module_reexports_attribute_speakers():
    assert stance.attribute_speakers is attribute_speakers


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_attribute_speakers_never_raises_and_offsets_are_valid(text):
    frame = attribute_speakers(text)
    assert list(frame.columns) == COLUMNS
    for start, end in zip(frame["start"], frame["end"]):
        assert 0 <= start < end <= len(text) and text[start:end].strip()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", "«", "»", '"', " he said", "Guetté", "Il", " — Name (@h)", "NATO.", " ", "\n"]), max_size=30))
def test_quote_heavy_text_never_raises(parts):
    text = "".join(parts)
    frame = attribute_speakers(text)
    assert len(frame) == len(split_sentences(text))
    assert set(frame["kind"]) <= set(KINDS)
