#!/usr/bin/env python3
"""Write the ENGLISH stance TRAINING set no. 5: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command", labelled per sentence
following ../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position),
including the 2026-12-05 additions of section 5 (canonical collective names, signed opinion pieces
held by their author, transcripts).

The sentences were copied verbatim from excerpts of public English-language pages returned by a
search tool over stored copies of public web pages (corpus "pages", collected 2026-12-05). For each
page ONE contiguous run of the body was taken and EVERY complete sentence of it was labelled,
stance-bearing or not. The ITEMS of one source are in page order.

Every decision below was made by hand, by an annotator who did not read helpers/stance.py,
helpers/speakers.py, helpers/stance_report.py, data/reference/stance_lexicon.csv,
tests/test_stance*.py, tests/test_speakers*.py, notebooks/02-*.ipynb or data/processed, and did not
run any classifier. This script holds those decisions as explicit tables (SOURCES, ITEMS) and
contains no heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every speaker is non-empty,
  - every source is used and English, items of one source are contiguous, no URL twice,
  - no source URL is in ../../raw/manifest.csv or in any ../stance*/sources.csv other than ours,
  - no item is a near-duplicate (difflib ratio >= 0.85, lower-cased) of another item or of any
    sentence of any ../stance*/labels.csv other than ours (globbed when the script runs),
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage (from /work/main):  python3 data/annotations/stance_train5_en/make_labels.py
"""
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
ITEM_PREFIX, SOURCE_PREFIX = "r", "rs"

LABEL_OF_POSITION = {
    "leave_alliance": "FAVOR",
    "leave_command": "FAVOR",
    "distance_or_reform": "NONE",
    "none": "NONE",
    "stay": "AGAINST",
    "rejoin_or_deepen": "AGAINST",
}
F, A, N = "FAVOR", "AGAINST", "NONE"
LA, LC, DR, ST, RD, NO = ("leave_alliance", "leave_command", "distance_or_reform", "stay",
                          "rejoin_or_deepen", "none")
OUTLET = "[outlet]"

MLP = "Marine Le Pen"
EM = "Emmanuel Macron"
CDG = "Charles de Gaulle"
NS = "Nicolas Sarkozy"
JYLD = "Jean-Yves Le Drian"
JLM = "Jean-Luc Mélenchon"
NATO = "NATO"
ELCANO = "unnamed: author of Real Instituto Elcano analysis"
IFRI = "unnamed: author of Ifri study"
ILLIB = "unnamed: author of Illiberalism Studies Program article"
NATO_OFF = "unnamed: NATO official"
INTERVIEWER = "unnamed: interviewer"
SENDAK = "Catherine Sendak"
BILI = "Laurent Bili"
MIKE = "Mike"

Q_TT = "France NATO relations analysis 2023 2024 think tank"
Q_LP = "Le Pen NATO Russia rapprochement 2017 campaign"
Q_HQ = "NATO Paris headquarters 1967 move Brussels"
Q_NUC = "France nuclear deterrent NATO Nuclear Planning Group"
Q_GAU = "French Gaullists NATO critique opinion"
Q_INT = "interview transcript French ambassador NATO France alliance"
Q_OPED = "op-ed France should quit NATO column"
Q_JLM = "Mélenchon non-aligned France NATO exit blog English 2017"
Q_LEC = "Lecornu France integrated command remain NATO interview English defence minister 2024"
Q_PHI = "Philippot Patriots rally Frexit NATO exit English report"
FP = "Florian Philippot"
LECORNU = "Sébastien Lecornu"

# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published: as shown in the excerpt; "(not shown)" otherwise, with the URL slug or the
# date inferred from the text in brackets.
SOURCES = OrderedDict([
    ("elcano", ("en", "(not shown) [URL slug: how-to-keep-france-engaged-in-nato]", "Real Instituto Elcano",
                "https://realinstitutoelcano.org/en/analyses/how-to-keep-france-engaged-in-nato",
                "(not shown) [after the 2019 Economist interview, before the 2022 Strategic Concept, from context]",
                Q_TT)),
    ("ifri", ("en", "France’s Place Within NATO: Toward a Strategic Aggiornamento?", "Ifri (Focus Stratégique)",
              "https://ifri.org/en/studies/frances-place-within-nato-toward-strategic-aggiornamento-0",
              "2023 [cover caption 'Ifri 2023']", Q_TT)),
    ("celebmajor", ("en", "French presidential candidate Marine Le Pen says NATO should become greater ALLIES with Russia through ‘strategic rapprochement’ sparking furious accusations of appeasement",
                    "Celebrities Major (celebritiesmajor.com), world news reprint",
                    "https://celebritiesmajor.com/world-news/marine-le-pen-says-nato-should-become-greater-allies-with-russia",
                    "(not shown) [April 2022, between the two rounds, from context]", Q_LP)),
    ("vrt", ("en", "(not shown)", "VRT NWS (deredactie.be, English service)",
             "http://deredactie.be/cm/vrtnieuws.english/Brussels/1.3165655", "2018-03-19", Q_HQ)),
    ("natoreview", ("en", "(not shown) [URL: Partnerships_Old_New/Big_move]", "NATO Review",
                    "https://www.nato.int/docu/review/2007/Partnerships_Old_New/Big_move/EN/index.htm",
                    "(not shown) [URL: 2007]", Q_HQ)),
    ("brusselstimes", ("en", "(not shown) [URL slug: nato-welcomes-french-intention-to-strengthen-nuclear-deterrence]",
                       "The Brussels Times",
                       "https://www.brusselstimes.com/belgium/2002801/nato-welcomes-french-intention-to-strengthen-nuclear-deterrence/",
                       "2026-03-03", Q_NUC)),
    ("tipp", ("en", "(not shown) [URL slug: france-to-issue-revised-nuclear-doctrine]", "TIPP Insights (tippinsights.com)",
              "https://tippinsights.com/france-to-issue-revised-nuclear-doctrine",
              "(not shown) [Trump's second term, 2025-2026, from context]", Q_NUC)),
    ("spacewar", ("en", "France in NATO: What would de Gaulle say?", "SpaceWar.com (AFP wire)",
                  "https://spacewar.com/reports/France_in_NATO_What_would_de_Gaulle_say_999.html",
                  "Feb 22, 2009", Q_GAU)),
    ("uwi", ("en", "The winds of De Gaulle blow again in France: Leave NATO!", "United World International",
             "https://unitedworldint.com/23579-the-winds-of-de-gaulle-blow-again-in-france-leave-nato",
             "(not shown) [early 2022, before the 10 April election, from context]", Q_GAU)),
    ("illib", ("en", "(not shown) [URL slug: marine-le-pen-the-rassemblement-national-and-russia-history-of-a-strategic-alliance]",
               "Illiberalism Studies Program (illiberalism.org)",
               "https://www.illiberalism.org/marine-le-pen-the-rassemblement-national-and-russia-history-of-a-strategic-alliance/",
               "(not shown) [April 2022, days before the second round, from context]", Q_LP)),
    ("sarko2007", ("en", "Interview given by M. Nicolas Sarkozy, President of the Republic (May 2007)",
                   "Permanent Representation of France to NATO (otan.delegfrance.org)",
                   "https://otan.delegfrance.org/Interview-given-by-M-Nicolas", "May 2007", Q_INT)),
    ("justsec", ("en", "(not shown) [URL slug: france-looks-to-new-nato-strategic-concept-to-advance-european-defense-capabilities]",
                 "Just Security",
                 "https://www.justsecurity.org/82093/france-looks-to-new-nato-strategic-concept-to-advance-european-defense-capabilities/",
                 "(not shown) [June 2022, before the G7 and Madrid NATO summits, from context]", Q_INT)),
    ("cepa", ("en", "(not shown) [URL slug: state-of-the-alliance-frances-support-for-ukraine]",
              "CEPA (Center for European Policy Analysis), transcript",
              "https://cepa.org/transcripts/state-of-the-alliance-frances-support-for-ukraine/",
              "(not shown) [August 2023: 'Vilnius last month', from context]", Q_INT)),
    ("axis", ("en", "Sarkozy To Drag France Back into NATO Command", "Axis of Right (blog)",
              "http://axisofright.com/2009/03/11/sarkozy-to-drag-france-back-into-nato-command/",
              "March 11, 2009", Q_OPED)),
    ("chitrib", ("en", "NATO, with or without France", "Chicago Tribune (unsigned editorial)",
                 "http://articles.chicagotribune.com/2003-02-17/news/0302170136_1_france-nato-member-iraq",
                 "February 17, 2003", Q_OPED)),
    ("revoltist", ("en", "France’s Firebrand Leftist Politician Jean-Luc Melenchon Says The Country Must Leave Warmongering NATO To Avoid Being Part Of A New Cold War And Join Hands With Russia",
                   "The Revoltist (therevoltist.org)",
                   "https://therevoltist.org/frances-firebrand-leftist-politician-jean-luc-melenchon-says-the-country-must-leave-warmongering-nato-to-avoid-being-part-of-a-new-cold-war-and-join-hands-with-russia/",
                   "(not shown) [early 2022, before the April election, from context]", Q_JLM)),
    ("newsrecorder", ("en", "Charles de Gaulle’s mission for NATO: “French command,” says Sebastien Lecornu",
                      "24 News Recorder (24newsrecorder.com)", "https://24newsrecorder.com/world/380089",
                      "(not shown) [April 2024: 'seven years after' the 2017 Sorbonne speech, mission 'through May 10']", Q_LEC)),
    ("impacteu", ("en", "FREXIT: Patriots against the EU and NATO", "Daily Impact European (impact-european.com)",
                  "https://impact-european.com/frexit-patriots-against-the-eu-and-nato/",
                  "25 mai 2024 [page date; the demonstration is 'Saturday October 7' (2023)]", Q_PHI)),
    ("freewest", ("en", "A French presidential candidate challenges the global oligarchy", "Free West Media",
                  "https://freewestmedia.com/2021/10/25/a-french-presidential-candidate-challenges-the-global-oligarchy/",
                  "October 25, 2021", Q_PHI)),
])

