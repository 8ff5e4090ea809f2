#!/usr/bin/env python3
"""Write the HELD-OUT stance test set: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command", labelled per sentence
following ../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position).

The sentences were copied verbatim from excerpts of public news / opinion pages returned by a
search tool over stored copies of public web pages (collected 2026-11-23); none of them comes from
the workbook's five seed articles. Every decision below was made by hand, by an annotator who did
not read helpers/stance.py, helpers/speakers.py, data/reference/stance_lexicon.csv or
tests/test_stance.py and did not run any classifier. This script holds those decisions as an
explicit table (SOURCES, ITEMS) and contains no heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, and no two items are
    identical or near-identical (difflib ratio >= 0.85), also against the seed gold
    ../stance/labels.csv (if present),
  - every source is used and every item points to a declared source,
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage:  python3 data/annotations/stance_heldout/make_labels.py
"""
import csv
import difflib
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
sys.path.insert(0, str(HERE.parent))  # the checks and writers every stance sheet shares: ../stance_sheet_checks.py
from stance_sheet_checks import replace_counts  # noqa: E402
SEED_GOLD = HERE.parent / "stance" / "labels.csv"

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

Q_EN_CMD = "France leave NATO integrated command"
Q_EN_LP = "Le Pen would take France out of NATO command"
Q_EN_JLM = "Melenchon wants France to quit NATO"
Q_EN_MIN = "leaving NATO would be a mistake for France minister responds"
Q_EN_VED = "Hollande France stays in NATO integrated command Vedrine report"
Q_EN_SAR = "Sarkozy France rejoins NATO military command 2009 criticism"
Q_EN_MAC = "Macron NATO brain dead France"
Q_EN_BAR = "Bardella NATO integrated command not leave during war Ukraine"
Q_FR_CMD = "France quitter l'OTAN commandement intégré"
Q_FR_JLM = "sortie de l'OTAN Mélenchon"
Q_FR_LP = "Le Pen commandement intégré OTAN"
Q_FR_CG = "Guetté résolution sortie OTAN"
Q_FR_2009 = "retour de la France dans le commandement intégré 2009 Sarkozy"
Q_FR_DG = "de Gaulle 1966 OTAN retrait"
Q_FR_VIL = "Villepin OTAN 2009 réintégration erreur"
Q_FR_VED = "Hollande Védrine rapport OTAN 2012 commandement intégré"
Q_FR_LFI = "LFI sortie de l'OTAN réaction ministre des Armées gouvernement"
Q_FR_MAC = "Macron la France restera dans l'OTAN allié fiable"
Q_FR_CAD = 'proposition LFI sortir de l\'OTAN "cadeau" Poutine réagit ministre'

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published: as shown in the excerpt; "(not shown)" otherwise, with the URL slug or URL date
# given in brackets where that is all there is.
SOURCES = OrderedDict([
    # ---------------- English ----------------
    ("censor", ("en", "Le Pen promises to remove France from NATO military command if she wins",
                "Censor.NET", "https://censor.net/en/news/3333772/le_pen_promises_to_remove_france_from_nato_military_command_if_she_wins",
                "2022-04-13", Q_EN_CMD)),
    ("republicworld", ("en", "(not shown) [URL slug: french-prez-candidate-marine-le-pen-vows-to-remove-france-from-nato-military-structure]",
                       "Republic World", "https://www.republicworld.com/world-news/russia-ukraine-crisis/french-prez-candidate-marine-le-pen-vows-to-remove-france-from-nato-military-structure-articleshow.html",
                       "2022-04-13", Q_EN_LP)),
    ("tass", ("en", "(not shown)", "TASS", "https://tass.com/world/1390081", "2022-01-19", Q_EN_JLM)),
    ("sputnik_beaune", ("en", "France's Exit From NATO Would Have Been ‘Greatest Gift for Russia’, Top Diplomat Says",
                        "Sputnik International", "https://sputnikglobe.com/amp/20220123/frances-exit-from-nato-would-have-been-greatest-gift-for-russia-top-diplomat-says-1092467236.html",
                        "(not shown) [URL: 2022-01-23]", Q_EN_MIN)),
    ("sputnik_melenchon2024", ("en", "France Unbowed Leader Melenchon Calls for Withdrawal From NATO",
                               "Sputnik International", "https://sputnikglobe.com/20240721/france-unbowed-leader-melenchon-calls-for-withdrawal-from-nato-1119450182.html",
                               "2024-07-21", Q_EN_JLM)),
    ("defenddemocracy", ("en", "French politician calls for withdrawal from NATO",
                         "Defend Democracy Press (republishing IRNA)", "http://defenddemocracy.press/?p=72741",
                         "Jul 22, 2024", Q_EN_JLM)),
    ("sputnik_rachline", ("en", "(not shown) [URL slug: france-elections-lepen-nato]",
                          "Sputnik International", "https://sputnikglobe.com/20170421/france-elections-lepen-nato-1052838623.html",
                          "(not shown) [URL: 2017-04-21]", Q_EN_LP)),
    ("sputnik_2016", ("en", "(not shown) [URL slug: france-nato-reintegration-secret-bill]",
                      "Sputnik International", "https://sputnikglobe.com/20160121/france-nato-reintegration-secret-bill-1033499939.html",
                      "(not shown) [URL: 2016-01-21]", Q_EN_CMD)),
    ("bloomberg_vedrine", ("en", "France Should Stay in NATO Command, Former Minister Says",
                           "Bloomberg News (businessweek.com)", "http://www.businessweek.com/news/2012-11-14/france-should-stay-in-nato-command-former-minister-says",
                           "November 14, 2012", Q_EN_VED)),
    ("reuters_hollande", ("en", "Hollande orders French NATO command seat review",
                          "Reuters", "http://www.reuters.com/article/us-france-nato-idUSBRE86H12V20120718",
                          "July 18, 2012", Q_EN_VED)),
    ("voa_sarkozy", ("en", "Sarkozy: France to Return to NATO Military Command",
                     "VOA News (via GlobalSecurity.org)", "https://www.globalsecurity.org/military/library/news/2009/03/mil-090311-voa09.htm",
                     "11 March 2009", Q_EN_SAR)),
    ("globalpost", ("en", "France is to \"rejoin\" NATO, an alliance it never really left. Let me explain...",
                    "GlobalPost", "http://www.globalpost.com/notebook/diplomacy/090312/france-rejoin-nato-alliance-it-never-really-left-let-me-explain",
                    "(not shown) [URL: 090312]", Q_EN_SAR)),
    ("frontierpost", ("en", "French Defense Minister urged not to leave NATO",
                      "The Frontier Post (from TASS)", "https://thefrontierpost.com/french-defense-minister-urged-not-to-leave-nato/",
                      "(not shown)", Q_EN_MIN)),
    ("politico_eu", ("en", "(not shown) [URL slug: jens-stoltenberg-emmanuel-macron-jordan-bardella-france-nato-as-far-right-surges]",
                     "POLITICO Europe", "https://www.politico.eu/article/jens-stoltenberg-emmanuel-macron-jordan-bardella-france-nato-as-far-right-surges/",
                     "2024-06-14", Q_EN_MIN + " | " + Q_EN_BAR)),
    ("mooflife", ("en", "France announces withdrawal from NATO’s integrated military command (remains a political member).",
                  "Mooflife (History Editorial Network)", "https://www.mooflife.com/nato/moment/france-announces-withdrawal-from-natos-integrated-military-command-remains-a-political-member",
                  "(not shown)", Q_EN_CMD)),
    ("lowell_blog", ("en", "(not shown) [URL slug: france-is-back-in]",
                     "Right Side of Lowell (blog)", "http://right-side-of-lowell.blogspot.com/2009/03/france-is-back-in.html",
                     "(not shown) [URL: 2009/03]", Q_EN_SAR)),
    ("newsfront_macron", ("en", "Macron found NATO’s “brain death” words useful",
                          "News Front", "https://en.news-front.info/2019/11/28/macron-found-nato-s-brain-death-words-useful/",
                          "(not shown) [URL: 2019/11/28]", Q_EN_MAC)),
    ("europediplomatic", ("en", "(not shown) [URL slug: macron-diagnoses-nato-clinically-dead]",
                          "Europe Diplomatic", "https://europediplomatic.com/2019/11/09/macron-diagnoses-nato-clinically-dead/",
                          "(not shown) [URL: 2019/11/09]", Q_EN_MAC)),
    ("watsupeurope", ("en", "Franch President Macron calls NATO ‘Brain Dead’ | DW News",
                      "Watsup Europe (DW News video page)", "http://watsupeurope.com/news/franch-president-macron-calls-nato-brain-dead-dw-news/",
                      "(not shown)", Q_EN_MAC)),
    ("iuvmpress", ("en", "French presidential candidate Mélenchon criticizes American aggression against Syria and calls for his country to leave NATO",
                   "IUVM Press", "http://iuvmpress.com/7504", "(not shown)", Q_EN_JLM)),
    # ---------------- French ----------------
    ("tf1info", ("fr", "(not shown) [URL slug: presidentielle-2022-marine-le-pen-ukraine-otan-a-quoi-sert-son-commandement-integre]",
                 "TF1 Info", "https://www.tf1info.fr/international/presidentielle-2022-marine-le-pen-ukraine-otan-a-quoi-sert-son-commandement-integre-2216699.html",
                 "2022-04", Q_FR_CMD)),
    ("rtl", ("fr", "(not shown) [URL slug: qu-est-ce-que-le-commandement-integre-de-l-otan]",
             "RTL.fr", "https://www.rtl.fr/actu/international/qu-est-ce-que-le-commandement-integre-de-l-otan-7900137832",
             "2022-03", Q_FR_LP)),
    ("rt_france", ("fr", "(not shown) [URL slug: melenchon-veut-sortir-otan-nouer-alliances-altermondialistes]",
                   "RT France", "https://francais.rt.com/france/96869-melenchon-veut-sortir-otan-nouer-alliances-altermondialistes",
                   "2022-03", Q_FR_JLM)),
    ("europe1_jlm", ("fr", "Mélenchon propose des \"alliances altermondialistes\" hors de l'Otan",
                     "Europe 1 (avec AFP)", "https://www.europe1.fr/politique/melenchon-propose-des-alliances-altermondialistes-hors-de-lotan-4097757",
                     "(not shown)", Q_FR_JLM)),
    ("24matins", ("fr", "Mélenchon : la France « n’a rien à faire dans l’Otan »",
                  "24matins", "https://www.24matins.fr/melenchon-france-na-rien-a-faire-lotan-458108",
                  "(not shown) [text: « jeudi 5 janvier »]", Q_FR_JLM)),
    ("yahoo_lopinion", ("fr", "Otan, service militaire… Le programme de Mélenchon pour la défense",
                        "Yahoo Actualités (reprise d'un article citant L'Opinion)", "https://fr.news.yahoo.com/dissuasion-nucl%C3%A9aire-service-militaire-m%C3%A9lenchon-100000370.html",
                        "(not shown) [text: « ce lundi 30 novembre »]", Q_FR_JLM)),
    ("franceinfo_tanguy", ("fr", "Vrai ou faux Marine Le Pen n'a-t-elle vraiment jamais voulu quitter l'Otan, comme l'assure Jean-Philippe Tanguy ?",
                           "franceinfo (republished on puisonsensemble.org)", "http://www.puisonsensemble.org/vrai-ou-faux-marine-le-pen-n-a-t-elle-vraiment-jamais-voulu-quitter-l-otan-comme-l-assure-jean-philippe-tanguy_7113573.html",
                           "(not shown) [image path: 2025/03/06]", Q_FR_LP)),
    ("levif", ("fr", "(not shown) [URL slug: meme-en-tant-que-membre-du-commandement-integre-de-l-otan-la-france-reste-souveraine]",
               "Le Vif (AFP)", "https://www.levif.be/actualite/europe/meme-en-tant-que-membre-du-commandement-integre-de-l-otan-la-france-reste-souveraine/article-normal-1549023.html",
               "2022-04", Q_FR_LP)),
    ("lerubicon", ("fr", "(not shown)", "Le Rubicon", "https://lerubicon.org/?p=7030", "(not shown)", Q_FR_CMD)),
    ("politis", ("fr", "Clémence Guetté : « La sortie de l’Otan est nécessaire »",
                 "Politis", "https://www.politis.fr/articles/2026/02/clemence-guette-la-sortie-de-lotan-est-necessaire",
                 "(not shown) [URL: 2026/02]", Q_FR_CG)),
    ("anadolu_fr", ("fr", "France: Clémence Guetté dépose une résolution pour la sortie de l'OTAN, qualifiant « les États-Unis de Trump » de menace",
                    "Anadolu Ajansı (AA, édition française)", "https://www.aa.com.tr/fr/monde/france-clémence-guetté-dépose-une-résolution-pour-la-sortie-de-lotan-qualifiant-les-états-unis-de-trump-de-menace/3807086",
                    "(not shown)", Q_FR_CG)),
    ("porteedevue", ("fr", "(not shown) [URL slug: la-vice-presidente-de-lassemblee-nationale-francaise-lance-un-debat-sur-une-eventuelle-sortie-de-la-france-de-lotan]",
                     "Portée de vue", "https://porteedevue.fr/politique/la-vice-presidente-de-lassemblee-nationale-francaise-lance-un-debat-sur-une-eventuelle-sortie-de-la-france-de-lotan",
                     "(not shown)", Q_FR_CG)),
    ("politique_org_lfi", ("fr", "(not shown) [URL slug: le-groupe-parlementaire-de-la-france-insoumise-propose-de-sortir-de-lotan]; text opens « Communiqué du groupe LFI à l’Assemblée nationale »",
                           "politique.org (communiqué du groupe LFI)", "http://www.politique.org/blog/2026/01/19/le-groupe-parlementaire-de-la-france-insoumise-propose-de-sortir-de-lotan",
                           "(not shown) [URL: 2026/01/19]", Q_FR_LFI)),
    ("flavienneuvy", ("fr", "Le commandement intégré de l’OTAN : un retour positif pour la France",
                      "flavienneuvy.fr (blog)", "https://flavienneuvy.fr/?p=379",
                      "(not shown) [text refers to Le Figaro of 12 March 2012]", Q_FR_2009)),
    ("herodote", ("fr", "(not shown)", "Herodote.net (almanach)", "https://www.herodote.net/almanach-ID-3697.php",
                  "(not shown)", Q_FR_DG)),
    ("ipreunion", ("fr", "(not shown) [URL slug: -a-s-est-passe-le-7-mars-1966-la-france-quitte-l-otan]",
                   "Imaz Press Réunion (ipreunion.com)", "http://www.ipreunion.com/actualites-reunion/reportage/2017/03/07/-a-s-est-passe-le-7-mars-1966-la-france-quitte-l-otan,58517.html",
                   "(not shown) [URL: 2017/03/07]", Q_FR_DG)),
    ("gaullisme_villepin", ("fr", "De Villepin et l'Otan",
                            "archives.gaullisme.fr (dépêche AP)", "http://archives.gaullisme.fr/59-otan-de-villepin.htm",
                            "14/02/09 (page); AP | 09.02.2009 (dépêche)", Q_FR_VIL)),
    ("2villepin", ("fr", "(not shown)", "2villepin.fr", "http://2villepin.fr/?p=1058", "(not shown)", Q_FR_VIL)),
    ("ifri", ("fr", "La réintégration du commandement intégré de l'Otan est logique",
              "Ifri (presse, contenus repris sur le site)", "https://ifri.org./fr/presse-contenus-repris-sur-le-site/la-reintegration-du-commandement-integre-de-lotan-est-logique",
              "(not shown)", Q_FR_2009)),
    ("defense_gouv", ("fr", "(not shown) [URL slug: remise-du-rapport-vedrine]",
                      "Ministère des Armées (archives.defense.gouv.fr)", "https://archives.defense.gouv.fr/actualites/articles/remise-du-rapport-vedrine.html",
                      "Mercredi 14 novembre [2012]", Q_FR_VED)),
    ("eiffelpost", ("fr", "(not shown)", "Eiffel Post", "https://eiffelpost.com/?p=32916", "(not shown)", Q_EN_JLM)),
    ("pcf_group", ("fr", "(not shown) [URL slug: otan-le-gouvernement-craint-l-opinion-publique]",
                   "Groupe communiste, républicain et citoyen de l'Assemblée nationale (communiqué de presse)",
                   "https://groupe-communiste.assemblee-nationale.fr/actualites/communique%CC%81s-de-presse/article/otan-le-gouvernement-craint-l-opinion-publique",
                   "(not shown)", Q_FR_LFI)),
    ("blick_fr", ("fr", "«Nous sommes des alliés loyaux et fidèles», répond Macron à Trump",
                  "Blick (édition française, source AFP)", "https://www.blick.ch/fr/monde/trump-menace-encore-le-canada-de-droits-de-douane-id20538940.html",
                  "2025-03", Q_FR_MAC)),
    ("envahis", ("fr", "La gauche affiche ses désaccords sur l’Otan et la Russie",
                 "envahis.com (reprise)", "https://envahis.com/la-gauche-affiche-ses-desaccords-sur-lotan-et-la-russie/",
                 "(not shown)", Q_FR_CAD)),
    ("sputnik_fr_larive", ("fr", "LFI veut la sortie de l’Otan: \"Il faut que la France fasse entendre sa voix!\"",
                           "Sputnik France", "https://fr.sputniknews.com/20220129/lfi-veut-la-sortie-de-lotan-il-faut-que-la-france-fasse-entendre-sa-voix-1054875733.html",
                           "29.01.2022", Q_FR_LFI)),
    ("pravda_fr_lfi", ("fr", "Après la capture de Maduro, LFI lance un projet de sortie de l'Otan",
                       "Pravda FR (news-pravda.com)", "https://francais.news-pravda.com/world/2026/01/09/681631.html",
                       "(not shown) [URL: 2026/01/09]", Q_FR_CAD)),
])

