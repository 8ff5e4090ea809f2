#!/usr/bin/env python3
"""Write the ENGLISH stance TRAINING set: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command", labelled per sentence
following ../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position).

The sentences were copied verbatim from excerpts of public English-language news / opinion /
explainer pages returned by a search tool over stored copies of public web pages (collected
2026-11-23). None of the pages is one of the workbook's five seed articles or one of the pages of
the held-out set (../stance_heldout/sources.csv). Unlike the held-out set, WHOLE PASSAGES were
labelled: for each page one contiguous run of the article body (headline / first body paragraph
onwards, at most ~15 sentences) was taken and EVERY complete sentence of it was labelled,
stance-bearing or not. The ITEMS of one source are in page order.

Every decision below was made by hand, by an annotator who did not read helpers/stance.py,
helpers/speakers.py, helpers/stance_report.py, data/reference/stance_lexicon.csv,
tests/test_stance*.py, notebooks/02-*.ipynb or data/processed, and did not run any classifier.
This script holds those decisions as an explicit table (SOURCES, ITEMS) and contains no
heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every speaker is non-empty,
  - no two items are identical or near-identical (difflib ratio >= 0.85), also against the seed
    gold ../stance/labels.csv and the held-out set ../stance_heldout/labels.csv (if present),
  - every source is used, every item points to a declared source, every source is English, and
    no source URL is a seed URL (../../raw/manifest.csv) or a held-out URL
    (../stance_heldout/sources.csv),
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage:  python3 data/annotations/stance_train_en/make_labels.py
"""
import csv
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
ITEM_PREFIX, SOURCE_PREFIX = "e", "es"

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

JLM = "Jean-Luc Mélenchon"
JB = "Jordan Bardella"
MLP = "Marine Le Pen"
EZ = "Éric Zemmour"
CG = "Clémence Guetté"
EM = "Emmanuel Macron"
CDG = "Charles de Gaulle"
NS = "Nicolas Sarkozy"
FH = "François Hollande"
HV = "Hubert Védrine"
DDV = "Dominique de Villepin"
LFI = "La France Insoumise"
DT = "Donald Trump"
NDA = "Nicolas Dupont-Aignan"
FRGOV = "French government"

Q_CMD = "France leave NATO integrated military command"
Q_LP = "Le Pen NATO integrated command pledge 2022 election"
Q_SAR = "Sarkozy rejoin NATO command 2009 critics Villepin Bayrou"
Q_DG = "de Gaulle 1966 withdraws France from NATO military command"
Q_GUE = "Guetté resolution France withdraw NATO January 2026"
Q_PHI = "Philippot Frexit leave NATO Patriots rally"
Q_MAC = "Macron NATO brain death interview Economist 2019 reaction"
Q_POLL = "poll French support leaving NATO survey"
Q_MIN = "French minister says leaving NATO would be irresponsible"
Q_ZEM = "Zemmour wants France out of NATO command Reconquête"
Q_BAR = "Bardella National Rally NATO integrated command would not leave during war"
Q_SUM = "Macron France will remain a reliable ally in NATO summit 2025"
Q_S09 = "Sarkozy speech Ecole Militaire France NATO return March 2009 independence"
Q_TRU = "Trump NATO France Europe defend itself 2025 French reaction alliance"
Q_GRE = "Greece withdrew NATO military command 1974 Cyprus rejoined 1980"
Q_JLM = "Mélenchon leave NATO 2022 campaign English news integrated command first"
Q_GOV = "French government rejects call to leave NATO minister says France stays in alliance"
Q_PCF = "French Communist Party leave NATO dissolve alliance program"
Q_J17 = "Melenchon 2017 presidential program quit NATO English"
Q_CHI = "Chirac 1995 1996 France rapprochement NATO military structure AFSOUTH Naples"

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published: as shown in the excerpt; "(not shown)" otherwise, with the URL slug or URL date
# given in brackets where that is all there is.
SOURCES = OrderedDict([
    ("radionz", ("en", "France to return to NATO command", "RNZ (Radio New Zealand)",
                 "https://www.radionz.co.nz/news/world/5976/france-to-return-to-nato-command",
                 "12 March 2009", Q_CMD)),
    ("newsfront_euractiv", ("en", "Euractiv: NATO fears France may pull out of military command",
                            "News Front (en.news-front.su), citing Euractiv",
                            "https://en.news-front.su/2024/07/04/euractiv-nato-fears-france-may-pull-out-of-military-command",
                            "(not shown) [URL: 2024/07/04]", Q_CMD)),
    ("afahc", ("en", "Military Powers – The role of France (course page)",
               "Air Force Academy Henri Coandă (afahc.ro), Erasmus course material",
               "http://ns.afahc.ro/ro/erasmus/DDHE/Courses/Military%20Powers/the_role_of_france.html",
               "(not shown)", Q_CMD)),
    ("dailykiran", ("en", "Le Pen pledges to leave NATO’s integrated command", "Daily Kiran (from Sputnik)",
                    "https://dailykiran.com/le-pen-pledges-to-leave-natos-integrated-command/",
                    "(not shown) [dateline: April 13; 2022 from context]", Q_LP)),
    ("wapo_lepen", ("en", "(not shown) [URL slug: le-pen-nato-russia-france-rapprochement]", "The Washington Post",
                    "https://www.washingtonpost.com/world/2022/04/14/le-pen-nato-russia-france-rapprochement/",
                    "2022-04-14", Q_LP)),
    ("mutiny", ("en", "(not shown) [URL slug: ukrainian-russian-war-news-live-updates]", "Mutiny (mutiny.in), live-updates page",
                "https://www.mutiny.in/ukrainian-russian-war-news-live-updates/", "2022-04-13", Q_LP)),
    ("newzino", ("en", "(not shown) [URL slug: nato-european-command-restructuring]; section 'France Withdraws from NATO Military Command (1966)'",
                 "Newzino", "https://newzino.com/story/nato-european-command-restructuring", "(not shown)", Q_DG)),
    ("ebsco", ("en", "France Withdraws from NATO's Military Structure", "EBSCO Research Starters",
               "https://ebsco.com/research-starters/history/france-withdraws-natos-military-structure",
               "(not shown)", Q_DG)),
    ("washtimes", ("en", "(not shown) [URL slug: nato-gains-commitment-but-not-for-afghanistan]", "The Washington Times",
                   "http://www.washingtontimes.com/news/2009/mar/23/nato-gains-commitment-but-not-for-afghanistan/",
                   "Monday, March 23, 2009", Q_SAR)),
    ("eurodipl_2026", ("en", "(not shown) [URL slug: france-abandoning-nato-again]", "Europe Diplomatic",
                       "http://europediplomatic.com/2026/01/09/france-abandoning-nato-again", "09.01.2026 (dateline)", Q_GUE)),
    ("newsaz", ("en", "(not shown) [URL slug: france-debates-nato-exit-amid-doubts-over-us-alliance]", "News.Az",
                "https://news.az/news/france-debates-nato-exit-amid-doubts-over-us-alliance", "2026-01-17", Q_GUE)),
    ("nournews", ("en", "(not shown) [URL slug: Hundreds-rally-in-Paris-against-troop-deployment-to-Ukraine]", "Nour News (from MNA)",
                  "https://www.nournews.ir/en/news/243687/Hundreds-rally-in-Paris-against-troop-deployment-to-Ukraine",
                  "(not shown) [events: early September 2025]", Q_PHI)),
    ("urdupoint", ("en", "Macron Says 'Brain Death' Comment May Have Been 'Wake-Up Call' Needed By NATO", "UrduPoint (English)",
                   "https://www.urdupoint.com/en/world/macron-says-brain-death-comment-may-have-be-773839.html",
                   "(not shown) [events: late 2019]", Q_MAC)),
    ("magazine_co", ("en", "why Macron thinks NATO is in a state of \"brain death\"", "magazine.com.co (machine translation of a French report)",
                     "https://magazine.com.co/world-news/usa-news/why-macron-thinks-nato-is-in-a-state-of-brain-death/",
                     "(not shown) [events: November 2019]", Q_MAC)),
    ("telos", ("en", "The French, Europe, and the West", "Telos (telos-eu.com)",
               "https://www.telos-eu.com/en/the-french-europe-and-the-west.html", "25 June 2026", Q_POLL)),
    ("spacewar", ("en", "(not shown) [URL slug: NATO_faces_moment_of_truth_on_alliances_future_France]", "SpaceWar.com (AFP report)",
                  "https://spacewar.com/reports/NATO_faces_moment_of_truth_on_alliances_future_France_999.html",
                  "(not shown) [events: February 2025]", Q_MIN)),
    ("brecorder", ("en", "(not shown) [URL: news/amp/40300714]", "Business Recorder (AFP report)",
                   "https://brecorder.com/news/amp/40300714", "(not shown) [events: late April 2024]", Q_MIN)),
    ("sunsentinel", ("en", "France To Resume Its Role In Nato", "Sun-Sentinel (The New York Times, Craig R. Whitney)",
                     "http://articles.sun-sentinel.com/1996-06-09/news/9606080179_1_nato-command-structures-alliance-s-decision-nato-defense-ministers",
                     "June 9, 1996", Q_CHI)),
    ("baltsun_afsouth", ("en", "France at odds with U.S. over command of NATO French want a European to lead southern unit", "The Baltimore Sun",
                         "https://www.baltimoresun.com/news/bs-xpm-1996-10-13-1996287051-story.html",
                         "(not shown) [URL: 1996-10-13]", Q_CHI)),
    ("ukparl", ("en", "(not shown) [Defence Committee report, session 1998-99, section 'FRANCE']", "UK House of Commons Defence Committee (publications.parliament.uk)",
                "https://publications.parliament.uk/pa/cm199899/cmselect/cmdfence/39/3918.htm", "(not shown) [session 1998-99]", Q_CHI)),
    ("ndu_tiersky", ("en", "French Gamesmanship and the Future of the Alliance: The Case of Allied Forces Southern Europe",
                     "National Defense University, 'NATO 1997: Year of Change' (Ronald Tiersky), Wayback Machine copy",
                     "https://web.archive.org/web/20090521174039/http:/www.ndu.edu/inss/books/Books_1998/NATO%201997%20Sept%2098/natoch2.html",
                     "(not shown) [book: 1998]", Q_CHI)),
    ("euobs_zemmour", ("en", "(not shown) [ticker 153731]", "EUobserver",
                       "https://euobserver.com/tickers/153731?utm_source=euobs&utm_medium=rss", "2021-12", Q_ZEM)),
    ("fvbb_ap", ("en", "(not shown) [URL slug: far-right-leader-bardella-backpedals-on]", "fvbb.com (AP report, 'Read more on abcnews.go.com')",
                 "https://fvbb.com/ns/far-right-leader-bardella-backpedals-on/238383", "(not shown) [events: Wednesday 19 June 2024]", Q_BAR)),
    ("tass_bardella", ("en", "France could withdraw from NATO’s integrated command if right-wing comes to power", "TASS",
                       "https://tass.com/world/1767831/amp", "March 29 (dateline) [2024 from context]", Q_BAR)),
    ("am1_lemonde", ("en", "(not shown) [URL slug: macron-keeps-a-low-profile-at-nato-summit]", "am1.news (reprint of Le Monde in English)",
                     "https://am1.news/usconservative/topic/lemonde/6-slug-macron-keeps-a-low-profile-at-nato-summit",
                     "(not shown) [events: 10 July 2024]", Q_SUM)),
    ("franceintheus", ("en", "North Atlantic Council – Speech by Nicolas Sarkozy, President of the Republic",
                       "Embassy of France in the US (franceintheus.org), official translation",
                       "https://franceintheus.org/spip.php?article1299", "April 21, 2009 (speech: Strasbourg, April 4 2009)", Q_S09)),
    ("csmonitor_greece", ("en", "Greece OKs plan to rejoin military wing of NATO", "The Christian Science Monitor",
                          "https://csmonitor.com/1980/1020/102025.html", "(not shown) [URL: 1980/1020]", Q_GRE)),
    ("balnearios", ("en", "Jean-Luc Mélenchon, Marine Le Pen and Fabien Roussel reject their ambition to take France out of NATO at the end of the war in Ukraine",
                    "balneariostarragona.com (machine translation of a Le Monde article)",
                    "https://balneariostarragona.com/2022/03/25/jean-luc-melenchon-marine-le-pen-and-fabien-roussel-reject-their-ambition-to-take-france-out-of-nato-at-the-end-of-the-war-in-ukraine/",
                    "(not shown) [URL: 2022/03/25]", Q_JLM)),
    ("euractiv_jlm", ("en", "No ‘immediate exit’ from NATO for Mélenchon, but a vote in Parliament", "EURACTIV",
                      "https://www.euractiv.com/section/elections/news/no-immediate-exit-from-nato-for-melenchon-but-a-vote-in-parliament/",
                      "(not shown) [events: Thursday 19 May 2022]", Q_JLM)),
    ("particle", ("en", "Donald Trump Questions U.S. Commitment to NATO, Macron Defends Alliance", "Particle (particle.news), news summary",
                  "https://particle.news/story/donald-trump-questions-us-commitment-to-nato-macron-defends-alliance",
                  "(not shown) [events: March 2025]", Q_TRU)),
    ("rt_parly", ("en", "Trump forcing Europe to deepen defense integration – French minister", "RT (newsline)",
                  "https://rt.com/newsline/430452-trump-europe-defense-france", "(not shown) [events: 2018]", Q_TRU)),
    ("zawya", ("en", "(not shown) [URL slug: nato-chief-expects-france-to-remain-staunch-ally]", "Zawya (AFP report)",
               "https://zawya.com/en/world/uk-and-europe/nato-chief-expects-france-to-remain-staunch-ally-t0f0366s",
               "(not shown) [events: Thursday 13 June 2024]", Q_GOV)),
    ("france24_fillon", ("en", "French PM defends return to NATO fold", "FRANCE 24",
                         "http://www.france24.com/en/20090317-french-pm-defends-return-nato-fold-", "2009-03-17 (latest update)", Q_GOV)),
    ("globalresearch", ("en", "France moves towards reintegration into NATO", "Global Research (globalresearch.ca)",
                        "https://globalresearch.ca/france-moves-towards-reintegration-into-nato/12801", "(not shown) [events: March 2009]", Q_PCF)),
    ("news4u", ("en", "(not shown) [URL slug: the-candidate-in-presidents-of-france-jean-luc-melenchon-has-promised-a-new-foreign-policy-not-to-consider-russia-an-enemy-to-withdraw-from-nato-to-support-the-environment]",
                "news-4-u.ru (English), machine translation",
                "http://en.news-4-u.ru/the-candidate-in-presidents-of-france-jean-luc-melenchon-has-promised-a-new-foreign-policy-not-to-consider-russia-an-enemy-to-withdraw-from-nato-to-support-the-environment.html",
                "(not shown) [events: April 2017]", Q_J17)),
    # @@SOURCES@@
])