# -----------------------------------------------------------------------------------------------
# ITEMS: (source key, text copied verbatim, label, position, speaker, note for hard calls)
# All complete sentences of one contiguous passage per page, in page order.
ITEMS = [
    # ---- elcano: think-tank analysis, author not named in the excerpt (section 5, 2026-12-05:
    # "unnamed: author of <outlet> article"). Section label "Analysis" left out. The run ends at the
    # sentence cut off by the excerpt ("...over the next few years: US").
    ("elcano", '''France’s policy vis-à-vis NATO has always been ambivalent.''', N, NO, ELCANO, ""),
    ("elcano", '''On paper, France’s strategic culture fits well within NATO’s nature and agenda: France is committed to the collective defence of the transatlantic space and to upholding the liberal principles of the international order; it maintains robust and modern military forces as well as a nuclear deterrent; and it has a propensity to participate in expeditionary operations, which is an asset for a military alliance such as NATO.''',
     N, NO, ELCANO, "describes how France fits NATO; says nothing about where France should stand"),
    ("elcano", '''Yet, in practice, French membership of NATO has always been uneasy.''', N, NO, ELCANO, ""),
    ("elcano", '''French elites have tended to view NATO as skewed towards US interests, with too little support for the formation of a true ‘European pillar’ within the Alliance, while the US and other allies have tended to view France as causing unnecessary strain in the transatlantic relationship, through unhelpful declarations or unilateral diplomatic initiatives.''',
     N, DR, "unnamed: French elites",
     "the author reports a view held by French elites (NATO skewed towards US interests): distance_or_reform held by them, not the author's own position"),
    ("elcano", '''Recently, French President Emmanuel Macron’s attempt at resuming a dialogue with Russia (alongside deterrence) has also received little support from allies.''',
     N, DR, EM, "Macron's act: dialogue with Russia = rapprochement, no exit"),
    ("elcano", '''Then, in a very commented interview to The Economist (2019), Macron suggested that NATO was experiencing ‘brain death’: a provocative way of denouncing the lack of political and strategic coordination among allies.''',
     N, DR, EM, ""),
    ("elcano", '''While the declaration arguably accelerated the thinking within the alliance on the need for renewed reflection, the declaration also confirmed France’s reputation as a troublemaker.''',
     N, NO, ELCANO, ""),
    ("elcano", '''It is in both NATO and France’s interests to take the opportunity of the reflection process and the next strategic concept to try and make the most of the membership of the 4th largest contributor to NATO, in terms of Alliance budget and national defence spending.''',
     A, RD, ELCANO,
     "signed think-tank piece arguing that France's membership should be made more fruitful (more engaged / influential inside NATO): argued position labelled (section 5, 2026-12-05)"),
    ("elcano", '''This short briefing highlights some of the key determinants for how fruitful France’s role within NATO will be in the future.''',
     N, NO, ELCANO, ""),

    # ---- ifri: study, author not named in the excerpt. Menu, "Date de publication", taxonomy
    # labels, image caption and "Table of contents" of the second copy of the page not used; run
    # taken from the clean excerpt, ends at the cut-off sentence ("...defense budg").
    ("ifri", '''France’s Place Within NATO: Toward a Strategic Aggiornamento?''', N, NO, IFRI,
     "title question, no position taken"),
    ("ifri", '''With a rapidly deteriorating security environment, a chaotic withdrawal from Afghanistan, internal disputes exploding into public view, and questions being raised about the scope of its security responsibilities, the North Atlantic Treaty Organization (NATO) seemed to be in dire straits at the time of Russia’s invasion of Ukraine on February 24, 2022.''',
     N, NO, IFRI, ""),
    ("ifri", '''The new Strategic Concept, agreed at the Madrid Summit in June 2022, is intended to act as a response to this major turning point and represents the culmination of a process of introspection following President Emmanuel Macron’s comment in an interview with The Economist describing the organization as “brain dead”.''',
     N, NO, IFRI, "Macron's 'brain dead' mentioned in passing as background of the Strategic Concept; the sentence narrates the concept, not Macron's position"),
    ("ifri", '''The Strategic Concept document sees the Alliance updating both its political and strategic goals.''', N, NO, IFRI, ""),
    ("ifri", '''The repercussions of this aggiornamento for France’s defense policy and its armed forces tend to be somewhat underestimated by Paris.''', N, NO, IFRI, ""),
    ("ifri", '''Rather than examining the relationship between France and NATO, a subject already widely covered elsewhere, the aim of this study is to dissect the concrete aspects, primarily military but also political, that stem from this systemic shift within NATO and to analyze its potential consequences for the French defense apparatus.''',
     N, NO, IFRI, ""),
    ("ifri", '''How should France handle these changes, and how can it take advantage of them?''', N, NO, IFRI, ""),
    ("ifri", '''The central element of the 2022 Strategic Concept is the return of NATO to its primary function: the collective defense of member states on the eastern flank against its traditional rival, Russia, in respect of both conventional and nuclear threats.''',
     N, NO, IFRI, ""),
    ("ifri", '''Without neglecting other aspects of the concept, it is therefore primarily in relation to the future “deterrence and defense (DDA)” posture, which will be denser and more responsive, that France needs to position itself.''',
     N, NO, IFRI, "'France needs to position itself' in relation to NATO's posture is about adapting, not about deeper integration or staying: none (strict)"),

    # ---- celebmajor: reprint of a Daily Mail-style report (April 2022). Headline and the bullet
    # summary (list items = sentences, "- " markers left out) and body; the run stops before the
    # photo captions that follow ("Le Pen (above) said ...").
    ("celebmajor", '''French presidential candidate Marine Le Pen says NATO should become greater ALLIES with Russia through ‘strategic rapprochement’ sparking furious accusations of appeasement''',
     N, DR, MLP, "headline: NATO-Russia rapprochement, no exit call"),
    ("celebmajor", '''Marine Le Pen has called for closer relations between NATO and Russia''', N, DR, MLP, ""),
    ("celebmajor", '''Le Pen faces Emmanuel Macron in a run-off to be president of France on April 24''', N, NO, OUTLET, ""),
    ("celebmajor", '''Better ties to Russia would stop Moscow becoming too close to China, she said''', N, DR, MLP,
     "argument for rapprochement with Russia (NATO-Russia context of the bullets)"),
    ("celebmajor", '''She also intends to pull France out of NATO’s military command structure''', F, LC, MLP,
     "'She' = Le Pen; command only"),
    ("celebmajor", '''Her press conference was interrupted by a protester brandishing a heart-shaped picture of Le Pen and Russian President Vladimir Putin''',
     N, NO, OUTLET, ""),
    ("celebmajor", '''Far-right candidate Marine Le Pen has called for closer relations between NATO and Russia as the French presidental elections go down to the wire.''',
     N, DR, MLP, ""),
    ("celebmajor", '''Le Pen, who faces President Emmanuel Macron in a run-off to be president of France on April 24, said there should be a ‘strategic rapprochement’ between NATO and Russia once the bloody war in Ukraine has come to a close.''',
     N, DR, MLP, ""),
    ("celebmajor", '''The news conference took place against the backdrop of furious protestors outside who branded her ‘Putin’s accomplice’.''',
     N, NO, OUTLET, "protesters' insult is about Le Pen and Putin, not about France's place in NATO"),
    ("celebmajor", '''A protester even got past security to brandish a heart-shaped picture of Le Pen and Russian President Vladimir Putin, before she was quickly dragged out by security guards.''',
     N, NO, OUTLET, ""),

    # ---- vrt (2018-03-19): the " date 2018-03-19" metadata line left out; headline not shown.
    ("vrt", '''In 1966 the then French President Charles De Gaulle announced that his country was withdrawing from the military command structure of NATO.''',
     F, LC, CDG, "de Gaulle's announcement (decision): command only"),
    ("vrt", '''At the time NATO was based at the Porte Dauphine in Paris.''', N, NO, OUTLET, ""),
    ("vrt", '''With France’s decision to withdraw from the military command structure in mind, NATO leaders decided that it was time to move the organisation’s headquarters outside France.''',
     N, NO, NATO, "NATO's decision to move its HQ; France's withdrawal mentioned in passing as a country's decision (narration)"),
    ("vrt", '''Brussels was found to be a suitably central location.''', N, NO, OUTLET, ""),
    ("vrt", '''In 1967 NATO’s new HQ was built in just 6 months on land that belonged to the Belgian military in Haren, on the north-eastern edge of Brussels.''',
     N, NO, OUTLET, ""),
    ("vrt", '''The entire contents of NATO’s former Paris Headquarters was moved to Brussels in just three weeks and the new Brussels HQ was officially opened on 16 October 1967.''',
     N, NO, OUTLET, ""),
    ("vrt", '''The building in Haren was only supposed to provide a temporary solution and a new permanent home for NATO was planned on the Heizel Plateau in the northwest of the city.''',
     N, NO, OUTLET, ""),
    ("vrt", '''However, these plans never came to fruition and NATO has remained in what was only supposed to be its temporary home for almost 51 years.''',
     N, NO, OUTLET, ""),

    # ---- natoreview (2007): the excerpt starts mid-article with this paragraph (headline not
    # shown); run taken from the first sentence shown and stops before the end of the excerpt.
    ("natoreview", '''During the second quarter of 1966, the atmosphere in the corridors at "Dauphine" was tense.''', N, NO, OUTLET, ""),
    ("natoreview", '''As the victims of a situation for which they were not responsible, the French members of the International Staff kept their heads down.''',
     N, NO, OUTLET, ""),
    ("natoreview", '''Their colleagues from other countries, meanwhile, made laudable efforts to hide any resentment they felt.''', N, NO, OUTLET, ""),
    ("natoreview", '''At the beginning of June, the NAC decided to transfer the military headquarters out of France, preferably to a location somewhere in the Benelux.''',
     N, NO, NATO, "decision of the North Atlantic Council about the HQ, not about France's membership"),
    ("natoreview", '''In September, the 14 Allies on the Defence Planning Committee agreed that the Supreme Headquarters Allied Powers Europe (SHAPE) should leave Voluceau-Rocquencourt near Versailles, France and be reconstituted at Chièvres-Casteau near Mons, Belgium as from 1 April 1967.''',
     N, NO, NATO, "decision of the 14 other Allies (NATO body) on SHAPE's location"),
    ("natoreview", '''The deadline allowed for building the headquarters was very short, and hardly anyone believed that it could be met.''', N, NO, OUTLET, ""),
    ("natoreview", '''However the building companies, most of them Belgian, achieved the amazing feat of completing the construction on time, and the inauguration of SHAPE took place on 31 March 1967.''',
     N, NO, OUTLET, ""),
    ("natoreview", '''The problem of the Alliance Headquarters remained.''', N, NO, OUTLET, ""),
    ("natoreview", '''For several months of uncertainty rumours were rife.''', N, NO, OUTLET, ""),
    ("natoreview", '''Rome was briefly put forward, but there was not enough accommodation in the Italian capital with its chronic housing shortage.''', N, NO, OUTLET, ""),

    # ---- brusselstimes (2026-03-03): " date" line and the photo caption "Illustrative image of a
    # NATO flag. Credit: Belga" left out; headline not shown.
    ("brusselstimes", '''NATO has welcomed President Emmanuel Macron’s plans to enhance France’s nuclear deterrence and to improve cooperation with Paris on this issue, a NATO official told AFP on Tuesday.''',
     N, NO, NATO_OFF, "welcoming nuclear cooperation with Paris is not about France's place in NATO's structures (no deeper integration asked): none"),
    ("brusselstimes", '''France’s nuclear deterrent is already recognised as contributing to the Alliance’s security, the official said anonymously.''', N, NO, NATO_OFF, ""),
    ("brusselstimes", '''The official praised Macron’s initiative to further strengthen its deterrent capabilities.''', N, NO, NATO_OFF, ""),
    ("brusselstimes", '''Macron proposed on Monday an unprecedented nuclear cooperation for Europe’s defence, involving eight European nations, while stressing that France would retain sovereignty over the use of nuclear force.''',
     N, DR, EM, "European nuclear cooperation under French sovereignty = European strategic autonomy, no exit"),
    ("brusselstimes", '''This cooperation includes the expansion of France’s nuclear arsenal and identifies Germany as a key partner.''', N, NO, OUTLET, ""),
    ("brusselstimes", '''The eight countries involved are the United Kingdom, Germany, Poland, the Netherlands, Belgium, Greece, Sweden, and Denmark, all of which are NATO members.''',
     N, NO, OUTLET, ""),
    ("brusselstimes", '''Macron emphasised that these partners are ready to participate in this effort.''', N, NO, EM, ""),
    ("brusselstimes", '''Germany will play a central role, he noted, with the two countries announcing the formation of a joint "nuclear steering group" shortly after.''',
     N, NO, EM, "'he' = Macron"),
    ("brusselstimes", '''NATO’s official stressed the importance of Europe intensifying its role to ensure a unified and robust deterrence and defence posture for the Alliance.''',
     N, NO, NATO_OFF, "about Europe's role in the Alliance, not France's membership"),
    ("brusselstimes", '''Despite its decision not to join NATO’s Nuclear Planning Group, established in 1966, France’s nuclear force is regarded as complementary to NATO’s overall deterrence strategy.''',
     N, NO, OUTLET, "France's non-membership of the NPG mentioned in passing as background: bare fact"),

    # ---- tipp: headline not shown; whole excerpt (7 sentences).
    ("tipp", '''France’s updated nuclear doctrine will aim to reassure European allies concerned about the U.S. commitment to NATO collective security following President Trump’s placatory line on Russia and threats over Greenland.''',
     N, NO, OUTLET, ""),
    ("tipp", '''Since NATO was founded in 1949, European members have relied primarily on the protection of the U.S. nuclear umbrella to deter aggression by potential adversaries, initially the Soviet Union.''',
     N, NO, OUTLET, ""),
    ("tipp", '''Since President Trump took office for his second term, however, his harsh attitude towards allies – including territorial threats towards Denmark over Greenland – while at the same time placating Moscow, has caused consternation in Europe.''',
     N, NO, OUTLET, ""),
    ("tipp", '''Many are now questioning whether the U.S. is still a reliable ally in the event of Russian aggression.''',
     N, NO, OUTLET, "vague crowd attribution used as the outlet's own assessment: [outlet], none"),
    ("tipp", '''While Russia has an arsenal of over 5,500 nuclear warheads, and U.S. nuclear forces – with an estimated 100 bombs stationed in Europe – target adversary nuclear arsenals, France has an estimated 290, designed to act as a deterrent by aiming to inflict unacceptable damage on political, military, and economic centers.''',
     N, NO, OUTLET, ""),
    ("tipp", '''France's nuclear doctrine currently maintains an element of “strategic ambiguity” over when weapons might be used, and unlike some nuclear-armed states, has not declared a “no first strike” policy.''',
     N, NO, OUTLET, ""),
    ("tipp", '''France spends around €5.6bn each year to maintain its stockpile, and is unlikely to relinquish this to ensure Paris maintains exclusive national control.''',
     N, NO, OUTLET, ""),

    # ---- spacewar: AFP wire of 22 Feb 2009 (one copy used; the eurorus4en blog repost of the same
    # wire was not used). Page furniture ". | . |" and the dateline "Paris (AFP) Feb 22, 2009" left
    # out. The Fabius quote (two sentences) is split into two items. Run ends at the cut-off
    # sentence ("...not wi").
    ("spacewar", '''France in NATO: What would de Gaulle say?''', N, NO, OUTLET, ""),
    ("spacewar", '''A betrayal of General de Gaulle's independent foreign policy, or a timely rejection of knee-jerk anti-Americanism?''',
     N, NO, OUTLET, "the outlet poses the question, takes no side"),
    ("spacewar", '''France's imminent return to NATO's command structure has triggered fierce debate.''', N, NO, OUTLET, ""),
    ("spacewar", '''While the move will make little difference on the battlefield -- French forces have long played a key role in NATO missions from Afghanistan to the Balkans -- its symbolic quality has ruffled France's political class.''',
     N, NO, OUTLET, ""),
    ("spacewar", '''President Nicolas Sarkozy has made it clear that he will confirm France's formal return to NATO's military command before the Alliance's summit in Strasbourg and Kehl on the Franco-German border on April 4.''',
     A, RD, NS, "Sarkozy announcing the return: rejoin_or_deepen"),
    ("spacewar", '''According to some critics, the nominally Gaullist Sarkozy is turning his back on a proud legacy created by President Charles de Gaulle in 1966, when France left NATO in order to establish a proper distance from Washington.''',
     F, LC, "unnamed: some critics",
     "critics opposing the 2009 return (turning his back on de Gaulle's legacy) = FAVOR leave_command (hard case 1)"),
    ("spacewar", '''Others argue that a nuclear-armed France is already a de facto pillar of the alliance and would have more influence on policy from within NATO's chain of command than it has simply sitting on its political councils.''',
     A, RD, "unnamed: supporters of the return",
     "'Others' = those backing the return; argument that France gains influence inside the command"),
    ("spacewar", '''"This has gone beyond a rational debate, we are caught up in symbolism," warned Yves Boyer, from the Strategic Research Foundation.''',
     N, NO, "Yves Boyer", "comment on the debate, takes no side"),
    ("spacewar", '''More than 40 years after De Gaulle's decision, Sarkozy's change of tack has been attacked by his left-wing opposition, which sees a threat to France's perceived role as a western counterbalance to Washington's power.''',
     F, LC, "unnamed: Sarkozy's left-wing opposition", "attacking the return to the command = opposing the 2009 return"),
    ("spacewar", '''"We are America's ally, not its vassal.''', N, DR, "Laurent Fabius",
     "quotation continued by the attribution in the next sentence; 'ally, not vassal' alone is distance, no exit"),
    ("spacewar", '''We're going to end up with a quite different political reality as regards our ties with a lot of other countries," former Socialist prime minister Laurent Fabius argued.''',
     F, LC, "Laurent Fabius",
     "argument that the return will harm France's ties, given as part of the left's attack on the return: opposing the 2009 return (debatable; could be distance_or_reform)"),
    ("spacewar", '''Another Socialist lawmaker, Jean-Michel Boucheron, warned France would become a "second-class Britain" and Sarkozy's former presidential election rival Segolene Royal saw the move as "France retreating into the West."''',
     F, LC, "Jean-Michel Boucheron",
     "two holders (Boucheron; Royal), both opposing the return; speaker = the first main clause's holder"),

    # ---- uwi: news analysis, no byline in the excerpt: narration = [outlet]. The two inline
    # "https://unitedworldint.com/..." related-article links (non-body) left out. Run ends at the
    # cut-off "French ".
    ("uwi", '''The winds of De Gaulle blow again in France: Leave NATO!''', F, LA, "unnamed: French politicians calling for exit",
     "headline reports the exit call of French candidates (neutral report of an exit call = FAVOR of its holders, not of the outlet)"),
    ("uwi", '''As France prepares for presidential elections to be held on April 10, 2022, the NATO conflict has become one of the main issues in the country’s politics.''',
     N, NO, OUTLET, ""),
    ("uwi", '''The discussions remind of the country’s decision to withdraw from NATO’s military wing in 1966.''',
     N, NO, OUTLET, "country as subject of a historical fact: bare fact"),
    ("uwi", '''Charles de Gaulle had said that the country gained national sovereignty by leaving the military wing of NATO under the influence of the US, a sentiment now popular once again on the political scene in France.''',
     F, LC, CDG, "de Gaulle's reported argument that leaving the command was beneficial (hard case 7)"),
    ("uwi", '''This sentiment has resonated to the degree that presidential candidates from the right to the left argue that NATO is a tool of the US to control Europe.''',
     N, DR, "unnamed: French presidential candidates", "criticism of NATO as a US tool, no exit call in the sentence"),
    ("uwi", '''What has predominantly fueled this debate is the Ukraine crisis: people are frustrated with France’s position on Russia and NATO.''',
     N, NO, OUTLET, ""),
    ("uwi", '''President Emmanuel Macron, who took over the European Union’s (EU) rotating presidency and the lead of NATO’s “Very High Readiness Joint Task Force” (VJTF), is in the line of fire: he is not considered reliable on these vital issues.''',
     N, NO, OUTLET, ""),
    ("uwi", '''In 2019, he famously described NATO as “brain dead,” and called for a united Europe to defend itself without relying on the US.''',
     N, DR, EM, ""),
    ("uwi", '''But then, with Biden in power, he veered away from this position.''', N, NO, OUTLET,
     "narrates a change of Macron's line without stating a position on France's membership"),
    ("uwi", '''On the other hand, the strategic agreement signed by AUKUS countries Australia, the UK, and US, on Sept. 15, 2021, and the cancellation of a submarine deal with France further increased  negative feelings toward the Transatlantic alliance in France.''',
     N, NO, OUTLET, "outlet's analysis (double space verbatim)"),
    ("uwi", '''As Macron has repeatedly expressed his disappointment with NATO after being stabbed in the back by the US, French Foreign Minister Jean-Yves Le Drian described the situation in an interview as a “serious crisis” between the allies which will affect NATO’s future.''',
     N, DR, JYLD, "main clause = Le Drian: a crisis between allies affecting NATO's future (tied to the alliance, unlike a bare AUKUS complaint); no exit"),

    # ---- illib: think-tank article, author not named in the excerpt. "Skip to main content" and the
    # photo credit line left out. Whole excerpt (3 sentences).
    ("illib", '''Days before the second round of the French presidential elections, far-right presidential candidate Marine Le Pen (Rassemblement National, RN) spelled out some of her foreign policy priorities: limit military support to Ukraine and steer clear from voting new sanctions against Russia; leave NATO’s integrated command; and relaunch a “strategic rapprochement between NATO and Russia” as soon as peace between Moscow and Kiev can be secured.''',
     F, LC, MLP, "list of priorities includes leaving the integrated command: FAVOR leave_command (the rapprochement does not lower it)"),
    ("illib", '''Amid the war in Ukraine, Le Pen has had to soften her pro-Russian rhetoric to stay closer to the French public opinion.''',
     N, NO, ILLIB, ""),
    ("illib", '''However, she continues to advance a foreign policy at odds with most French – and European – politics.''',
     N, NO, ILLIB, "author's assessment of Le Pen, no position on France's membership"),

    # ---- sarko2007: interview transcript. The page title, the "Paris, May 2007" dateline and the
    # "[rest :]" marker are left out; the run starts at the first question. The line prefixes
    # "Q. – " and "THE PRESIDENT – " are speaker labels (not text) and are left out. Questions =
    # unnamed interviewer; answers = Nicolas Sarkozy (named in the title, section 5 transcripts).
    # Run stops before the end of the excerpt (after the NATO answer, keeping the page near 15).
    ("sarko2007", '''Aside from the European Union, what must our long-term objectives be in the international arena ?''', N, NO, INTERVIEWER, ""),
    ("sarko2007", '''The first is to ensure the security and independence of France and the French, as well as of our friends and our allies.''', N, NO, NS, ""),
    ("sarko2007", '''Because our interests are worldwide, our responsibility is global.''', N, NO, NS, ""),
    ("sarko2007", '''Our security interests can no longer be separated from those of Europe and of our partners who share our destiny and values.''',
     N, NO, NS, "general solidarity with partners, NATO not named"),
    ("sarko2007", '''Faced with the new threats, such as terrorism, nuclear proliferation and ecological disorder, cooperation is the key to success.''', N, NO, NS, ""),
    ("sarko2007", '''Our second major objective must be to promote internationally the universal values of freedom, observance of human rights and respect for human dignity, since France is really herself only when she embodies freedom from oppression, and reason to combat chaos.''',
     N, NO, NS, ""),
    ("sarko2007", '''Finally, the third major objective of our foreign policy is to promote our economic and commercial interests to make France stronger in the globalized world.''', N, NO, NS, ""),
    ("sarko2007", '''On security, in particular, people sometimes see the Atlantic Alliance as incompatible with Defence Europe.''', N, NO, INTERVIEWER, ""),
    ("sarko2007", '''Do you think it is ?''', N, NO, INTERVIEWER, ""),
    ("sarko2007", '''That approach is unproductive.''', N, NO, NS,
     "rejects seeing the Alliance and Defence Europe as incompatible; no position on France's membership in this sentence"),
    ("sarko2007", '''Europeans, like Americans, need both of them.''', A, ST, NS,
     "'both' = the Atlantic Alliance and Defence Europe: argues that Europeans (France included) need NATO (debatable: general praise of NATO is NONE elsewhere, but this answers an incompatibility challenge)"),
    ("sarko2007", '''They complement each other.''', N, NO, NS, ""),
    ("sarko2007", '''Of NATO’s 26 members, 21 are members of the European Union.''', N, NO, NS, ""),
    ("sarko2007", '''Of the EU’s 27 countries, 21 are members of NATO.''', N, NO, NS, ""),
    ("sarko2007", '''But we must ensure with our European partners that NATO doesn’t mutate towards becoming a global organization carrying out missions in the area between military, humanitarian and international police activities.''',
     N, DR, NS, "reform demand on NATO's scope, no exit"),
    ("sarko2007", '''NATO has no remit to become a rival to the UN.''', N, DR, NS, "criticism / limit on NATO's role"),

    # ---- justsec: interview write-up (reporting, not an op-ed): narration = [outlet]. Run ends at
    # the cut-off sentence ("...alluded to in ou").
    ("justsec", '''As President Joe Biden and other world leaders prepare to meet in Europe for a week of G7 and NATO summitry, French Ambassador Philippe Étienne sat down for an interview at his residence in Washington, D.C., this week to discuss France’s expectations for the alliance consultations amid the outbreak of war on Europe’s eastern flank.''',
     N, NO, OUTLET, ""),
    ("justsec", '''Étienne, who has been France’s envoy to Washington since 2019, previously served as French President Emmanuel Macron’s diplomatic advisor (2017-2019), among several other ambassadorial and diplomatic postings to Romania, Germany, Brussels, Belgrade, and Moscow.''',
     N, NO, OUTLET, ""),
    ("justsec", '''Increasing Europe’s strategic autonomy has long been a key goal for Macron—a position that has been reinforced with Russia’s full-scale assault on Ukraine this year.''',
     N, DR, EM, "Macron's position: European strategic autonomy"),
    ("justsec", '''Europe should aim to “depend less on other continents and to be able to decide for itself,” Macron said in March.''',
     N, DR, EM, ""),
    ("justsec", '''It was an allusion to his advocacy for Europe to bolster its own defense capabilities alongside those of NATO, and perhaps also a nod to last year’s dustup, when the Biden administration announced it had (secretly) negotiated with Australia and United Kingdom the “AUKUS” defense partnership, which includes selling nuclear-powered submarines to Australia in a deal that displaced a previous French contract.''',
     N, DR, EM, "attributes to Macron advocacy of European defence 'alongside' NATO: autonomy without exit"),
    ("justsec", '''Macron was furious, and Étienne was briefly recalled to Paris for consultations.''', N, NO, OUTLET, "AUKUS reaction, not NATO"),
    ("justsec", '''After four years of chaos and sometimes hostility towards NATO and Europe from Donald Trump, it was surprising for the French to see the ostensibly pro-NATO, pro-Europe Biden administration negotiate the AUKUS partnership without France’s awareness.''',
     N, NO, OUTLET, ""),
    ("justsec", '''While relations between the two allies have since been repaired, there is scar tissue, reinforcing French convictions that Europe should become more self-sufficient, particularly in the military domain.''',
     N, NO, OUTLET, "'French convictions' is the outlet's own analysis, no identifiable holder: none"),
    ("justsec", '''Biden met with Macron in Rome in an attempt to repair the breach.''', N, NO, OUTLET, ""),

    # ---- cepa: transcript; the speaker-name lines ("Catherine Sendak", "Laurent Bili") are labels,
    # not text, and are left out. The run starts at "I want to get started with Ukraine." (inside the
    # host's second turn) because the turn's earlier "We are almost 18 months into Russia's full
    # scale invasion into Ukraine." is a near-duplicate of a later line; it ends at the cut-off
    # sentence ("...and especially ").
    ("cepa", '''I want to get started with Ukraine.''', N, NO, SENDAK, ""),
    ("cepa", '''So we are almost 18 months into Russia’s invasion into Ukraine.''', N, NO, SENDAK, ""),
    ("cepa", '''How do you assess the alliance’s efforts so far to support Ukraine and its efforts?''', N, NO, SENDAK, ""),
    ("cepa", '''I think what is very impressive, it’s the determination and the unity of the alliance as a whole.''', N, NO, BILI,
     "praise of NATO unity on Ukraine says nothing about France's membership"),
    ("cepa", '''And I do think that our partnership, strategic partnership has never been so great for many, many years, probably from the beginning of my career, if I may say so.''',
     N, NO, BILI, "French-US partnership, not NATO membership"),
    ("cepa", '''Yes, it was 30 years ago.''', N, NO, BILI, ""),
    ("cepa", '''The unity is is impressive, and the fact that we’ve been able to maintain it over this time is also impressive.''', N, NO, SENDAK, ""),
    ("cepa", '''So turning to the summit, you know, coming out of Vilnius, many people consider it a historic summit based on the outcomes.''', N, NO, SENDAK, ""),
    ("cepa", '''How do you judge the success of the summit?''', N, NO, SENDAK, ""),
    ("cepa", '''And and more particularly, specifically, the issues that we that the summit laid out for Ukraine in terms of further assistance?''', N, NO, SENDAK, ""),
    ("cepa", '''The the establishment of the NATO Ukraine Council, the elimination of the Membership Action Plan for their membership?''', N, NO, SENDAK, ""),
    ("cepa", '''What is your perspective on the successes of the summit?''', N, NO, SENDAK, ""),
    ("cepa", '''Well, there’s no doubt that Vilnius was a success.''', N, NO, BILI, ""),

    # ---- axis: signed blog post ("by Mike on March 11, 2009"; byline left out): held by its author
    # (section 5, 2026-12-05), speaker "Mike" as in the byline. Whole excerpt. Double spaces verbatim.
    ("axis", '''Sarkozy To Drag France Back into NATO Command''', A, RD, NS,
     "headline announcing Sarkozy's decision to return: his stance, whatever the blogger's verb"),
    ("axis", '''Nicolas Sarkozy plans to move France back into the decision-making core of the NATO alliance after forty three years of his country’s passive membership.''',
     A, RD, NS, ""),
    ("axis", '''The move is being met with some criticism from Sarkozy’s left-wing critics in France and elsewhere, but  Sarkozy has assured those critics that the move would not undermine French independence.''',
     A, RD, NS, "two holders (left-wing critics; Sarkozy); labelled for Sarkozy, whose defence of the return is the sentence's point (after 'but')"),
    ("axis", '''Americans should  applaud Sarkozy’s intentions, but should also think twice before welcoming France back into the fold without conditions.''',
     A, RD, MIKE, "the blogger backs the return (with conditions): rejoin_or_deepen"),
    ("axis", '''France has been a thorn in America’s side for decades.''', N, NO, MIKE, ""),
    ("axis", '''The reason France doesn’t currently play a more important role in NATO is because Charles de Gaulle withdrew France from NATO’s central command so his nation could be uncooperative during the Cold War.''',
     N, NO, MIKE, "de Gaulle's 1966 act mentioned in passing inside the author's explanation (hard case 4): none, not FAVOR for de Gaulle"),
    ("axis", '''Subsequent French leaders weren’t much better.''', N, NO, MIKE, ""),
    ("axis", '''As recently as 2003, Jacques Chirac opposed the U.S. liberation of Iraq from the terrorist-sponsoring Saddam Hussein while taking oil-for-food kickbacks from the tyrant.''',
     N, NO, MIKE, "Iraq, not NATO"),
    ("axis", '''That’s not to say Sarkozy should be lumped together with the worst of what France has offered.''', N, NO, MIKE, ""),
    ("axis", '''A Sarkozy-led France would be a tremendous asset in the upper echelon of NATO.''', A, RD, MIKE,
     "wants France in NATO's upper echelon: rejoin_or_deepen"),
    ("axis", '''The issue is whether a France led by Sarkozy’s successor would build on this President’s outreach or revert white-flag waiving and carping France we all love to dislike.''',
     N, NO, MIKE, ""),
    ("axis", '''Perhaps NATO should accept France on something like a trial basis.''', A, RD, MIKE,
     "accepting France's return, if on a trial basis, still backs the return (debatable)"),
    ("axis", '''Accept the request for now, but reserve the right to revisit the issue in a few years.''', A, RD, MIKE,
     "'the request' = France's request to return: accept it now"),
    ("axis", '''We love Sarko, but this is France we’re talking about.''', N, NO, MIKE, ""),
    ("axis", '''Trust but verify.''', N, NO, MIKE, ""),

    # ---- chitrib: unsigned editorial (section 5, 2026-12-05): [outlet], argued stance labelled.
    # Headline and body; the run stops before the end of the excerpt, before "Why?" (a two-character
    # line that is identical to a sentence of another sheet) and its answer.
    ("chitrib", '''NATO, with or without France''', N, NO, OUTLET,
     "editorial headline: NATO can act without France; does not say France should leave (or stay)"),
    ("chitrib", '''Saddam Hussein's state media showered lavish coverage Sunday on anti-war demonstrations in cities around the world.''', N, NO, OUTLET, ""),
    ("chitrib", '''But the most intriguing story of the day broke too late to make the evening news in Baghdad.''', N, NO, OUTLET, ""),
    ("chitrib", '''Meeting in Brussels, 18 NATO members agreed that a deal is a deal: The alliance will begin preparing to defend Turkey if it is attacked by Iraq in any subsequent hostilities.''',
     N, NO, NATO, "decision of NATO members on Turkey, not about France's membership"),
    ("chitrib", '''Those 18 nations include Germany and Belgium, which for a month had sided with France in opposing NATO moves to offer more protection to Turkey, the only NATO state that abuts Iraq.''',
     N, NO, OUTLET, ""),
    ("chitrib", '''The 19th NATO member, France, spent Sunday defiant but on the sidelines.''', N, NO, OUTLET, ""),
    ("chitrib", '''Because the aloof French removed themselves from NATO's integrated military structure in 1966, they don't sit on the Defense Planning Committee, where most of Sunday's action took place.''',
     N, NO, OUTLET, "1966 withdrawal as background with 'the French' as subject: bare fact"),
    ("chitrib", '''This will be a busy diplomatic week for the French.''', N, NO, OUTLET, ""),
    ("chitrib", '''On Monday they will try to convince the European Union to, in effect, stand united against U.S. demands that Iraq be forced to disarm.''',
     N, NO, OUTLET, "Iraq / EU, not NATO"),
    ("chitrib", '''The problem for France: In a recent public letter, eight EU members publicly sided with the U.S.''', N, NO, OUTLET, ""),
    ("chitrib", '''The Associated Press reported Sunday that several Eastern European countries that are preparing to join the EU have been excluded from Monday's emergency summit.''',
     N, NO, "Associated Press", ""),
    # ---- revoltist: rewritten report of Mélenchon's France Inter interview and tweets (January
    # 2022), different wording from the seed article. Headline and body; the run stops before the
    # end of the excerpt (after the quoted tweet lines).
    ("revoltist", '''France’s Firebrand Leftist Politician Jean-Luc Melenchon Says The Country Must Leave Warmongering NATO To Avoid Being Part Of A New Cold War And Join Hands With Russia''',
     F, LA, JLM, "headline 'X says the country must leave NATO' = reported exit call"),
    ("revoltist", '''The head of a French socialist party and presidential contender has urged for France to leave warmongering NATO, admitting that he sees Russia as an ally instead of an opponent for France.''',
     F, LA, JLM, "description resolved forwards to Mélenchon (named in the next sentence)"),
    ("revoltist", '''Throughout a lengthy interview with France Inter radio on Monday, Jean-Luc Melenchon, the head of the socialist La France Insoumise (France Unbowed) party, gave his thoughts on the future Cold War and France’s role in it.''',
     N, NO, OUTLET, "only says that he spoke, not what he said: narration"),
    ("revoltist", '''In an extensive series of tweets, Melenchon expanded on the comments he stated during the interview.''', N, NO, OUTLET, "narration (that he tweeted)"),
    ("revoltist", '''Instead of joining America in the reckless Cold War against China and Russia, he believes the nation should participate in attempts to “de-escalate” the ongoing crisis.''',
     N, DR, JLM, "de-escalation / not following the US: distance, no exit in this sentence"),
    ("revoltist", '''Melenchon feels that exiting NATO would be helpful to France since it would no longer be a part of the US’s “military aggression.”''',
     F, LA, JLM, "argument that exit would be beneficial, by its advocate (hard case 7)"),
    ("revoltist", '''“I am in favor of exiting NATO.''', F, LA, JLM, "quotation attributed at the end of the third sentence ('he declared')"),
    ("revoltist", '''We must de-escalate the situation.''', N, DR, JLM, "de-escalation with Russia/China in the NATO context: distance_or_reform (as the seed's 'Il faut une désescalade')"),
    ("revoltist", '''We would never be drawn into the Washington cold war mentality with Russia and China if we quit NATO,” he declared.''',
     F, LA, JLM, "conditional argument for exit by its advocate"),
    ("revoltist", '''The politician also stated that Russia is an ally, not an opponent, for France.''', N, DR, JLM, "rapprochement with Russia, not an exit call"),
    ("revoltist", '''The West, Melenchon said, is to blame for the NATO bloc’s present stalemate with Russia, having broken commitments on the organization’s eastward enlargement.''',
     N, DR, JLM, "criticism of NATO enlargement"),
    ("revoltist", '''“Russia is a reliable ally.''', N, DR, JLM, "quoted tweet line, attributed two sentences later ('Melenchon remarked'); rapprochement, not exit"),
    ("revoltist", '''Creating an enemy of it is not something I believe in.''', N, DR, JLM, ""),
    ("revoltist", '''We drew ten nations from the east into NATO, which Russia saw as a danger.''', N, DR, JLM, "criticism of NATO enlargement"),
    ("revoltist", '''Especially when anti-missile equipment is installed in Poland,” Melenchon remarked.''', N, DR, JLM,
     "elliptical continuation of the enlargement criticism"),
    # ---- newsrecorder: English rewrite of a French report (April 2024). "Skip to content" left
    # out. Run stops at the section heading "European intervention force “from next year”?".
    ("newsrecorder", '''Charles de Gaulle’s mission for NATO: “French command,” says Sebastien Lecornu''', N, NO, LECORNU,
     "about who commands the carrier group in a NATO mission, not France's membership"),
    ("newsrecorder", '''The French aircraft carrier Charles de Gaulle sailed from Toulon on Monday.''', N, NO, OUTLET, ""),
    ("newsrecorder", '''After eight months of operation and several sea trials, it is due to conduct six weeks of operations in the Mediterranean, two of which will be under NATO operational control for the first time.''',
     N, NO, OUTLET, ""),
    ("newsrecorder", '''The French navy’s flagship is accompanied by a nuclear submarine, specialized frigates and a supply ship that make up France’s “carrier group”, the largest in Europe.''',
     N, NO, OUTLET, ""),
    ("newsrecorder", '''From this Friday through May 10, the group will participate in a NATO mission with components from the United States, Greece, Spain, Portugal and Italy, led by an American vice admiral.''',
     N, NO, OUTLET, ""),
    ("newsrecorder", '''This news outraged the opposition.''', N, DR, "Jean-Luc Mélenchon; National Rally (RN)",
     "'the opposition' resolved forwards (Mélenchon and the RN, next sentence); outrage at French ships under NATO control = criticism, no exit call"),
    ("newsrecorder", '''“This shocked Jean-Luc Mélenchon and the National Rally, which does not tell our fellow citizens that the command is French,” insisted Armed Forces Minister Sebastien Lecornu on France 2 this Friday morning.''',
     N, NO, LECORNU, "rebuttal about who commands the mission, not about France's membership"),
    ("newsrecorder", '''“On the other hand, you have the contribution of these forces to NATO, which are under (his) operational command,” he added.''', N, NO, LECORNU, ""),
    ("newsrecorder", '''“This is a matter of common sense.''', N, NO, LECORNU, "quotation attributed at the end of the next sentence"),
    ("newsrecorder", '''You are building a coalition around Charles de Gaulle,” he said.''', N, NO, LECORNU, "Charles de Gaulle = the aircraft carrier"),
    ("newsrecorder", '''And the minister recalled that “France created NATO.''', N, NO, LECORNU, "historical reminder alone; the argument comes in the next sentence"),
    ("newsrecorder", '''If we do not fall into primary anti-Americanism, the point is that France will remain autonomous and strong” in within the Atlantic Alliance, he said.''',
     A, ST, LECORNU, "France's place is within the Atlantic Alliance, against the critics' 'anti-Americanism': stay"),
    ("newsrecorder", '''On Thursday, seven years after the speech he wanted for Europe, President Emmanuel Macron detailed the “powerful Europe” he believes is necessary to confront a world polarized by the United States and China.''',
     N, DR, EM, "European power between the US and China = strategic autonomy, no exit"),
    ("newsrecorder", '''From a defense point of view, we need a “new paradigm,” the head of state said, which will lead the European Union to a “new stage of the European intervention initiative.”''',
     N, DR, EM, "European defence autonomy; 'the head of state' = Macron"),

    # ---- impacteu: masthead lines ("25 mai 2024", "Daily Impact European", "We are an independent
    # daily") left out; the deck repeats the first body sentence word for word and is used once.
    # Run ends at the cut-off quotation ("...imposing their narrative and ").
    ("impacteu", '''FREXIT: Patriots against the EU and NATO''', N, DR, "Les Patriotes",
     "'against ... NATO' without an exit verb: distance_or_reform under the strict line (the explicit exit call is r186, 'spoke out for leaving')"),
    ("impacteu", '''On Saturday, a demonstration against the EU and NATO took place, orchestrated by the “patriots” party created by Florian Philippot after the separation of the RN.''',
     N, DR, "Les Patriotes", "party's act (demonstration) against NATO, no exit verb in the sentence: distance_or_reform"),
    ("impacteu", '''On Saturday October 7, hundreds of Frexit supporters took to the streets of the French capital.''', N, NO, OUTLET, "Frexit = EU"),
    ("impacteu", '''The demonstrators spoke out for leaving the European Union and NATO.''', F, LA, "unnamed: Frexit demonstrators", "explicit call to leave NATO (and the EU)"),
    ("impacteu", '''Emmanuel Macron’s government was also criticized during the demonstration.''', N, NO, OUTLET, ""),
    ("impacteu", '''Florian Philippot, the president of the eurosceptic party “Les Patriotes”, was at the head of the procession.''', N, NO, OUTLET, ""),
    ("impacteu", '''Florian Philippot launched an appeal to his party’s supporters, explaining where the situation stands and the image of France, created by the European Union and NATO.''',
     N, NO, OUTLET, "says that he spoke, not what he said: narration"),
    ("impacteu", '''“Explosion of energy prices and the European electricity market, digital identity and euro, Lampedusa, SMS from Ursula von der Leyen, theft of our national sovereignty, permanent Brussels blackmail, European DSA censorship regulation, war in Ukraine ,…”''',
     N, NO, FP, "list of grievances (mostly EU); quotation of Philippot's appeal"),
    ("impacteu", '''“At the start of the school year, more than ever, the question of our membership in the European Union and NATO urgently arises!''',
     N, DR, FP, "raises the question of membership without answering it (as Guetté's 'the question ... arises')"),
    ("impacteu", '''These globalist structures have betrayed all the promises that had been made and have, on the contrary, put our country in a situation vulnerability, insecurity, impoverishment, collapse of our freedoms, even war!”''',
     N, DR, FP, "harsh criticism of the EU and NATO, no exit call in the sentence"),
    ("impacteu", '''Is it a game of hide and seek, or is it a huge responsibility that every French person must know that the English regret having left the game of 27 and that the economy and debts are quite expensive for at least 30 years .''',
     N, NO, OUTLET, "outlet's comment on Brexit (EU), spacing verbatim"),

    # ---- freewest: "Skip to Content", the photo caption "Florian Philippot supports a Frexit. Photo
    # supplied", the "Paris" label, "Published: ..." and "Read more" left out. Run ends at the
    # cut-off sentence ("...to launch").
    ("freewest", '''A French presidential candidate challenges the global oligarchy''', N, NO, OUTLET, ""),
    ("freewest", '''Florian Philippot, the leader of the Patriots party in France, targeted "Macron and his clique who have misled the state, even more than their sinister predecessors".''',
     N, NO, FP, ""),
    ("freewest", '''But Philippot does not have the same voter allure as Marine Le Pen or Eric Zemmour.''', N, NO, OUTLET, ""),
    ("freewest", '''Philippot’s election programme includes leaving the EU, the European Convention on Human Rights as well as NATO.''',
     F, LA, FP, "programme includes leaving NATO (with the EU and the ECHR)"),
    ("freewest", '''The President of the Patriots has been leading numerous demonstrations against the health pass since the summer of 2021.''', N, NO, OUTLET, ""),
    ("freewest", '''He launched his presidential campaign on October 24 by advancing his proposals for a total “rupture” and by vehemently denouncing a “globalist oligarchy” embodied by “Macron and his clique”.''',
     N, NO, FP, ""),
    ("freewest", '''For Philippot, President Emmanuel Macron, “has been waging war on us and since he wants war, he will have war”.''', N, NO, FP, ""),
    ("freewest", '''His announcement was made in Aubervilliers (Seine-Saint-Denis) in front of his supporters – a little over 1000 people according to AFP, but 1400 according to the organizers.''',
     N, NO, OUTLET, ""),
    ("freewest", '''“France is ruled by an oligarchy which wants its death”, he said as the crowd chanted “Liberty!” and “Macron in prison!”, promising that “blockages will happen, including under the windows of the President of the Republic”.''',
     N, NO, FP, ""),
    ("freewest", '''“This oligarchy, let’s be clear, embraces big finance, big lobbies, especially pharmaceutical.''', N, NO, FP, ""),
    ("freewest", '''It includes GAFAM [defined as Google, Amazon, Facebook, Apple, and Microsoft], it includes the European Union and all the supranational structures.''',
     N, NO, FP, "NATO not named ('supranational structures'): none"),
    ("freewest", '''To this must be added of course, like a rotten icing on the cake, Macron and his clique who have led the state astray, even more than their sinister predecessors,” he continued.''',
     N, NO, FP, ""),
]