# -----------------------------------------------------------------------------------------------
# ITEMS: (source key, text copied verbatim, label, position, speaker, note for hard calls)
ITEMS = [
    # ---- censor (Le Pen press conference, 13 April 2022)
    ("censor", '''"I want France to leave NATO's Joint Military Command.''', F, LC, MLP, ""),
    ("censor", '''France must return to its status in the alliance from 1966 to 2009," she said.''', F, LC, MLP,
     "implicit exit: the 1966-2009 status is 'in the alliance, outside the integrated command'"),
    ("censor", '''France is one of the 12 founding members of NATO.''', N, NO, OUTLET, ""),
    ("censor", '''In 2009, Paris announced a return to full participation in NATO's military structures.''', A, RD,
     "French government",
     "an announcement is attributed to 'Paris' (the government), so it is a decision carrying the return (AGAINST), not a bare fact"),
    # ---- republicworld
    ("republicworld", '''However, Marine Le Pen stressed that she does not want France to leave the bloc and only wants the country to move out of its command structure.''',
     F, LC, MLP, "rejects leaving the alliance but keeps the command exit in the same sentence: FAVOR, leave_command"),
    ("republicworld", '''She highlighted that France reversed the decision and joined NATO's military command in 2009.''',
     N, NO, MLP, "reported speech of a fact (the 2009 return) with no position taken on it"),
    # ---- tass (Mélenchon to Le Monde, January 2022)
    ("tass", '''France needs to leave NATO in order to restore its independence in military affairs, French lawmaker and leader of the La France Insoumise (or Unsubmissive France) political party Jean-Luc Melenchon, who intends to run in the April presidential election, said in an interview with the Le Monde newspaper.''',
     F, LA, JLM, "the dateline 'PARIS, January 19. /TASS/.' before it is a separate segment and is not part of the item"),
    ("tass", '''"I would first and foremost like to restore our military sovereignty.''', N, DR, JLM,
     "sovereignty / autonomy argument; the exit call is in the previous quoted sentence, not in this one"),
    ("tass", '''According to him, "an anti-Russian policy is not in line with France’s interests, such a course is dangerous and absurd."''',
     N, DR, JLM, ""),
    # ---- sputnik_beaune (January 2022)
    ("sputnik_beaune", '''France's Exit From NATO Would Have Been ‘Greatest Gift for Russia’, Top Diplomat Says''', A, ST,
     "Clément Beaune", "headline; 'Top Diplomat' resolved forwards to Clément Beaune; argument that exit would be harmful"),
    ("sputnik_beaune", '''France's Secretary of State for European Affairs Clément Beaune has lashed out at calls made by the country’s opposition leader to withdraw France from NATO, claiming that they play into the hands of Russia.''',
     A, ST, "Clément Beaune", "rejection of an exit proposal; the exit call inside belongs to the opposition leader, the main clause to Beaune"),
    ("sputnik_beaune", '''He also made it clear that France is not bracing itself for a “war" scenario but is preparing "for a difficult time” because of the Ukraine tensions.''',
     N, NO, "Clément Beaune", ""),
    ("sputnik_beaune", '''The remarks were echoed by French right-wing presidential candidate; Eric Zemmour said last month that he also wants France to leave NATO.''',
     F, LA, EZ, "the sentence says 'leave NATO' (Zemmour's programme was the command only): labelled as the sentence states it"),
    # ---- sputnik_melenchon2024
    ("sputnik_melenchon2024", '''In late June, Florian Philippot, the leader of French euroskeptic party The Patriots, called for France's withdrawal from NATO after Ukraine launched a deadly missile strike on a crowded beach in Crimea.''',
     F, LA, "Florian Philippot", ""),
    ("sputnik_melenchon2024", '''He called this an escalation and accused NATO of seeking a total war.''', N, DR, "Florian Philippot",
     ""),
    # ---- defenddemocracy
    ("defenddemocracy", '''Some French lawmakers and politicians are against the policy of President Emmanuel Macron, who has shown his desire to send foreign forces to Ukraine and said during his trip to Washington that Paris will continue to support Kiev “as long as necessary”.''',
     N, NO, OUTLET, ""),
    ("defenddemocracy", '''We remind our readers that publication of articles on our site does not mean that we agree with what is written.''',
     N, NO, OUTLET, ""),
    # ---- sputnik_rachline (April 2017)
    ("sputnik_rachline", '''"We want France to regain its full military sovereignty to be able to defend our own interests, not those of the United States within NATO.''',
     N, DR, "David Rachline", "military sovereignty against US interests 'within NATO', but no call to leave in the sentence"),
    ("sputnik_rachline", '''We question the relevance of France's active participation in this organization, which nowadays serves the American interests in Europe," the National Front (FN) politician said.''',
     N, DR, "David Rachline", "raises the question of France's participation without answering it (guideline 4.9)"),
    # ---- sputnik_2016
    ("sputnik_2016", '''It's interesting to note that back in 2008, Francois Hollande, then the leader of the official French opposition party, criticized former President Nicolas Sarkozy's attempts to end the tradition of French military independence by giving NATO full control over the country's affairs in the military field.''',
     F, LC, FH, "opposing the (planned) 2009 return to the command is FAVOR (guideline 4.1); Hollande's 2008 position"),
    ("sputnik_2016", '''In 1966, under the leadership of President Charles de Gaulle, France pulled its forces out of NATO.''',
     F, LC, CDG, "de Gaulle's act; 'pulled its forces out of NATO' = out of the military structure, France stayed in the treaty: leave_command"),
    ("sputnik_2016", '''The full reintegration of French troops into NATO's structure would mean Paris would have to coordinate its missions abroad with the United States.''',
     N, NO, OUTLET, ""),
    # ---- bloomberg_vedrine (Védrine report, November 2012)
    ("bloomberg_vedrine", '''France should remain part of NATO’s integrated military command and push for greater influence within the 28-nation alliance, a former foreign minister recommended in a report.''',
     A, ST, HV, "'remain' (status quo) is the main claim, 'greater influence' comes on top: stay rather than rejoin_or_deepen"),
    ("bloomberg_vedrine", '''In a statement, President Francois Hollande said he “largely approves” the conclusions of the report by Hubert Vedrine, who was foreign minister from 1997 to 2002 in a previous Socialist government.''',
     A, ST, FH, "approving conclusions that (previous sentence) are to stay in the command; contrast with the ministry's 'intérêt particulier' item (NONE)"),
    ("bloomberg_vedrine", '''Sarkozy’s decision was criticized at the time by the Socialist Party, which said it would impinge on France’s independence.''',
     F, LC, "Socialist Party (PS)", "opposing the 2009 return (guideline 4.1), at the time"),
    ("bloomberg_vedrine", '''“A (re)exit from the integrated command is not an option,” Vedrine wrote in the report, which is posted on Hollande’s website.''',
     A, ST, HV, ""),
    ("bloomberg_vedrine", '''“NATO was not born to be the gendarme of the world.”''', N, DR, HV,
     "unattributed quotation continuing Védrine's report (previous sentence): criticism / reform of NATO's role"),
    # ---- reuters_hollande (July 2012)
    ("reuters_hollande", '''PARIS (Reuters) - French President Francois Hollande has asked former foreign minister Hubert Vedrine to review France’s membership of NATO’s integrated military command, his office said on Wednesday, echoing unease about its place in the alliance’s inner circle.''',
     N, DR, FH, "ordering a review questions France's place in the command without answering: distance_or_reform; dateline kept as printed"),
    ("reuters_hollande", '''Hollande has in the past expressed reservations about France’s 2009 return to the North Atlantic Treaty Organization’s integrated command, a move approved by his conservative predecessor Nicolas Sarkozy, who was one of the most pro-American presidents France has had in decades.''',
     N, DR, FH, "'reservations' about the 2009 return is weaker than opposing it: distance_or_reform, not FAVOR"),
    ("reuters_hollande", '''Hollande also asked fellow Socialist Vedrine, who opposed France’s return to NATO’s inner circle, to review France’s relationship with the United States over the next decade.''',
     F, LC, HV, "two holders: the stance-bearing clause is the relative clause (Védrine opposed the 2009 return); Hollande's main clause is neutral"),
    # ---- voa_sarkozy (March 2009)
    ("voa_sarkozy", '''French President Nicolas Sarkozy says France will rejoin NATO's military command, more than four decades after quitting to protest what Paris once called U.S. dominance in Europe.''',
     A, RD, NS, ""),
    ("voa_sarkozy", '''NATO last month encouraged France to return, saying the French could gain key posts in the NATO command structure if it does so.''',
     A, RD, "NATO", "an outside body urging France back into the command: AGAINST, rejoin_or_deepen"),
    ("voa_sarkozy", '''France is already the alliance's fourth largest contributor of troops.''', N, NO, OUTLET, ""),
    # ---- globalpost (March 2009)
    ("globalpost", '''Sarkozy’s critics say that the threat to French independence inside NATO is just as real today, and that the president is merely trying to curry favor with the Obama administration.''',
     F, LC, "unnamed: Sarkozy's critics", "critics of the return argue de Gaulle's reason still holds: opposition to the 2009 return (guideline 4.1)"),
    ("globalpost", '''He promises that France still can and will oppose any action it chooses, and that being integrated into the command structure will give a French position more weight.''',
     A, RD, NS, ""),
    # ---- frontierpost (Parly in the Senate, 2021)
    ("frontierpost", '''Should we leave NATO by slamming the door?''', N, DR, "Florence Parly",
     "rhetorical question answered 'no' in the next sentence; the sentence itself only raises the question (guideline 4.9): NONE"),
    ("frontierpost", '''I do not think that such a step should be taken,” said the Minister.''', A, ST, "Florence Parly",
     "'such a step' = leaving NATO, resolved from the previous sentence; the source spells her 'Parley'"),
    ("frontierpost", '''Parley recalled that NATO’s main task is to protect Europe.''', N, NO, "Florence Parly",
     ""),
    # ---- politico_eu (June 2024)
    ("politico_eu", '''National Rally's presidential candidate, Marine Le Pen, has pledged to pull France — one of only three nuclear powers in the alliance — out of NATO's integrated command.''',
     F, LC, MLP, ""),
    ("politico_eu", '''“What I can say is that I strongly believe it is in the interest of France, and all the allies, to keep NATO strong, because we live in a more dangerous world.”''',
     A, ST, "Jens Stoltenberg", "argues that France's interest lies in a strong NATO, said against the NATO-sceptic far right: read as 'France needs NATO'"),
    ("politico_eu", '''Jordan Bardella, the likely next prime minister if the National Rally wins the snap election, said in an interview with POLITICO that his party would wait for the war in Ukraine to end before pulling back from NATO commitments.''',
     F, LC, "Jordan Bardella", "deferral that keeps the aim in the same sentence ('wait ... before pulling back'): FAVOR; 'NATO commitments' = the integrated-command pledge (next sentence)"),
    ("politico_eu", '''“The proposal we've always advocated ... did not factor in war," Bardella said, asked about the party’s pledge to quit NATO’s integrated command.''',
     N, NO, "Jordan Bardella", "deferral; the pledge is named by the interviewer's question, Bardella does not restate it as his aim"),
    # ---- mooflife
    ("mooflife", '''France's withdrawal did not mean a complete exit from NATO.''', N, NO, OUTLET, ""),
    ("mooflife", '''This period of semi-detachment officially ended in 2009 when France fully returned to NATO’s military command, reflecting a shift in strategic priorities and reaffirming its commitment to transatlantic security cooperation.''',
     N, NO, OUTLET, "bare fact with the country as subject and the outlet's reading of it; no actor deciding or arguing (guideline 4.4)"),
    # ---- lowell_blog (March 2009)
    ("lowell_blog", '''Former prime minister Dominique de Villepin, who served with Sarkozy under Chirac, nevertheless called the decision a blunder that would dilute the independence of French foreign policy.''',
     F, LC, DDV, ""),
    ("lowell_blog", '''Ségolène Royal, the Socialist former presidential candidate, said Sarkozy was identifying France too closely with the United States just as the world was moving from U.S. domination.''',
     N, DR, "Ségolène Royal", "criticises alignment with the US in the context of the return, but does not say she opposes the return"),
    ("lowell_blog", '''"The time has come to end this situation.''', A, RD, NS,
     "'this situation' = France outside the committees that set its soldiers' objectives (previous quote): ending it = the return"),
    # ---- newsfront_macron (November 2019)
    ("newsfront_macron", '''French President Emmanuel Macron said his words about the “death of the brain” of the NATO Alliance were a useful signal for awakening.''',
     N, DR, EM, ""),
    # ---- europediplomatic
    ("europediplomatic", '''Russian Foreign Ministry Spokesperson Maria Zakharova described Macron’s verdict as “golden (precious) words” constituting the “precise definition of the current state of NATO.”''',
     N, DR, "Maria Zakharova", "a foreign (Russian) official endorsing criticism of NATO: criticism of NATO, no French exit call"),
    # ---- watsupeurope
    ("watsupeurope", '''But Chancellor Angela Merkel and the head of NATO Jens Stoltenberg have rejected Macron’s remarks.''',
     N, NO, "Angela Merkel; Jens Stoltenberg", "defending NATO against Macron's criticism says nothing about France staying or leaving"),
    # ---- iuvmpress (April 2017)
    ("iuvmpress", '''He also noted that he will hold an international press conference on security to discuss ways to reinforce peace in the European continent if he should win the elections, saying that he will take a number of measures to decrease tension in the world, including withdrawing France’s agreement to NATO’s decision to deploy missile systems in Poland, and will take France out of the alliance.''',
     F, LA, JLM, ""),
    ("iuvmpress", '''Mélenchon also found the quick support for this American aggression to be strange, saying that “the United States intervened militarily in Syria without UN authorization.”''',
     N, NO, JLM, ""),

    # =========================== French ===========================
    # ---- tf1info (April 2022)
    ("tf1info", '''"On ne va pas le faire alors qu’il y a une guerre dans un pays européen", a tempéré celle qui, malgré tout, ne veut pas "placer nos forces armées sous un commandement qui ne relève pas de la souveraineté nationale française".''',
     F, LC, MLP, "deferral ('not while there is a war') but the same sentence keeps the aim (not placing forces under the integrated command): FAVOR"),
    ("tf1info", '''Quitter le commander intégré de l'Organisation du Traité de l'Atlantique nord en conservant sa carte de membre ?''',
     N, NO, OUTLET, "the outlet's framing question, nobody's position ('commander' sic)"),
    ("tf1info", '''Depuis sa création en 1949, l'Otan et la participation à son commandement intégré est l'objet de débat : en 1966, le général de Gaulle avait annoncé la sortie de la France du commandement intégré.''',
     F, LC, CDG, "background sentence, but de Gaulle is the subject announcing the withdrawal (guideline 4.3), not a nominal passing mention (4.4)"),
    ("tf1info", '''Rompant avec cet héritage, Nicolas Sarkozy a décidé de revenir sur cette décision en avril 2009, pour que "la France reprenne toute sa place dans l'Otan".''',
     A, RD, NS, ""),
    # ---- rtl (March 2022)
    ("rtl", '''La candidate du Rassemblement national Marine Le Pen et le candidat de Reconquête Éric Zemmour veulent que la France reste dans l'Otan mais qu'elle quitte son commandement intégré.''',
     F, LC, MLP + "; " + EZ, "two holders with the same position; 'reste dans l'Otan' does not make it AGAINST"),
    ("rtl", '''Marine Le Pen ne veut "plus être entraînée dans des conflits qui ne sont pas les nôtres", avait-elle dit lors de son meeting à Reims début février.''',
     N, DR, MLP, "in the article this is her reason to leave the command, but the sentence has no exit call"),
    ("rtl", '''De 1966 à 2009, la France a été absente du commandement intégré de l'Otan, tout en restant membre de l'Alliance.''',
     N, NO, OUTLET, ""),
    # ---- rt_france (Lyon meeting, March 2022)
    ("rt_france", '''Il propose de nouvelles alliances pour l'Hexagone, notamment pour relever le défi climatique.''', N, NO, JLM,
     "alternative alliances; NATO is not mentioned in the sentence"),
    ("rt_france", '''Devant une foule de militants, il a vilipendé l'Alliance atlantique, cette «organisation inutile, qui provoque, par son agitation, un peu partout, des tensions».''',
     N, DR, JLM, ""),
    ("rt_france", '''Faisant référence à une déclaration d'Emmanuel Macron – bien avant le conflit ukrainien – selon laquelle l'OTAN était en état de «mort cérébrale», l'Insoumis a proposé d'en tirer les leçons et de quitter l'Alliance.''',
     F, LA, JLM, "two holders: Macron's 'brain death' (distance) is embedded; the main clause is Mélenchon's exit call"),
    # ---- europe1_jlm
    ("europe1_jlm", '''Jean-Luc Mélenchon a proposé dimanche en meeting à Lyon que la France noue des "alliances altermondialistes" pour prévenir les conflits et agir contre le changement climatique, plutôt que de rester dans l'Otan, "organisation inutile qui provoque des tensions".''',
     F, LA, JLM, "implicit exit: new alliances 'rather than staying in NATO'"),
    # ---- 24matins (January 2017)
    ("24matins", '''La France est une nation universaliste, elle n’a rien à faire dans l’Otan. »''', F, LA, JLM,
     "implicit exit ('has no business in NATO'); continuation of a quote attributed to him in the previous sentence"),
    ("24matins", '''Pour lui, le rôle de cette dernière sur la scène internationale ne doit pas se cantonner à suivre le pays américain : « La France doit cesser d’osciller au gré de ce que veulent ou ne veulent pas les États-Unis. »''',
     N, DR, JLM, "non-alignment with the US (own voice), no exit call"),
    # ---- yahoo_lopinion (November 2020)
    ("yahoo_lopinion", '''Sur ce même sujet, le leader Insoumis évoque la Russie comme « un partenaire fiable », quand les États-Unis « ne le sont pas ».''',
     N, DR, JLM, ""),
    # ---- franceinfo_tanguy (March 2025)
    ("franceinfo_tanguy", '''Et d'ironiser : "Ceux qui disent ça s'apprêtent à quoi ? Sortir de l'Otan ?"''', A, ST, MLP,
     "ironic question ridiculing an exit (said while calling the US 'our allies'): rejection of exit; kept as one unit (colon-introduced quotation)"),
    ("franceinfo_tanguy", '''"Rappelons que le RN voulait sortir de l'Otan par anti-américanisme et russophilie", a-t-il pointé sur X.''',
     F, LA, "National Rally (RN)", "a hostile journalist (Jean Quatremer) attributes a past exit aim to the RN; the holder of the position is the RN (contested attribution)"),
    ("franceinfo_tanguy", '''"Marine Le Pen n'a jamais voulu sortir de l'Otan, mais du commandement intégré.''', F, LC, MLP,
     "quoted words of MP Jean-Philippe Tanguy describing her position; denial of full exit + command exit: leave_command"),
    ("franceinfo_tanguy", '''Pour répondre à cette question, franceinfo s'est plongé dans les différents programmes et déclarations de Marine Le Pen au sujet de l'Alliance atlantique.''',
     N, NO, OUTLET, ""),
    # ---- levif (AFP, April 2022)
    ("levif", '''Pourtant, cette participation ne prive pas Paris de sa souveraineté sur la dissuasion nucléaire et l'engagement des troupes, notent des experts militaires.''',
     N, NO, "unnamed: military experts", "rebuts the exit rationale factually but states no position on staying (symmetric to the strict no-exit-call rule)"),
    ("levif", '''"En cas de sortie du commandement intégré, on peut être présent au sein des opérations de l'Otan au titre des contributions nationales volontaires, mais sans pouvoir de décision et sans vraie responsabilité opérationnelle", ajoute cette source militaire.''',
     A, ST, "unnamed: senior French military officer", "argument that leaving the command would be harmful (guideline 4.7): AGAINST"),
    ("levif", '''La France a été l'un des membres fondateurs de l'Organisation du Traité de l'Atlantique Nord (Otan), signé en avril 1949.''',
     N, NO, OUTLET, ""),
    # ---- lerubicon
    ("lerubicon", '''À l’occasion de la publication de son ouvrage Vers la guerre ?, Sébastien Lecornu, a accordé une interview au Point dans laquelle il réaffirme la nécessité de l’Alliance atlantique et de notre participation au commandement intégré.''',
     A, ST, "Sébastien Lecornu", ""),
    ("lerubicon", '''Il dénonce ici les prises de position fondées sur des a priori idéologiques, comme celles de Marine Le Pen et Jean-Luc Mélenchon, jouant selon lui l’antiaméricanisme à des fins électorales.''',
     A, ST, "Sébastien Lecornu", "denouncing the exit positions of Le Pen and Mélenchon = rejecting exit; the positions denounced are resolved from context"),
    # ---- politis (Guetté interview, February 2026)
    ("politis", '''Clémence Guetté : En 2022, Jean-Luc Mélenchon et Bastien Lachaud avaient déjà porté une résolution dans ce sens à l’Assemblée nationale.''',
     F, LA, JLM + "; Bastien Lachaud", "Guetté reports an earlier act of Mélenchon and Lachaud; 'dans ce sens' = exit from NATO starting with the command (the question); interview prefix kept"),
    ("politis", '''Et elle est plus nécessaire que jamais.''', F, LA, CG,
     "'elle' = the exit resolution (pronoun resolved from the previous sentences)"),
    ("politis", '''Notre alliance avec les États-Unis au sein de cette organisation militaire ne doit plus être perçue comme une relation fiable.''',
     N, DR, CG, ""),
    ("politis", '''Le gouvernement français doit sortir de sa naïveté politique et diplomatique.''', N, DR, CG,
     "lexical trap: 'sortir' of naivety, not of NATO; criticism of alignment on Washington"),
    # ---- anadolu_fr (January 2026)
    ("anadolu_fr", '''L'élue justifie cette initiative par la nécessité de rompre avec ce qu'elle qualifie de « soumission sans fin » au président Donald Trump, dont elle décrit les actions comme une « menace pour la paix du monde ».''',
     N, DR, CG, ""),
    ("anadolu_fr", '''Selon le texte de la proposition de résolution rendu public par la députée, cette démarche de rupture pourrait s’opérer selon un calendrier en deux étapes, d’abord un « retrait immédiat du commandement intégré de l’alliance », structure que la France avait réintégrée en 2009 sous la présidence de Nicolas Sarkozy, puis une « sortie planifiée complète de l’organisation ».''',
     F, LA, CG, ""),
    ("anadolu_fr", '''La proposition de la résolution anticipe d'éventuelles représailles économiques de la part de Washington.''',
     N, NO, CG, "content of the resolution (its author as speaker) that is not itself an exit call"),
    # ---- porteedevue (January 2026)
    ("porteedevue", '''La vice-présidente de l’Assemblée nationale française, Clémence Guetté, a annoncé son intention de porter au débat parlementaire la question de la participation de la France à l’OTAN.''',
     N, DR, CG, "raises the question of participation; the exit resolution is only described later in the article"),
    # ---- politique_org_lfi (LFI group press release, 19 January 2026)
    ("politique_org_lfi", '''Il apparaît dès lors que le maintien de la France au sein d’une alliance militaire conduite par une puissance se plaçant ouvertement hors du cadre du droit international, et exposant notre pays à un risque majeur d’alignement stratégique et d’entraînement dans des conflits contraires à ses intérêts, à ses principes et à ses engagements internationaux, n’est ni souhaitable ni soutenable.''',
     F, LA, LFI, "implicit exit: keeping France in the alliance is 'neither desirable nor sustainable'"),
    ("politique_org_lfi", '''De multiples exemples récents l’illustrent, comme l’enlèvement illégal du président du Venezuela et les menaces quotidiennes d’annexion du Groenland.''',
     N, NO, LFI, ""),
    # ---- flavienneuvy (blog, 2012)
    ("flavienneuvy", '''Depuis, tous les présidents de la République sont restés sur cette décision au nom de « l’indépendance de la France ».''',
     F, LC, "French presidents 1966-2007", "keeping de Gaulle's 1966 withdrawal in force is an act carrying its stance (guideline 4.3)"),
    ("flavienneuvy", '''A l’époque et comme toujours, le PS annonce qu’il reviendrait sur cette décision une fois au pouvoir.''',
     F, LC, "Socialist Party (PS)", "announcing that the 2009 return would be reversed = opposing the return"),
    ("flavienneuvy", '''Comme toujours, le PS ne mettra pas en application cette promesse : François Hollande a déclaré qu’en cas de victoire, il ne ferait pas sortir la France du commandement intégré de l’OTAN.''',
     A, ST, FH, "the blogger's prediction about the PS is narration; the stance-bearing clause is Hollande's refusal to leave the command"),
    # ---- herodote
    ("herodote", '''Aussi maintient-il la France parmi les signataire du traité de l'Atlantique nord du 4 avril 1949.''', A, ST, CDG,
     "debatable: de Gaulle's decision to keep France in the treaty, alone in its sentence; guideline 4.3 makes this clause part of a leave_command act when it shares the sentence, but here the sentence only expresses staying in the alliance"),
    ("herodote", '''Le siège de l'OTAN, initialement installé à Paris, est dès lors déporté à Mons (Belgique).''', N, NO, OUTLET, ""),
    # ---- ipreunion (7 March 1966 anniversary)
    ("ipreunion", '''La France se propose de recouvrer sur son territoire l’entier exercice de sa souveraineté et de ne plus mettre de forces à la disposition de l’OTAN".''',
     F, LC, CDG, "end of the quoted letter of de Gaulle to Johnson ('La France' speaks through him); closing quotation mark kept"),
    ("ipreunion", '''Cependant, la politique de Jacques Chirac modifie cela en autorisant à partir de 1996 un représentant français au comité militaire.''',
     A, RD, "Jacques Chirac", "a decision moving France back towards NATO's military bodies: rejoin_or_deepen"),
    # ---- gaullisme_villepin (AP, February 2009)
    ("gaullisme_villepin", '''"Ma position est bien connue, je suis contre le retour dans le commandement intégré", a déclaré l'ancien Premier ministre sur I-télé.''',
     F, LC, DDV, ""),
    ("gaullisme_villepin", '''C'est le dernier sujet qui divise le groupe UMP à l'Assemblée nationale : le retour de la France au sein du commandement intégré de l'OTAN.''',
     N, NO, OUTLET, ""),
    # ---- 2villepin
    ("2villepin", '''Je pense que c’est une décision qui vient à la fois à contretemps et à contresens.''', F, LC, DDV,
     "'une décision' = fully integrating the NATO command (previous sentence): opposing the return"),
    # ---- ifri
    ("ifri", '''Le sommet de l'Otan de Strasbourg et Kehl le 4 avril 2009 a entériné le retour de la France dans les structures du commandement militaire intégré de l'Otan, à l'exception du comité des plans nucléaires.''',
     A, RD, "NATO", "a body's decision endorsing the return: decision carrying the stance"),
    ("ifri", '''Paris a obtenu le commandement allié à la transformation (ACT), localisé à Norfolk en Virginie, occupé depuis septembre 2009 par le général Stéphane Abrial.''',
     N, NO, OUTLET, ""),
    # ---- defense_gouv (Védrine report, November 2012)
    ("defense_gouv", '''Le président de la République a porté un intérêt particulier aux conclusions de ce rapport, aussi bien sur le renforcement de l'influence de la France au sein de l'OTAN, que sur la mobilisation de nos partenaires européens en faveur de l'Europe de la Défense.''',
     N, NO, FH, "'took a particular interest in' is not an endorsement (contrast with 'largely approves' in the Bloomberg item)"),
    # ---- eiffelpost (July 2024)
    ("eiffelpost", '''Le chef de la coalition des partis de gauche Nouveau Front populaire, Jean-Luc Mélenchon, a évalué la possibilité que la France quitte l'OTAN s'il devenait président.''',
     N, DR, JLM, "the sentence only says he 'assessed the possibility' (the explicit call is in the following quote): raises the question, NONE"),
    # ---- pcf_group (March 2009)
    ("pcf_group", '''En engageant la responsabilité du gouvernement comme vient de le souhaiter François Fillon, le Président de la République et son exécutif veulent imposer un choix particulièrement dangereux, celui d’un renforcement de la logique des blocs, celui des tensions internationales et de la guerre.''',
     F, LC, "Communist, Republican and Left Party MPs (GDR group)", "'un choix particulièrement dangereux' = the 2009 return (previous sentence): opposing the return; the press release's authors are the speaker"),
    # ---- blick_fr (March 2025)
    ("blick_fr", '''Le président français Emmanuel Macron a affirmé jeudi que les Français étaient «des alliés loyaux et fidèles», en réponse à des propos de Donald Trump mettant en cause l'engagement de la France envers la défense des Etats-Unis dans le cadre de l'Otan.''',
     A, ST, EM, "affirms France's commitment within NATO against doubts about it: stay"),
    # ---- envahis (ratification of Sweden and Finland, 2022)
    ("envahis", '''Mardi soir, l’Assemblée nationale a ratifié les protocoles d’adhésion à l’Otan de la Suède et de la Finlande, soucieuses de se protéger face à Vladimir Poutine.''',
     N, NO, "French National Assembly", ""),
    ("envahis", '''Alors que les socialistes et écologistes ont voté en faveur du texte, les Insoumis et les communistes s’y sont opposés.''',
     N, DR, LFI + "; communist MPs", "opposing NATO enlargement is distance_or_reform (guideline 4.5); speaker = the opponents"),
    # ---- sputnik_fr_larive (January 2022)
    ("sputnik_fr_larive", '''Trente années après la fin de la guerre froide, il est temps désormais que Paris se retire de l’alliance militaire.''',
     F, LA, "Michel Larive", "free indirect speech: the outlet paraphrases Larive's 'constat' (previous sentence)"),
    ("sputnik_fr_larive", '''Car actuellement, "il nous est quasiment interdit de discuter avec la Russie".''', N, DR, "Michel Larive",
     ""),
    # ---- pravda_fr_lfi (January 2026)
    ("pravda_fr_lfi", '''La proposition de résolution s’inscrit dans une ligne de longue date défendue par LFI, qui considérait déjà en 2022 que l’Otan, « seule alliance militaire intégrée au monde », aurait dû disparaître à la fin de la Guerre froide, et dénonçait l’élargissement de ses missions et ses interventions dans les Balkans, en Afghanistan ou en Libye comme « néfastes à la paix et à notre sécurité ».''',
     N, DR, LFI, "the exit resolution is only referred to; the positions stated ('NATO should have disappeared', criticism of its missions) stop short of an exit call (guideline 4.9)"),
]