# -----------------------------------------------------------------------------------------------
# ITEMS: (source key, text copied verbatim, label, position, speaker, note for hard calls)
# All complete sentences of one contiguous passage per page, in page order.
ITEMS = [
    # ---- radionz (12 March 2009); datelines "12 Mar 2009" / "6:02 am on 12 March 2009" left out
    ("radionz", '''France to return to NATO command''', A, RD, FRGOV,
     "headline announcing the French government's decision to return (not a bare past fact): a decision carrying rejoin_or_deepen"),
    ("radionz", '''France is to rejoin NATO's integrated military command.''', A, RD, FRGOV,
     "announced decision of the government (future 'is to'), not a historical fact with a country as subject"),
    ("radionz", '''President Charles de Gaulle pulled out of the alliance's inner circle more than 40 years ago in a dispute over US influence over Europe.''',
     F, LC, CDG, "de Gaulle's act; 'the alliance's inner circle' = the integrated command (previous sentence)"),
    ("radionz", '''The command structure is responsible for strategic planning.''', N, NO, OUTLET, ""),
    ("radionz", '''President Nicolas Sarkozy told a defence conference on Wednesday that France needed to return to the heart of NATO to make its voice heard.''',
     A, RD, NS, "the page breaks this sentence over two lines after 'Wednesday'; joined with one space"),
    # ---- newsfront_euractiv (July 2024)
    ("newsfront_euractiv", '''Euractiv: NATO fears France may pull out of military command''', N, NO, "NATO",
     "a fear of a possible exit is reported, no position for or against is stated: NONE"),
    ("newsfront_euractiv", '''NATO fears that France may withdraw from the alliance’s military command after the victory of the “Rassemblement Nationale” led by Marine Le Pen in parliamentary elections.''',
     N, NO, "NATO", "fear / prediction of a command exit; nobody states a position in the sentence"),
    ("newsfront_euractiv", '''About it writes Euractiv.''', N, NO, OUTLET, ""),
    ("newsfront_euractiv", '''“A group of diplomats does not rule out a soft exit (of France from NATO. – RT), under which France would leave the alliance’s military command,” the report says.''',
     N, NO, "unnamed: group of diplomats", "prediction of a possible 'soft exit' by observers, not an exit call"),
    ("newsfront_euractiv", '''Following the results of the first round of elections in France, the National Rally party won.''', N, NO, OUTLET, ""),
    ("newsfront_euractiv", '''The coalition of the head of the republic Emmanuel Macron took the third place.''', N, NO, OUTLET, ""),
    # ---- afahc (encyclopedic course text)
    ("afahc", '''France’s relationship with NATO became strained after 1958, as President Charles de Gaulle increasingly criticized the organization’s domination by the United States and the intrusion upon French sovereignty by NATO’s many international staffs and activities.''',
     N, DR, CDG, "criticism of US domination of NATO, no exit in the sentence"),
    ("afahc", '''He argued that such “integration” subjected France to “automatic” war at the decision of foreigners.''',
     N, DR, CDG, "argument against military integration, but the sentence does not say France should leave the command (strict rule)"),
    ("afahc", '''In July 1966 France formally withdrew from the military command structure of NATO and required NATO forces and headquarters to leave French soil; nevertheless, de Gaulle proclaimed continued French adherence to the North Atlantic Treaty in case of “unprovoked aggression.”''',
     F, LC, CDG, "de Gaulle's act (he is the actor in context and named in the sentence); keeping the treaty makes it leave_command (guideline 4.3)"),
    ("afahc", '''After NATO moved its headquarters from Paris to Brussels, France maintained a liaison relationship with NATO’s integrated military staffs, continued to sit in the council, and continued to maintain and deploy ground forces in West Germany, though it did so under new bilateral agreements with the West Germans rather than under NATO jurisdiction.''',
     N, NO, OUTLET, ""),
    ("afahc", '''In 2009 France rejoined the military command structure of NATO.''', N, NO, OUTLET,
     "bare fact with the country as subject (guideline 4.4)"),
    # ---- dailykiran [run stops before the end of the excerpt: later sentences not taken]
    # (Sputnik, 13 April 2022)
    ("dailykiran", '''Le Pen pledges to leave NATO’s integrated command''', F, LC, MLP, ""),
    ("dailykiran", '''Paris, April 13 ( /Sputnik) Marine Le Pen, the leader of the French right-wing National Rally party, said on Wednesday that in the event of victory in the presidential runoff, she would withdraw France from NATO’s integrated military command structure, but would still adhere to the alliance’s Article 5 mutual protection commitment.''',
     F, LC, MLP, "dateline is part of the sentence; command exit while keeping Article 5: leave_command"),
    ("dailykiran", '''“If elected president, I will leave the [NATO] Integrated Command but will not renounce Article 5 on mutual protection between members of the Atlantic Alliance,” Le Pen said during a briefing on foreign policy and diplomacy.''',
     F, LC, MLP, ""),
    ("dailykiran", '''Le Pen also pledged to propose “a strategic rapprochement between NATO and Russia” as soon as the conflict in Ukraine is “resolved by peace treaty,” as it serves not only French and EU interests, but also benefits the ted States.''',
     N, DR, MLP, "NATO-Russia rapprochement; 'ted States' (= United States) is the page's typo, kept"),
    ("dailykiran", '''Discussing the European on, Le Pen noted that she wants to reform the bloc from within rather than conduct a “frexit.”''',
     N, NO, MLP, "'the bloc' = the EU ('European on' is the page's typo for European Union): other target (guideline 4.6)"),
    ("dailykiran", '''“I will repeat.''', N, NO, MLP, ""),
    ("dailykiran", '''This is not our project.''', N, NO, MLP, "'this' = a Frexit (EU), not NATO"),
    ("dailykiran", '''We want to reform the European on from the inside,” Le Pen said.''', N, NO, MLP, "EU, other target"),
    # ---- wapo_lepen (14 April 2022)
    ("wapo_lepen", '''PARIS — French presidential candidate Marine Le Pen called Wednesday for reconciliation between NATO and Russia, and reiterated a pledge to pull French personnel out of NATO’s integrated command if she is elected president on April 24.''',
     F, LC, MLP, "two positions in one sentence (rapprochement = distance; command exit = FAVOR): the exit call decides"),
    ("wapo_lepen", '''Predictions that President Emmanuel Macron may edge out Le Pen later this month by as little as four to six percentage points have unnerved the president’s supporters, as well as governments throughout Europe.''',
     N, NO, OUTLET, ""),
    ("wapo_lepen", '''The incumbent centrist trounced Le Pen by more than 30 percentage points in the 2017 presidential runoff.''', N, NO, OUTLET, ""),
    ("wapo_lepen", '''Le Pen’s comments were one of the strongest indications over the course of the campaign that a Le Pen presidency could fundamentally upend France’s role in Western alliances and pose a major strategic challenge for France’s traditional allies.''',
     N, NO, OUTLET, "the outlet's assessment of her comments (guideline 4.10)"),
    ("wapo_lepen", '''Even though Le Pen has condemned Russia’s invasion of Ukraine, she was widely seen as an ally of Russian President Vladimir Putin in the past.''',
     N, NO, OUTLET, "vague crowd attribution ('widely seen') = outlet's assessment"),
    ("wapo_lepen", '''Only days before the Russian invasion, Le Pen had attacked NATO’s founding principles.''', N, DR, MLP, ""),
    ("wapo_lepen", '''She appeared to soften her criticism of the military alliance in the wake of the invasion, but still signaled that her presidency would pose a challenge to the organization’s survival in its current form.''',
     N, DR, MLP, "criticism / challenge to NATO, no exit call"),
    ("wapo_lepen", '''In an interview, she said NATO should redirect its focus toward fighting Islamist extremism.''', N, DR, MLP,
     "reform of NATO's mission"),
    ("wapo_lepen", '''While polls suggest that most people in French support the alliance, NATO skepticism is widespread in French politics.''',
     N, NO, OUTLET, "polls and the outlet's analysis (guideline: polls are none)"),
    ("wapo_lepen", '''“The general opinion of the French public is actually more transatlantic than the political class would like it to be,” said Tara Varma, the head of the Paris office of the European Council on Foreign Relations.''',
     N, NO, "Tara Varma", "analyst describing public opinion, no position of her own"),
    ("wapo_lepen", '''France’s far-left and the far-right have both long criticized NATO as an alliance that largely revolves around the interests of the United States.''',
     N, DR, "French far left; French far right", ""),
    # ---- mutiny (garbled machine rewrite of a US report, 13 April 2022)
    ("mutiny", '''PARIS – Marine Le Pen, the French far-right candidate for Biden’s presidency, rejected her “herd-like harmony” with the Biden administration, on Wednesday that France would abandon NATO’s integrated military command if elected and seek the alliance’s “strategic rapprochement” with Russia.''',
     F, LC, MLP, "garbled sentence (verb of saying missing) but the content is her command-exit pledge"),
    ("mutiny", '''With Russia’s war in Ukraine raging, Ms. Le Pen has effectively implied that her election would end or at least disrupt President Biden’s united coalition vis-à-vis Russian President Vladimir Putin, possibly creating a breach in Western Europe for Putin’s exploitation.''',
     N, NO, OUTLET, "outlet's analysis of what she implied; no position on France's membership"),
    ("mutiny", '''Rejecting multilateralism, criticizing Germany, criticizing the European Union, prioritizing low-priority climate issues, attacking “globalization” and maintaining near-total silence about Russia’s brutal attack on Ukraine, Ms. Le Pen gave a taste of a worldview that was at one time reminiscent of Trump’s presidency and seemed to threaten Directly NATO’s attempts to arm Ukraine and defeat Russia.''',
     N, NO, OUTLET, "outlet's characterisation of her worldview"),
    ("mutiny", '''A sway to the far right by France, the nuclear power and permanent member of the United Nations Security Council, would reorganize the world, with unexpected and devastating consequences.''',
     N, NO, OUTLET, ""),
    ("mutiny", '''At a massive 75-minute press conference devoted to international relations, apparently designed to bolster her credentials on the world stage, Ms Le Pen said France would remain in NATO and respect Basic Article 5, which states that an attack on one alliance member is an attack on all. .''',
     A, ST, MLP, "alone in its sentence, her statement is only about staying in the alliance (her command exit is in the next sentence): stay; stray '. .' kept"),
    ("mutiny", '''But she added: “I will not put our forces under a unified NATO command or under a European command.”''', F, LC, MLP,
     "implicit exit from the command (guideline 4.9)"),
    ("mutiny", '''Her position, she said, was not “subject to the American protectorate exercised on European soil under the guise of NATO” – a position she compared to the position taken by General Charles de Gaulle in 1966, when he drove France out of an integrated NATO army. leadership, where he remained until 2009.''',
     F, LC, MLP, "she likens her position to de Gaulle's 1966 exit from the integrated command: command exit; the stray '. ' inside ('army. leadership') is a rewriting error, kept as one sentence"),
    # ---- newzino [run stops before the end of the excerpt: later sentences not taken]
    # (section on 1966 in a 2026 story on NATO command restructuring); section labels
    # "March 1966What Happened", "Outcome", "Why It's Relevant Today" are not sentences and are left out
    ("newzino", '''France Withdraws from NATO Military Command (1966)''', N, NO, OUTLET,
     "section heading stating a historical fact with the country as subject"),
    ("newzino", '''President Charles de Gaulle withdrew France from NATO's integrated military structure, citing concerns about US dominance and fears of being drawn into American conflicts like Vietnam.''',
     F, LC, CDG, ""),
    ("newzino", '''France remained a political member of the alliance but removed its forces from NATO command and expelled NATO headquarters from Paris.''',
     N, NO, OUTLET, "historical fact with the country as subject and no actor named in the sentence (guideline 4.4)"),
    ("newzino", '''NATO relocated its headquarters to Brussels.''', N, NO, OUTLET, ""),
    ("newzino", '''France signed the Ailleret-Lemnitzer agreements in 1967, which clarified how French forces would cooperate with NATO in a European crisis.''',
     N, NO, OUTLET, ""),
    ("newzino", '''France remained outside the integrated command for 43 years, rejoining fully in 2009 under President Sarkozy.''',
     N, NO, OUTLET, "bare fact; 'under President Sarkozy' dates the return, it does not narrate Sarkozy doing it"),
    # ---- ebsco [run stops before the end of the excerpt: later sentences not taken]
    # (research starter on 1965-66)
    ("ebsco", '''France Withdraws from NATO's Military Structure''', N, NO, OUTLET, "headline: historical fact with the country as subject"),
    ("ebsco", '''In September 1965, French President Charles de Gaulle announced France's intention to withdraw from NATO's integrated military structure, a move that shocked Western allies and raised concerns about the stability of the alliance.''',
     F, LC, CDG, ""),
    ("ebsco", '''De Gaulle's decision stemmed from his belief that France was losing its independence in foreign policy due to U.S. dominance within NATO and concerns about being drawn into the Vietnam War.''',
     N, DR, CDG, "the rationale of the decision (criticism of US dominance), not the act itself"),
    ("ebsco", '''By 1966, he formalized France's withdrawal process, which included the removal of French troops from NATO command and the relocation of NATO headquarters from Paris.''',
     F, LC, CDG, ""),
    ("ebsco", '''Despite this withdrawal, France remained a member of the Atlantic Alliance.''', N, NO, OUTLET, "bare fact"),
    # ---- washtimes (23 March 2009)
    ("washtimes", '''French President Nicolas Sarkozy’s parliamentary victory last week that will return France to NATO’s integrated military command encountered fierce domestic opposition, and analysts say it is unlikely to result in a bigger French contribution to the Afghanistan war.''',
     N, NO, OUTLET, "the return is the subject, but the sentence reports unnamed opposition and analysts' prediction; no holder's position is stated"),
    ("washtimes", '''“Afghanistan will of course be a central issue when President Obama comes to Europe in the beginning of April,” said Bruno Tertrais, a research fellow at the Foundation for Strategic Research, a Paris think tank.''',
     N, NO, "Bruno Tertrais", ""),
    ("washtimes", '''“Yet I don’t think it will be a test for France’s new commitment to NATO.”''', N, NO, "Bruno Tertrais", ""),
    ("washtimes", '''France has about 3,000 soldiers in Afghanistan - 700 more than a year ago - and has “no plans at all” to increase that deployment, said Emmanuel Lenain, a spokesman for the French Embassy in Washington.''',
     N, NO, "Emmanuel Lenain", ""),
    ("washtimes", '''He added that there is “no link” between French troop levels and the reintegration to NATO’s military command.''', N, NO, "Emmanuel Lenain", ""),
    ("washtimes", '''Parliament made the decision in a 329-238 vote Tuesday, four decades after President Charles de Gaulle sought to underline French independence by withdrawing from NATO’s military command while remaining a political member of the alliance.''',
     A, RD, "French National Assembly", "main clause: Parliament's vote approving the return (decision); the de Gaulle clause is background"),
    ("washtimes", '''Mr. Sarkozy, however, signaled from the start of his presidency two years ago that he was ready to return France to the alliance’s command structure, in part to overcome the bitterness left by the U.S. invasion of Iraq.''',
     A, RD, NS, ""),
    ("washtimes", '''“A state alone, a solitary nation, is a nation without influence, and if we want to count for something we have to know how to bind ourselves to allies and friendship,” Mr. Sarkozy said at a recent defense seminar in Paris.''',
     A, RD, NS, "argument for binding France to its allies, said in defence of the return (context): rejoin_or_deepen"),
    ("washtimes", '''Mr. Sarkozy’s comments failed to convince staunch opponents of NATO’s reintegration, on both sides of the political spectrum.''',
     F, LC, "unnamed: opponents of the reintegration on left and right",
     "the sentence states the opponents' position (opposing the 2009 return = FAVOR, guideline 4.1)"),
    ("washtimes", '''“No to France’s return into NATO.''', F, LC, NDA, "slogan; author resolved forwards ('The motto came from Nicolas Dupont-Aignan'); opposing the return"),
    ("washtimes", '''Yes to a free France,” read signs in Parisian streets posted before the parliamentary vote.''', N, DR, NDA,
     "sovereignty slogan tied to the NATO return, no exit call in this sentence"),
    ("washtimes", '''The motto came from Nicolas Dupont-Aignan, a Gaullist member of the National Assembly.''', N, NO, OUTLET,
     "only says who authored the motto (guideline 5: narration)"),
    # (13 January 2026); the run ends before the French lines of the embedded tweet
    # ---- eurodipl_2026 [run stops before the end of the excerpt: later sentences not taken]
    # (9 January 2026); the French lines of the embedded tweet (and its signature
    # and a widget URL) are not English and are left out of the run
    ("eurodipl_2026", """Brussels 09.01.2026 France may leave NATO due to Trump’s “America First” policies: Parliament’s Vice-President Clémence Guetté submits proposal.""",
     F, LA, CG, "headline-like lead: submitting a proposal to leave NATO is her act (guideline 4.3)"),
    ("eurodipl_2026", """“Donald Trump and the US empire are a threat to world peace.""", N, NO, CG,
     "criticism of the US, not of the alliance"),
    ("eurodipl_2026", """It is urgent that France regain its strategic independence and redeploy its international influence” she wrote on her X page.""",
     N, DR, CG, "strategic independence, no exit call in the sentence"),
    ("eurodipl_2026", """Clémence Guetté (La France Insoumise (LFI) group) submitted a proposal for France to withdraw from NATO, citing U.S. actions during Trump’s presidency, which disregarded the legitimate insterests of the other nations.""",
     F, LA, CG, "typo 'insterests' kept"),
    ("eurodipl_2026", """She accuses the U.S. of kidnapping the Venezuelan president, threatening annexing Greenland, and supporting genocide in Palestine.""",
     N, NO, CG, ""),
    # ---- newsaz (17 January 2026)
    ("newsaz", """For the first time, a proposal to withdraw France from NATO has been officially placed on the agenda of the French National Assembly, according to Clémence Guetté, Vice President of the Assembly and member of the left-wing party La France Insoumise (LFI).""",
     N, NO, CG, "procedural news about the proposal (it is on the agenda); the sentence does not state anyone's call"),
    ("newsaz", """Guetté said the initiative is motivated by growing concerns that the United States is pursuing policies that undermine international law and European sovereignty.""",
     N, DR, CG, "rationale of the exit initiative, not the exit call itself (as seed 002 s004)"),
    ("newsaz", """She cited actions such as the abduction of Venezuelan President Nicolás Maduro, threats to other sovereign states, sanctions on European officials, and pressure on NATO members to increase defense spending that benefits the U.S. arms industry, News.Az reports, citing foreign media.""",
     N, DR, CG, "mostly US criticism, but one item is US pressure inside NATO: distance_or_reform"),
    ("newsaz", """Remaining in a U.S.-led military alliance, Guetté argued, exposes France to strategic dependence and could drag the country into conflicts against its interests.""",
     F, LA, CG, "argument that staying in the alliance is harmful, by the exit's advocate (guideline 4.7)"),
    ("newsaz", """She claims that leaving NATO would restore France’s military and diplomatic independence while allowing it to play a stronger role in international peace-building through platforms such as the Francophonie, UN, and OSCE.""",
     F, LA, CG, "argument that exit would be beneficial (guideline 4.7)"),
    ("newsaz", """The proposal comes as France’s center-left and LFI coalition holds the largest share in the National Assembly, while the right-wing National Rally has also criticized NATO in the past, making a phased withdrawal politically plausible.""",
     N, NO, OUTLET, "outlet's analysis of the proposal's chances (guideline 4.10)"),
    ("newsaz", """President Emmanuel Macron has previously warned that the U.S. is increasingly turning away from some allies and has called for the EU to pursue greater strategic autonomy amid global geopolitical shifts.""",
     N, DR, EM, "strategic autonomy"),
    # ---- nournews [run stops before the end of the excerpt: later sentences not taken]
    # (Paris rally of Les Patriotes, early September 2025); the run starts at the first
    # body sentence shown; the trailing agency tag "MNA" is left out
    ("nournews", """Footage showed protesters on Saturday marching through the French capital while chanting 'Macron out.'""", N, NO, OUTLET, ""),
    ("nournews", """The crowd could also be seen carrying their national flag and banners reading; 'Frexit' and 'stop NATO's warmongers.'""",
     N, DR, "unnamed: protesters", "banner slogans: 'Frexit' is the EU, 'stop NATO's warmongers' criticises NATO; no NATO exit in the sentence"),
    ("nournews", """Philippot voiced strong opposition to deploying French troops to Ukraine for a "post-conflict peacekeeping mission," arguing that such a move would risk drawing France into war and endangering its soldiers.""",
     N, NO, "Florian Philippot", "troops to Ukraine, not NATO membership"),
    ("nournews", """"I don't see what French interest we're defending in Ukraine.""", N, NO, "Florian Philippot", ""),
    ("nournews", """We're shooting ourselves in the foot.""", N, NO, "Florian Philippot", ""),
    ("nournews", """No, we'll defend the interests of the European oligarchy, the personal interests of Macron and Von der Leyen," he claimed.""",
     N, NO, "Florian Philippot", ""),
    ("nournews", """Philippot advocated for a cessation of military and financial aid to Kiev as the first steps to be taken by the country's next administration should the French government collapse following the September 8 confidence vote.""",
     N, NO, "Florian Philippot", ""),
    ("nournews", """"We must leave the European Union and leave NATO.""", F, LA, "Florian Philippot", ""),
    ("nournews", """It is the only real, true break necessary to prevent war and move towards peace," he added.""", F, LA, "Florian Philippot",
     "'It' = leaving the EU and NATO (previous sentence): argument that exit is beneficial (guideline 4.7)"),
    # ---- urdupoint (late 2019)
    ("urdupoint", """Macron Says 'Brain Death' Comment May Have Been 'Wake-Up Call' Needed By NATO""", N, DR, EM, ""),
    ("urdupoint", """French President Emmanuel Macron said Thursday his comments about NATO experiencing "brain death" may have been a wake-up call for the alliance""",
     N, DR, EM, "lead without a final full stop; complete sentence"),
    ("urdupoint", """The statement made in an interview with the Economist in early November has led to a flurry of responses from allies defending NATO.""",
     N, NO, OUTLET, "allies defending NATO in general, not France's membership"),
    ("urdupoint", """"So maybe we needed a wake-up call to continue and I am pretty glad about it, that it was the case," Macron told a press conference, regarding his comment.""",
     N, DR, EM, ""),
    ("urdupoint", """He remarked, however, that he stood by his statement.""", N, DR, EM, "'his statement' = NATO 'brain death' (context): he maintains the criticism"),
    # ---- magazine_co [run stops before the end of the excerpt: later sentences not taken]
    # (machine translation of a French report, November 2019); reading-time and
    # subscriber labels and a photo caption between the subheading and the body are left out
    ("magazine_co", """why Macron thinks NATO is in a state of "brain death\"""", N, DR, EM, ""),
    ("magazine_co", """The remarks of the Head of State surprise, in full commemoration of the 30 years of the fall of the Berlin Wall.""", N, NO, OUTLET, ""),
    ("magazine_co", """"What we are experiencing is the brain death of NATO.""", N, DR, EM, ""),
    ("magazine_co", """You have to be lucid. \"""", N, DR, EM, "continuation of the 'brain death' quotation (guideline 2: ellipsis resolved to the NATO criticism)"),
    ("magazine_co", """Emmanuel Macron provokes the debate among his allies, in a very long interview devoted to the sovereignty of Europe granted to The Economist on October 21st, and published Thursday, November 7th by the British weekly, in English and French.""",
     N, NO, OUTLET, ""),
    ("magazine_co", """of the "Radical words" for Chancellor Angela Merkel, who broke off unusually from her counterpart.""", N, NO, OUTLET,
     "garbled translation (sentence starts in lower case), kept verbatim"),
    ("magazine_co", """"I do not think that such an inopportune judgment is necessary, did she react to Berlin, even if we have problems, even if we have to pull ourselves together.""",
     N, NO, "Angela Merkel", "Merkel rejects Macron's judgment on NATO; no position on France's membership"),
    ("magazine_co", """NATO remains vital to our security. \"""", N, NO, "Angela Merkel",
     "pro-NATO statement by the German chancellor about 'our' (German/European) security, not about France staying: none"),
    # ---- telos [run stops before the end of the excerpt: later sentences not taken]
    # (poll analysis, 25 June 2026); "edit" button next to the title left out
    ("telos", """The French, Europe, and the West""", N, NO, OUTLET, ""),
    ("telos", """An opinion poll by Tolula-Harris-Interactive provides a wealth of information on how the French view their place in the new international context[1].""",
     N, NO, OUTLET, "footnote marker '[1]' kept"),
    ("telos", """When asked how they perceive different countries in terms of their friend-or-foe relationship with France, three categories of countries can be distinguished.""",
     N, NO, OUTLET, ""),
    ("telos", """First, European countries.""", N, NO, OUTLET, ""),
    # ---- spacewar [run stops before the end of the excerpt: later sentences not taken]
    # (AFP, February 2025); the run starts at the first body sentence shown; the run
    # stops after Lecornu's quotation
    ("spacewar", """Sebastien Lecornu said NATO allies needed to think long-term and beef up their defence industries as Washington demands that Europe take security into its own hands.""",
     N, NO, "Sébastien Lecornu", "burden-sharing / defence industry, no position on France's place in NATO"),
    ("spacewar", """"It's a crucial moment of truth," Lecornu told reporters ahead of a NATO meeting in Brussels.""", N, NO, "Sébastien Lecornu", ""),
    ("spacewar", """"People call it the most important, the strongest military alliance in history.""", N, NO, "Sébastien Lecornu", ""),
    ("spacewar", """That's historically true -- but the question is, will it still be true 10 or 15 years from now.\"""", N, DR, "Sébastien Lecornu",
     "questions NATO's future strength; not about France leaving"),
    # ---- brecorder [run stops before the end of the excerpt: later sentences not taken]
    # (AFP, late April 2024); an inline "read also" link ("France’s foreign minister looks
    # to prevent Israel-Hezbollah conflict escalation in Lebanon visit") inside the run is left out
    ("brecorder", """BERLIN: Stronger European cooperation on defence would act as "a second life insurance policy" alongside the NATO alliance, French Foreign Minister Stephane Sejourne said Sunday.""",
     N, DR, "Stéphane Séjourné", "European defence as a complement to NATO; the sentence does not say France should stay (symmetric strictness)"),
    ("brecorder", """In an interview with German daily Die Welt, Sejourne called for greater "standardisation of weapons systems on a European level".""",
     N, DR, "Stéphane Séjourné", "European defence integration (strategic autonomy)"),
    ("brecorder", """This did not mean having "competing standards" within NATO but "strengthening the European pillar" of the military alliance, Sejourne said.""",
     N, DR, "Stéphane Séjourné", "reform inside NATO (European pillar); not a call for France to integrate more deeply"),
    ("brecorder", """"The development of the European defence industry should not be a substitute, but a complement" to NATO, the minister said.""",
     N, DR, "Stéphane Séjourné", "autonomy framed as complementary to NATO; no explicit stay/exit position"),
    ("brecorder", """"We have to take out a second life insurance policy alongside NATO," he said.""", N, DR, "Stéphane Séjourné", ""),
    ("brecorder", """Concerns over the United States' commitment to NATO in the event of former president Donald Trump's re-election this year have precipitated discussions over Europe's military readiness.""",
     N, NO, OUTLET, ""),
    ("brecorder", """Washington would remain a strong partner in defence, but Europe needed to develop its own "sovereignty and strategic autonomy", the minister said.""",
     N, DR, "Stéphane Séjourné", "strategic autonomy"),
    ("brecorder", """Sejourne echoed a message delivered by French President Emmanuel Macron in a speech at the Sorbonne University in Paris on Thursday.""",
     N, NO, OUTLET, "only says that he echoed a message (content in the next sentences)"),
    # ---- sunsentinel (The New York Times, 9 June 1996); byline line left out
    ("sunsentinel", """France To Resume Its Role In Nato""", A, RD, "Jacques Chirac",
     "headline summarising Chirac's (conditional) announcement in the lead: return to NATO's military structures"),
    ("sunsentinel", """PARIS - — President Jacques Chirac said Saturday that France would rejoin all the military structures of NATO from which it pulled out in 1966 if the alliance's decision last week to give European countries a stronger leadership role was fully carried out.""",
     A, RD, "Jacques Chirac", "conditional rejoining is still a position for the return (the condition is NATO reform)"),
    ("sunsentinel", """French officials said it would take about a year for NATO to draw up detailed contingency plans for the new command procedures on which its foreign ministers agreed last Monday in Berlin, and that Chirac could then make the decision to end France's 30-year estrangement.""",
     N, NO, "unnamed: French officials", "timetable / prediction, no position stated"),
    ("sunsentinel", """The foreign ministers of NATO countries approved plans to give a European defense organization, the Western European Union, the ability to use NATO command structures, heavy transport aircraft, and other assets in European-led military operations in regional crises even when the United States preferred not to become involved.""",
     N, NO, "NATO foreign ministers", "NATO decision on European operations, not about France's membership"),
    ("sunsentinel", """"The decision, to the extent that it becomes reality, opens the way to full and complete French participation in the structures of an alliance whose principles and operating procedures will have been profoundly transformed," Chirac said in a defense policy speech.""",
     A, RD, "Jacques Chirac", "conditional full participation in NATO's structures = return to the integrated command"),
    ("sunsentinel", """U.S. officials have welcomed the French moves closer to the alliance, even while insisting that they find it hard to imagine any NATO military operation the United States would not want to join.""",
     A, RD, "unnamed: U.S. officials", "welcoming France's moves back towards the military structure = backing the return"),
    ("sunsentinel", """Abandoning the go-it-alone policy adopted by Charles de Gaulle 30 years ago, Chirac has committed France to developing European defense strategy within the U.S.-led alliance.""",
     A, RD, "Jacques Chirac", "Chirac's commitment (decision) to work inside the alliance, abandoning de Gaulle's policy: rejoin_or_deepen"),
    ("sunsentinel", """France announced last December that it would take part in meetings of NATO defense ministers and military chiefs of staff in which it had not participated since 1966, on condition that the alliance transform itself to reflect changes since the cold war ended, including a diminished U.S. military presence in Europe.""",
     A, RD, FRGOV, "an announcement attributed to France (the government): deeper participation in NATO's military bodies (decision)"),
    # ---- baltsun_afsouth [run stops before the end of the excerpt: later sentences not taken]
    # (13 October 1996); a promotional banner above the headline is left out
    ("baltsun_afsouth", """France at odds with U.S. over command of NATO French want a European to lead southern unit""", N, DR, FRGOV,
     "headline and deck run together on the page, kept as one segment; demand to reform NATO's command"),
    ("baltsun_afsouth", """PARIS -- Prospects that France will rejoin NATO's military command structure have been seriously set back, French officials say, by Washington's refusal to consider putting a European officer in charge of the alliance's southern command, which includes the U.S. 6th Fleet.""",
     N, NO, "unnamed: French officials", "assessment of the prospects of a return, no position stated"),
    ("baltsun_afsouth", """"Either the Americans give in or we don't go in," a high-ranking Defense Ministry official said, referring to the unified command structure from which Charles de Gaulle withdrew in 1966 in protest against U.S. domination.""",
     N, DR, "unnamed: high-ranking French Defense Ministry official",
     "conditional refusal to re-enter the command unless NATO is reformed: a reform demand, neither a call to stay out nor to go back"),
    ("baltsun_afsouth", """President Jacques Chirac softened that position a year ago, saying France would return to full military participation if the alliance were modified to reflect greater European military self-reliance in the post-Cold War era.""",
     A, RD, "Jacques Chirac", "conditional return to the command"),
    ("baltsun_afsouth", """Chirac's pledge was warmly welcomed at the time by the United States, even though the three-decade estrangement has been as much symbolic as practical.""",
     A, RD, "United States", "the US welcoming the pledge to return = backing the return (reaction, guideline 4.10)"),
    ("baltsun_afsouth", """France has continued to be a partner in the alliance and has contributed a large share of the NATO force now deployed in Bosnia.""", N, NO, OUTLET, "bare fact"),
    # ---- ukparl [run stops before the end of the excerpt: later sentences not taken]
    # (Defence Committee report 1998-99); the page wraps lines inside sentences: wrapped
    # lines are joined with one space; the section heading "FRANCE" is left out; paragraph numbers kept
    ("ukparl", """80. A further element that will play in this debate will be France's role within an enlarged and reformulated NATO.""", N, NO, OUTLET,
     "paragraph number '80.' kept as printed"),
    ("ukparl", """French defence policy has been in the process of major reorientation since the end of the Gulf conflict in 1991.""", N, NO, OUTLET, ""),
    ("ukparl", """French politicians have long accepted the need to embrace a reformed NATO as a pre-requisite to effective security in contemporary Europe.""", N, NO, OUTLET,
     "vague attribution ('French politicians') used as the committee's own assessment (guideline 5)"),
    ("ukparl", """Indeed, intense French concerns with security in the Mediterranean, and Southern European, theatres has increased its stake in a successful evolution of the Alliance to help France address those issues.""",
     N, NO, OUTLET, ""),
    ("ukparl", """In addition, Paris is keen to further develop its role in peacekeeping and humanitarian intervention, where the use of NATO assets is difficult to avoid.[172]""",
     N, NO, OUTLET, "footnote marker kept"),
    ("ukparl", """If this suggests, however, that there is no objective reason why France should not re-enter the Integrated Military Structure and resume its place as a full Alliance member, then it underestimates the symbolic importance to Paris of making such a move.""",
     N, NO, OUTLET, "conditional analysis of why re-entry is hard; no position taken in this sentence"),
    ("ukparl", """Prior to 1997, such re-integration was regarded as inevitable and French politicians actively fed such a perception.""", N, NO, OUTLET, ""),
    ("ukparl", """The dispute over command of NATO AFSOUTH in the autumn of 1996, however, proved to be a considerable setback and something of a humiliation to President Chirac.""",
     N, NO, OUTLET, ""),
    ("ukparl", """Its aftermath has effectively ruled out any early formal re-entry of France into the IMS or the Nuclear Planning Group.[173]""", N, NO, OUTLET, "outlet's assessment"),
    ("ukparl", """Earlier French enthusiasm for a reformed NATO has cooled since the beginning of 1997 and a France that is 'in, but not integrated' into NATO, in the words of the French Defence Minister Alain Richard in 1997, seems to be the limit of what Paris is now prepared to offer.[174]""",
     F, LC, FRGOV, "debatable: Paris's 1997 line (in Alain Richard's words) is to stay in the alliance but outside the integrated command, i.e. against reintegration (guideline 4.1 by analogy)"),
    ("ukparl", """However, we would welcome France formally re-entering NATO's Integrated Military System whenever it feels it is prepared to do so.""",
     A, RD, "UK House of Commons Defence Committee", "a foreign body wants France back in the integrated command: rejoin_or_deepen"),
    # ---- ndu_tiersky [run stops before the end of the excerpt: later sentences not taken]
    # (NDU book chapter, 1998); author line "Ronald Tiersky" left out
    ("ndu_tiersky", """French Gamesmanship and the Future of the Alliance: The Case of Allied Forces Southern Europe""", N, NO, OUTLET, ""),
    ("ndu_tiersky", """The dispute over the French proposal on who should command AFSOUTH—the Allied Forces Southern Europe NATO command headquartered in Naples—reignited acrimonious Franco-U.S. diplomatic relations.""",
     N, NO, OUTLET, ""),
    ("ndu_tiersky", """But why exactly does AFSOUTH matter so much?""", N, NO, OUTLET, ""),
    ("ndu_tiersky", """The reason is a larger story than AFSOUTH itself.""", N, NO, OUTLET, ""),
    ("ndu_tiersky", """The fact is that long-term issues are at stake, more significant than the Naples functional command itself.""", N, NO, OUTLET, ""),
    # ---- euobs_zemmour (December 2021); byline "By EUobserver" left out
    ("euobs_zemmour", """French far-right presidential contender Eric Zemmour said in a campaign speech Sunday "if I win this election, it won't be another rotation of power but a reconquest of the greatest country in the world", echoing the military expulsion of Muslims from medieval Spain in the so-called Reconquista.""",
     N, NO, EZ, ""),
    ("euobs_zemmour", """He also pledged to cut taxes and pull France out of Nato, amid violent scuffles with anti-Zemmour protesters in the Congress hall.""",
     F, LA, EZ, "the sentence says 'out of Nato' (his programme was the command only): labelled as the sentence states it (as held-out h013)"),
    # ---- fvbb_ap (AP, 19 June 2024); the deck above the dateline (a near-verbatim copy of the first
    # sentence) is left out, the run starts at the dateline sentence and ends before a cut-off sentence
    ("fvbb_ap", """VILLEPINTE, France — The far-right leader angling to become prime minister after France’s upcoming parliamentary election backtracked Wednesday on his party’s previous promise to pull out of NATO’s strategic military command.""",
     N, NO, JB, "setting aside his party's exit pledge is reported, without a reason or a stay argument in this sentence: deferral-like, NONE (guideline 4.2)"),
    ("fvbb_ap", """National Rally President Jordan Bardella said at the Eurosatory arms show outside Paris in Villepinte that he “doesn’t plan to question the commitments France has made on the international stage” if voters give his party a majority that enables him to lead a new government, in what would be an awkward power-sharing arrangement with President Emmanuel Macron.""",
     N, NO, JB, "'doesn't plan to question the commitments' = not on the agenda: deferral, NONE (guideline 4.2)"),
    ("fvbb_ap", """Referring to Russia's full-scale invasion of Ukraine, Bardella said that «France mustn’t leave NATO’s military command while we are at war, because it would considerably weaken France’s responsibility on the European scene and, obviously, its credibility with regard to its allies.”""",
     A, ST, JB, "argument that leaving the command now would be harmful (guideline 4.7; 'To leave NATO now ... is suicide' type), not a bare deferral; mixed quotation marks kept"),
    ("fvbb_ap", """The comments pulled back from a campaign promise made by his party in its manifesto for the 2022 French presidential election.""", N, NO, OUTLET, ""),
    ("fvbb_ap", """“The priority will be to leave the integrated NATO command,” the 2022 manifesto read, a move that would have taken French military staff out of the NATO body that plans operations, and weakened France’s role and influence within NATO.""",
     F, LC, "National Rally (RN)", "quoted 2022 manifesto (the party is the holder); the outlet's appended assessment does not change the quoted position"),
    ("fvbb_ap", """The latest about-face comes as the National Rally is toning down previously announced positions in an attempt to win voters outside of its traditional base before the June 30 and July 7 two-round parliamentary election — the party’s first real chance of forming a government.""",
     N, NO, OUTLET, "outlet's analysis (guideline 4.10)"),
    # ---- tass_bardella (29 March 2024); the subheading (a near-copy of a body sentence) is skipped by
    # starting the run at the body; the dateline "BRUSSELS, March 29. /TASS/." is its own segment and left out
    ("tass_bardella", """The leader of France's right-wing National Rally party Jordan Bardella said that if he comes to power, he will take France out of NATO’s integrated command, but only after the conflict in Ukraine is over.""",
     F, LC, JB, "deferral that keeps the aim in the same sentence (guideline 4.2)"),
    ("tass_bardella", """"The proposal we've always advocated <…> did not factor in war," he told Politico.""", N, NO, JB,
     "justifies the postponement; no aim stated in this sentence"),
    ("tass_bardella", """The politician poined out that his party would support the withdrawal of France from NATO’s integrated command in the 2027 presidential election only if the conflict in Ukraine ends.""",
     F, LC, JB, "conditional, but the command exit stays the aim (guideline 4.2); typo 'poined' kept"),
    ("tass_bardella", """"You don't change treaties in wartime," Bardella added.""", N, NO, JB, "deferral without a kept aim in the sentence (guideline 4.2)"),
    ("tass_bardella", """Earlier, Marine Le Pen, the 2022 presidential candidate of the National Rally party, voiced the intention to withdraw France from NATO’s integrated command.""",
     F, LC, MLP, ""),
    ("tass_bardella", """She emphasized that she would like to propose to the countries of the alliance to carry out a strategic rapprochement with Russia.""", N, DR, MLP, ""),
    ("tass_bardella", """France was at the origin of the North Atlantic Treaty, which laid the foundation for NATO.""", N, NO, OUTLET, ""),
    ("tass_bardella", """In 1966, by a decision of the then President Charles de Gaulle, France withdrew from NATO’s integrated command, maintaining a presence only in the political structure of the organization in the context of the conflict with the United States.""",
     F, LC, CDG, "'by a decision of ... de Gaulle': his act (guideline 4.3)"),
    ("tass_bardella", """At the time, the alliance's headquarters was moved from Paris to Brussels, and US military bases in France were closed.""", N, NO, OUTLET, ""),
    ("tass_bardella", """In 2009, under President Nicolas Sarkozy, Paris fully restored its membership in NATO.""", N, NO, OUTLET,
     "historical fact with a place name as subject; 'under President Sarkozy' only dates it (contrast: 'by a decision of de Gaulle' above)"),
    # ---- am1_lemonde [run stops before the end of the excerpt: later sentences not taken]
    # (Le Monde in English, 10 July 2024; NATO summit, France's membership not at stake)
    ("am1_lemonde", """A discreet arrival, closed-door talks and no scheduled press conference.""", N, NO, OUTLET, ""),
    ("am1_lemonde", """Emmanuel Macron, who typically likes to take advantage of his participation to major international events, kept a low profile on Wednesday, July 10, the first day of the NATO summit in Washington.""",
     N, NO, OUTLET, ""),
    ("am1_lemonde", """In the midst of a political crisis following the dissolution of the Assemblée Nationale, the French president arrived late in the morning, after his counterparts.""",
     N, NO, OUTLET, ""),
    ("am1_lemonde", """He had skipped the previous day's ceremony marking the alliance's 75th anniversary, attended by Joe Biden and all the NATO heads of state and government.""",
     N, NO, OUTLET, ""),
    ("am1_lemonde", """The summit intends to strengthen the alliance's support for Ukraine, which has been under Russian invasion for thirty months.""", N, NO, OUTLET, ""),
    # ---- franceintheus (Sarkozy at the North Atlantic Council, Strasbourg, 4 April 2009); the
    # place/date line and the salutation "My dear friends, Secretary-General," are left out; run ends
    # after "Everyone here can count on France..."
    ("franceintheus", """North Atlantic Council – Speech by Nicolas Sarkozy, President of the Republic""", N, NO, OUTLET, "title"),
    ("franceintheus", """I shall be very brief because we’re running very late.""", N, NO, NS, ""),
    ("franceintheus", """A few words: first of all for Germany and France, welcoming you is symbolic.""", N, NO, NS, ""),
    ("franceintheus", """NATO is an organization serving peace: not war, peace.""", N, NO, NS,
     "general praise of NATO; it does not say where France should stand (strict rule, symmetric to FAVOR)"),
    ("franceintheus", """And the fact that Germany and France are together hosting this meeting clearly demonstrates this desire for peace.""", N, NO, NS, ""),
    ("franceintheus", """Understanding, friendship between Germany and France isn’t simply a choice, it’s a duty.""", N, NO, NS, ""),
    ("franceintheus", """Between us we suffered millions of deaths and our two countries’ leaders’ duty is to promote our two peoples’ friendship as a treasure, perhaps the most precious, most necessary treasure in Europe.""",
     N, NO, NS, ""),
    ("franceintheus", """So France is resuming her full place in the Alliance because France’s position was no longer understood.""", A, RD, NS,
     "the return announced and justified by its author"),
    ("franceintheus", """We are part of the family, we are in the family.""", A, RD, NS,
     "continues the justification of the full return (previous sentence): France belongs inside NATO"),
    ("franceintheus", """We are allies; we are friends.""", N, NO, NS, "affirmation of friendship, no position on France's place in NATO stated"),
    ("franceintheus", """We have our convictions, we want to be independent allies and friends.""", N, DR, NS, "independence inside the alliance"),
    ("franceintheus", """Everyone here can count on France, and France knows she can count on everyone around this table.""", N, NO, NS,
     "solidarity pledge without doubts to answer or a statement about staying: none (contrast the Macron loyalty item in 'particle')"),
    # ---- csmonitor_greece (20 October 1980; another country's command exit and return: none)
    ("csmonitor_greece", """Greece OKs plan to rejoin military wing of NATO""", N, NO, "Greece", "another country's return (guideline 4.5)"),
    ("csmonitor_greece", """Greece has accepted a proposal to rejoin the military wing of the North Atlantic Treaty Organization.""", N, NO, "Greece", ""),
    ("csmonitor_greece", """Greece pulled out of NATO's military wing in August 1974 to protest Turkey's invasion of Cyprus.""", N, NO, "Greece",
     "another country's exit, with its reason (guideline example 11)"),
    ("csmonitor_greece", """Since then, Greece and Turkey have disagreed over who should wield operational control in the Aegean.""", N, NO, OUTLET, ""),
    ("csmonitor_greece", """Details of the plan have not been disclosed, but will require unanimous approval of the 14 other NATO members.""", N, NO, OUTLET, ""),
    ("csmonitor_greece", """Greek sources say the NATO supreme commander, Gen. Bernard Rogers, has persuaded Turkey's military rulers to lift their veto on Greece's return to the military wing.""",
     N, NO, "unnamed: Greek sources", ""),
    ("csmonitor_greece", """The sources believe the plan provides for the issue of operational control in the Aegean to be settled after Greece's return.""",
     N, NO, "unnamed: Greek sources", ""),
    # ---- balnearios [run stops before the end of the excerpt: later sentences not taken]
    # (machine translation of Le Monde, 25 March 2022); a photo caption and a "Read also"
    # link inside the run are left out
    ("balnearios", """Jean-Luc Mélenchon, Marine Le Pen and Fabien Roussel reject their ambition to take France out of NATO at the end of the war in Ukraine""",
     N, NO, "Jean-Luc Mélenchon; Marine Le Pen; Fabien Roussel",
     "garbled translation (original: they postpone the ambition until the end of the war); as written it reports setting the exit aside: deferral, NONE"),
    ("balnearios", """“It is no longer the news to leave NATO today, of course”, conceded the communist candidate for the presidential election, Fabien Roussel, on the set of France 2, Thursday, March 24.""",
     N, NO, "Fabien Roussel", "deferral ('not on the agenda today'), no aim kept (guideline 4.2)"),
    ("balnearios", """A few seconds earlier, the deputy from the North nodded while listening to the journalist Léa Salamé point out, in her program, a measure providing for “to leave NATO and even dismantle it”.""",
     F, LA, "Fabien Roussel", "'her program' is the translation's error for his programme; nodding to his programme's measure 'leave NATO and even dismantle it' = endorsing the exit"),
    ("balnearios", """“We will see what the outcome of this conflict will be”declared Mr. Roussel, before proposing the construction of a “other collective security treaty” in Europe and worldwide.""",
     N, DR, "Fabien Roussel", "deferral plus an alternative security treaty (distance from NATO), no exit call; missing space kept"),
    ("balnearios", """A month after the start of the Russian military invasion of Ukraine, the candidates most critical of France’s presence in the integrated military command of the Atlanticist organization are overtaken by the near operational impossibility of envisaging a departure in full war.""",
     N, NO, OUTLET, "outlet's analysis (guideline 4.10)"),
    ("balnearios", """“Trust me to wait for the best conditions to realize this decision.""", F, LA, JLM,
     "'this decision' = leaving NATO (context); waiting to carry it out keeps the aim in the sentence (guideline 4.2): FAVOR"),
    ("balnearios", """No doubt it is not in the heat of today that this decision is necessary “said Jean-Luc Mélenchon, Sunday, during the program “Political Questions”, on France Inter.""",
     N, NO, JLM, "deferral ('not today') without the aim restated in this sentence (guideline 4.2)"),
    ("balnearios", """Jean-Luc Mélenchon: “I am not unaligned between Mr. Zelensky and Mr. Poutine”""", N, NO, JLM,
     "subheading; takes sides in the Ukraine war, nothing about NATO"),
    ("balnearios", """The decision to leave remains “more valid than ever”he at the same time estimated, hammering – as he has been doing for several weeks – that a non-alignment of France in international relations “does not mean neutral (…).""",
     F, LA, JLM, "the exit aim is restated as 'more valid than ever' (Mélenchon's exit is from NATO)"),
    # ---- euractiv_jlm [run stops before the end of the excerpt: later sentences not taken]
    # (19 May 2022); photo caption and credit left out
    ("euractiv_jlm", """No ‘immediate exit’ from NATO for Mélenchon, but a vote in Parliament""", N, NO, JLM,
     "deferral; a parliamentary vote does not keep an exit aim (guideline 4.2)"),
    ("euractiv_jlm", """French parliament would vote on the country’s membership in NATO if radical left leader Jean-Luc Mélenchon wins the June legislative elections and is nominated prime minister, the France Insoumise chief suggested on Thursday (19 May).""",
     N, DR, JLM, "putting membership to a vote raises the question without answering it (guideline 4.9)"),
    ("euractiv_jlm", """EURACTIV France reports.""", N, NO, OUTLET, ""),
    ("euractiv_jlm", """Mélenchon noted that an “immediate exit” would not be on the agenda, however, and the matter would ultimately be settled by National Assembly.""",
     N, NO, JLM, "deferral (guideline 4.2)"),
    ("euractiv_jlm", """France has been a member of the NATO alliance since 1949, and a member of the NATO Armed Command since 2009, when the former President Nicolas Sarkozy reinstated the country into it.""",
     A, RD, NS, "debatable: background sentence, but the clause narrates Sarkozy doing it ('when ... Sarkozy reinstated'): his act (guideline 4.3), unlike 'under President Sarkozy'"),
    # ---- particle (news summary, March 2025); list markers "- " of the bullet points are not part of the items
    ("particle", """Donald Trump Questions U.S. Commitment to NATO, Macron Defends Alliance""", N, NO, "Donald Trump; Emmanuel Macron",
     "headline: Trump's doubts (US) and a general defence of NATO; France's own place is not stated (the stay position is in the bullet below)"),
    ("particle", """The U.S. president demands higher defense spending by NATO allies, while European leaders emphasize loyalty and propose strengthening continental defense.""",
     N, NO, OUTLET, ""),
    ("particle", """Donald Trump stated that the U.S. might not defend NATO allies who fail to increase their defense spending, suggesting a minimum of 5% of GDP.""", N, NO, DT, ""),
    ("particle", """He expressed doubts about whether European allies, including France, would assist the U.S. in a crisis, citing concerns over reciprocal defense commitments.""",
     N, NO, DT, ""),
    ("particle", """French President Emmanuel Macron responded by affirming France's loyalty to the alliance and calling for mutual respect between allies.""",
     A, ST, EM, "affirms France's commitment to NATO against doubts about it (as held-out h101): stay"),
    ("particle", """European leaders convened in Brussels to discuss enhancing the continent's defense capabilities, approving an €800 billion plan called 'Rearm Europe.'""",
     N, NO, "European leaders", ""),
    ("particle", """Macron proposed opening discussions on using France's nuclear arsenal for European defense, which some leaders, including Poland's Donald Tusk, found promising.""",
     N, DR, EM, "European defence autonomy"),
    # ---- rt_parly [run stops before the end of the excerpt: later sentences not taken]
    # (2018)
    ("rt_parly", """Trump forcing Europe to deepen defense integration – French minister""", N, DR, "Florence Parly", ""),
    ("rt_parly", """Uncertainty over US President Donald Trump’s commitment to the NATO alliance requires European nations to bolster efforts to forge a common defense policy, according to France’s defense minister.""",
     N, DR, "Florence Parly", "European defence because of doubts on US commitment to NATO"),
    ("rt_parly", """“At the NATO summit a year ago, he did not explicitly support the idea in place since the North Atlantic Treaty that when one country of the alliance is attacked, the others will come to their aid,” Florence Parly told France 2 television on Thursday.""",
     N, DR, "Florence Parly", "criticism of US leadership of the alliance"),
    ("rt_parly", """“That casts a certain doubt” over the alliance formed by the treaty in 1949, she said.""", N, DR, "Florence Parly", ""),
    ("rt_parly", """“Building a common European defense is necessary in this situation where we don’t really know if the assumptions we’ve lived with for the past 70 years are still valid,” AFP quoted the minister as saying.""",
     N, DR, "Florence Parly", ""),
    # ---- zawya (AFP, 13 June 2024)
    ("zawya", """NATO chief Jens Stoltenberg said Thursday he expects France to stay a key member of the western military alliance, even if a far-right government comes to power after upcoming elections.""",
     A, ST, "Jens Stoltenberg", "debatable: 'expects' is said by the NATO chief to the NATO-sceptic far right and read as wanting France to stay, not as a neutral forecast"),
    ("zawya", """"Regardless of the different parties elected and the different majorities in the parliaments, we have always seen that NATO allies have remained committed to the alliance because this is in the security interest of each and every ally," Stoltenberg said at a meeting of NATO defence ministers in Brussels.""",
     A, ST, "Jens Stoltenberg", "argues that membership is in every ally's (here France's) security interest, as held-out h040"),
    ("zawya", """"So I expect France to remain a staunch and important ally also in the future.\"""", A, ST, "Jens Stoltenberg", "same reading as the first sentence"),
    ("zawya", """French President Emmanuel Macron sent shockwaves across Europe on Sunday by dissolving parliament and calling a snap vote after his liberal party was trounced by the far-right National Rally (RN) at EU polls.""",
     N, NO, OUTLET, ""),
    ("zawya", """Macron on Wednesday accused the RN, led by rival Marine Le Pen, of being "ambiguous" about Russia and aims to "leave NATO".""",
     A, ST, EM, "attacking a rival's exit aim is a rejection of exit (guideline 4.10, opponents' reactions); the attributed aim is the RN's, the stance is Macron's"),
    ("zawya", """Le Pen's party has previously advocated to leave NATO's US-led military command structure, but not to quit the alliance as a whole.""",
     F, LC, "National Rally (RN)", "command only, alliance kept: leave_command"),
    ("zawya", """More recently, RN leaders have suggested they would not change France's status in NATO while Russia's war on Ukraine is ongoing.""",
     N, NO, "National Rally (RN)", "deferral without the aim in the sentence (guideline 4.2)"),
    ("zawya", """French leader Charles de Gaulle previously withdrew France from NATO's military command in 1966 due to complaints over US domination.""", F, LC, CDG, ""),
    ("zawya", """The decision -- which saw NATO move its headquarters from Paris to Brussels -- was only reversed by former president Nicolas Sarkozy in 2009.""",
     A, RD, NS, "agentive 'reversed by ... Sarkozy': his act (guideline 4.3)"),
    # ---- france24_fillon (17 March 2009); page menus above the headline and the byline / update line are left out
    ("france24_fillon", """French PM defends return to NATO fold""", A, RD, "François Fillon", ""),
    ("france24_fillon", """Prime Minister François Fillon has urged French lawmakers to support the government's decision to restore French membership of NATO's integrated military command, saying that France would be "faithful to the US but not submissive".""",
     A, RD, "François Fillon", ""),
    ("france24_fillon", """The French parliament was set to vote on Tuesday on whether to back President Nicolas Sarkozy’s decision to restore France's full membership of the North Atlantic Treaty Organisation (NATO).""",
     N, NO, OUTLET, "procedural background; Sarkozy's decision is only the object of the vote (guideline 4.4)"),
    ("france24_fillon", """French PM François Fillon addressed the French national assembly regarding France’s responsibility to NATO, criticising detractors for their “over privileging of the status quo,” seeing it as a legacy of Gaullism.""",
     A, RD, "François Fillon", "criticising opponents of the return = backing it"),
    ("france24_fillon", """Sarkozy announced last week that France would return to NATO’s command, reversing General de Gaulle’s decision to walk out in protest over US domination of NATO.""",
     A, RD, NS, "announcement of the return; de Gaulle's decision is only mentioned as what is reversed"),
    ("france24_fillon", """Fillon has said previously that his government is ready to resign if it loses the parliament vote over NATO, though there was virtually no chance of such an outcome given the governing party’s strong majority.""",
     N, NO, "François Fillon", "procedure (confidence vote) and the outlet's prediction; the position itself is not stated"),
    ("france24_fillon", """Fillon assured parliament that France’s diplomatic independence would remain intact, and that the country would remain “loyal but not submissive” to the US.""",
     N, NO, "François Fillon", "reassurance about independence; neither NATO nor the return is named in the sentence"),
    ("france24_fillon", """“Friendship is not to be confused with naïveté.”""", N, NO, "François Fillon", ""),
    # ---- globalresearch (March 2009) [run stops before the end of the excerpt: later sentences not taken]
    ("globalresearch", """France moves towards reintegration into NATO""", A, RD, FRGOV,
     "headline about the government's ongoing decision to return (as the RNZ headline), not a bare past fact"),
    ("globalresearch", """On March 17, France’s National Assembly voted 329-238 to state its approval for the foreign policy of President Nicolas Sarkozy and Prime Minister François Fillon, including Sarkozy’s plans to fully reintegrate France into NATO’s military command.""",
     A, RD, "French National Assembly", "a body's decision endorsing the return"),
    ("globalresearch", """This decision will reverse President Charles de Gaulle’s 1966 decision to withdraw French officers from several top NATO staff bodies.""",
     N, NO, OUTLET, "the outlet's description of the effect; de Gaulle's decision is mentioned in passing (guideline 4.4)"),
    ("globalresearch", """Though this reintegration has a largely symbolic character—France has always participated in NATO operations, recently dispatching thousands of troops to Afghanistan and the former Yugoslavia—there has been extensive public debate over the powerful political messages the move will send.""",
     N, NO, OUTLET, ""),
    ("globalresearch", """By marking France’s full acquiescence and participation in the US-dominated NATO command, it publicly ties French policy closer to Washington.""",
     N, NO, OUTLET, "the outlet's own (critical) analysis: none, speaker [outlet]"),
    ("globalresearch", """Powerful sections of the French bourgeoisie opposed the measure.""", F, LC, "unnamed: sections of the French bourgeoisie",
     "'the measure' = the reintegration: opposing the return (guideline 4.1); the opponents are the holders"),
    ("globalresearch", """US and French strategic interests have clashed in the past, notably when France opposed the US war drive against Iraq in the United Nations in 2003.""",
     N, NO, OUTLET, ""),
    # ---- news4u (machine translation, April 2017) [run stops before the end of the excerpt: later sentences not taken]
    ("news4u", """The leader of the movement “Rebellious France”, a former socialist government Minister and a Senator, a representative of the left Jean-Luc Mélenchon (biography) in case of a victory on presidential election intends to reorient foreign policy of France, developing a dialogue with all countries.""",
     N, DR, JLM, "reorientation / dialogue with all countries (non-alignment), no exit in the sentence"),
    ("news4u", """The TV channel France 2 during the latest televised debate of presidential candidates that passed the day before, Jean-Luc Mélenchon, answering the question whether he intends to develop a dialogue with Russia, said that he advocated “an independent France, which is a leader in the struggle for peace, will be seriously focused on the UN is the only organization representing all of the nation.”""",
     N, DR, JLM, "independence and dialogue with Russia"),
    ("news4u", """He noted that is “against the G8, G20 and other similar clubs for the rich who set their own laws in the world.”""", N, NO, JLM, ""),
    ("news4u", """The presidential candidate said that if elected head of state intends to withdraw France from NATO because it is a military Alliance created during the cold war, and because conditions there dictate to US.""",
     F, LA, JLM, ""),
    ("news4u", """“I don’t see France nor masters, nor enemies.""", N, DR, JLM, "non-alignment (no masters, no enemies), no exit call"),
    ("news4u", """Neither the Russians nor the Americans nor the Chinese are not our masters, at least if I’m in power.""", N, DR, JLM, ""),
    ("news4u", """They are also not our enemies, because France has always built relationships with Nations, not regimes or personalities,” said Mélenchon.""",
     N, DR, JLM, ""),
    ("news4u", """Speaking of the UN, the politician also noted that the current U.S. position threatens the existence of this organization, as Americans cut funding, weakening the institutions of the UN.""",
     N, NO, JLM, "criticism of the US about the UN, not the alliance"),
    # @@ITEMS@@
]