sys.path.insert(0, str(HERE.parent))  # the checks every stance sheet shares: ../stance_sheet_checks.py
from stance_sheet_checks import check_sheet, numbered_rows, write_sheet, replace_counts  # noqa: E402

LANGUAGE = 'en'


def check():
    """Run the checks shared by every stance sheet; fail with a message on the first problem."""
    check_sheet(ITEMS, SOURCES, LANGUAGE, HERE)


def build():
    check()
    rows, source_ids = numbered_rows(ITEMS, SOURCES, ITEM_PREFIX, SOURCE_PREFIX)
    write_sheet(HERE, rows, source_ids, SOURCES)
    return rows, source_ids


def counts_markdown(rows, source_ids):
    n_pub = len({SOURCES[k][2] for k in source_ids})
    per_page = Counter(r["source_id"] for r in rows)
    out = [f"{len(rows)} English sentences from {len(source_ids)} pages ({n_pub} distinct publishers); "
           f"{min(per_page.values())}–{max(per_page.values())} sentences per page.", ""]
    out += ["**Labels**", "", "| label | n | share |", "|---|---:|---:|"]
    for lab in (F, A, N):
        c = sum(1 for r in rows if r["label"] == lab)
        out.append(f"| {lab} | {c} | {100 * c / len(rows):.0f}% |")
    out += ["", "**By language**", "", "| language | n |", "|---|---:|"]
    for lang, c in sorted(Counter(r["language"] for r in rows).items()):
        out.append(f"| {lang} | {c} |")
    out += ["", "**Positions**", "", "| position | label | n |", "|---|---|---:|"]
    for pos in ("leave_alliance", "leave_command", "distance_or_reform", "none", "stay", "rejoin_or_deepen"):
        c = sum(1 for r in rows if r["position"] == pos)
        out.append(f"| {pos} | {LABEL_OF_POSITION[pos]} | {c} |")
    stance = [r for r in rows if r["label"] != N]
    sp = Counter(r["speaker"] for r in stance)
    out += ["", f"**Speakers over FAVOR/AGAINST sentences** ({len(stance)} sentences)", "",
            "| speaker | FAVOR | AGAINST | total |", "|---|---:|---:|---:|"]
    for s, n in sorted(sp.items(), key=lambda kv: (-kv[1], kv[0])):
        fa = sum(1 for r in stance if r["speaker"] == s and r["label"] == F)
        out.append(f"| {s} | {fa} | {n - fa} | {n} |")
    hard = [r for r in rows if r["note"]]
    out += ["", f"**Hard calls** ({len(hard)} items with a note; full text in `labels.csv`)", ""]
    for r in hard:
        out.append(f"- `{r['item_id']}` {r['label']}/{r['position']}, {r['speaker']}: {r['note']}")
    return "\n".join(out)


def main():
    rows, source_ids = build()
    md = counts_markdown(rows, source_ids)
    print(md)
    if replace_counts(README, md):
        print(f"\n(updated counts in {README.name})")


if __name__ == "__main__":
    main()