def fail(msg):
    sys.exit("make_labels.py: " + msg)


def check():
    used = set()
    for i, (key, text, label, position, speaker, note) in enumerate(ITEMS, 1):
        where = f"item {i} ({text[:40]!r})"
        if key not in SOURCES:
            fail(f"{where}: unknown source {key!r}")
        used.add(key)
        if position not in LABEL_OF_POSITION:
            fail(f"{where}: unknown position {position!r}")
        if label not in (F, A, N):
            fail(f"{where}: unknown label {label!r}")
        if LABEL_OF_POSITION[position] != label:
            fail(f"{where}: position {position} requires {LABEL_OF_POSITION[position]}, got {label}")
        if not text or text != text.strip() or "\n" in text or "\r" in text:
            fail(f"{where}: text must be one non-empty line without surrounding blanks")
        if not speaker.strip():
            fail(f"{where}: empty speaker (use the holder, '[outlet]' or 'unnamed: ...')")
    unused = [k for k in SOURCES if k not in used]
    if unused:
        fail(f"sources never used: {unused}")
    for k, src in SOURCES.items():
        if src[0] not in ("en", "fr") or len(src) != 6 or not all(src):
            fail(f"source {k}: bad record")
    texts = [it[1] for it in ITEMS]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            r = difflib.SequenceMatcher(None, texts[i].lower(), texts[j].lower()).ratio()
            if r >= 0.85:
                fail(f"near-duplicate items {i + 1} and {j + 1} (ratio {r:.2f})")
    if SEED_GOLD.exists():
        with SEED_GOLD.open(encoding="utf-8", newline="") as fh:
            seeds = [row["text"] for row in csv.DictReader(fh)]
        for i, t in enumerate(texts, 1):
            for s in seeds:
                r = difflib.SequenceMatcher(None, t.lower(), s.lower()).ratio()
                if r >= 0.85:
                    fail(f"item {i} is a near-duplicate of a seed sentence (ratio {r:.2f}): {s!r}")