sys.path.insert(0, str(HERE.parent))  # the checks every stance sheet shares: ../stance_sheet_checks.py
from stance_sheet_checks import check_sheet, numbered_rows, replace_counts  # noqa: E402

LANGUAGE = 'en'


def check():
    """Run the checks shared by every stance sheet; fail with a message on the first problem."""
    check_sheet(ITEMS, SOURCES, LANGUAGE, HERE)


def build():
    check()
    rows, source_ids = numbered_rows(ITEMS, SOURCES, ITEM_PREFIX, SOURCE_PREFIX)
    with LABELS_OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with SOURCES_OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source_id", "title", "publisher", "url", "published", "query", "n_items"])
        n_items = Counter(r["source_id"] for r in rows)
        for key, sid in source_ids.items():
            lang, title, publisher, url, published, query = SOURCES[key]
            w.writerow([sid, title, publisher, url, published, query, n_items[sid]])
    return rows, source_ids


def counts_markdown(rows, source_ids):
    n_pub = len({SOURCES[k][2] for k in source_ids})
    per_page = Counter(r["source_id"] for r in rows)
    out = [f"{len(rows)} English sentences from {len(source_ids)} pages ({n_pub} distinct publisher entries); "
           f"{min(per_page.values())}–{max(per_page.values())} sentences per page.", ""]
    out += ["**Labels**", "", "| label | n | share |", "|---|---:|---:|"]
    for lab in (F, A, N):
        c = sum(1 for r in rows if r["label"] == lab)
        out.append(f"| {lab} | {c} | {100 * c / len(rows):.0f}% |")
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