def build():
    check()
    source_ids = {}
    for key, *_ in ITEMS:
        if key not in source_ids:
            source_ids[key] = f"s{len(source_ids) + 1:02d}"
    rows = []
    for i, (key, text, label, position, speaker, note) in enumerate(ITEMS, 1):
        rows.append({
            "item_id": f"h{i:03d}", "source_id": source_ids[key], "language": SOURCES[key][0],
            "text": text, "label": label, "position": position, "speaker": speaker, "note": note,
        })
    with LABELS_OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with SOURCES_OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source_id", "title", "publisher", "url", "published", "query"])
        for key, sid in source_ids.items():
            lang, title, publisher, url, published, query = SOURCES[key]
            w.writerow([sid, title, publisher, url, published, query])
    return rows, source_ids


def counts_markdown(rows, source_ids):
    langs = ["en", "fr"]
    n_src = Counter(SOURCES[k][0] for k in source_ids)
    out = [f"{len(rows)} sentences from {len(source_ids)} pages "
           f"({n_src['en']} English, {n_src['fr']} French).", ""]
    out += ["**Labels by language**", "", "| label | en | fr | all |", "|---|---:|---:|---:|"]
    for lab in (F, A, N):
        c = [sum(1 for r in rows if r["label"] == lab and r["language"] == lg) for lg in langs]
        out.append(f"| {lab} | {c[0]} | {c[1]} | {sum(c)} |")
    tot = [sum(1 for r in rows if r["language"] == lg) for lg in langs]
    out.append(f"| **all** | {tot[0]} | {tot[1]} | {sum(tot)} |")
    out += ["", "**Positions by language**", "", "| position | label | en | fr | all |",
            "|---|---|---:|---:|---:|"]
    for pos in ("leave_alliance", "leave_command", "distance_or_reform", "none", "stay", "rejoin_or_deepen"):
        c = [sum(1 for r in rows if r["position"] == pos and r["language"] == lg) for lg in langs]
        out.append(f"| {pos} | {LABEL_OF_POSITION[pos]} | {c[0]} | {c[1]} | {sum(c)} |")
    hard = [r for r in rows if r["note"]]
    out += ["", f"**Hard calls** ({len(hard)} items with a note; full text in `labels.csv`)", ""]
    for r in hard:
        out.append(f"- `{r['item_id']}` ({r['language']}) {r['label']}/{r['position']}, {r['speaker']}: {r['note']}")
    return "\n".join(out)


def main():
    rows, source_ids = build()
    md = counts_markdown(rows, source_ids)
    print(md)
    if replace_counts(README, md):
        print(f"\n(updated counts in {README.name})")


if __name__ == "__main__":
    main()
