#!/usr/bin/env python3
"""Write the FRENCH TRAINING stance set: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command", labelled per sentence
following ../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position).

The sentences were copied verbatim from excerpts of public French-language news / opinion pages
returned by a search tool over stored copies of public web pages (collected 2026-11-23). For each
page, one contiguous run of the article body (from the headline or the first body paragraph
onwards) was taken and EVERY complete sentence of that run was labelled, stance-bearing or not.
None of the pages is one of the workbook's five seed articles or one of the pages of the held-out
set (../stance_heldout/sources.csv). Every decision below was made by hand, by an annotator who
did not read helpers/stance.py, helpers/speakers.py, helpers/stance_report.py,
data/reference/stance_lexicon.csv, tests/test_stance*.py, notebooks/02-*.ipynb or data/processed,
and did not run any classifier. This script holds those decisions as an explicit table (SOURCES,
ITEMS) and contains no heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, and no two items are
    identical or near-identical (difflib ratio >= 0.85), also against the seed gold
    ../stance/labels.csv and the held-out set ../stance_heldout/labels.csv (if present),
  - every source is used, every item points to a declared source, every source is French and
    no source URL is one of the held-out set's or of the fresh test set's (../stance_test/), and no
    item is a near-duplicate of a ../stance_test/labels.csv sentence either (if present),
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage:  python3 data/annotations/stance_train_fr/make_labels.py
"""
import csv
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
HELDOUT = HERE.parent / "stance_heldout" / "labels.csv"
# the fresh TEST set (built on the same day): a training page must never be one of its pages
TEST = HERE.parent / "stance_test" / "labels.csv"

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
DT = "Donald Trump"
VP = "Vladimir Putin"
LFI = "La France Insoumise"

# queries (French)
# QUERIES-START
Q_JLM = "sortir de l'OTAN Mélenchon"
Q_2009 = "France commandement intégré OTAN retour 2009 Sarkozy critiques"
Q_CG = "Guetté proposition de résolution sortie de l'OTAN"
Q_FP = "Philippot Patriotes quitter l'OTAN"
Q_UPR = "Asselineau UPR Frexit sortie de l'OTAN article 13"
Q_POLL = "sondage Français favorables sortie de l'OTAN"
Q_CHIRAC = "Chirac 1995 rapprochement OTAN commandement Sud Naples échec"
Q_REACT = "Le Drian sortie de l'OTAN dangereux Mélenchon Le Pen réaction"
Q_DG = "de Gaulle 7 mars 1966 lettre Johnson retrait commandement intégré"
Q_BAY = "Bayrou réintégration OTAN 2009 perte d'indépendance"
Q_MAC = "Macron OTAN mort cérébrale The Economist réactions"
Q_VED = "Hollande Védrine rapport 2012 la France reste dans le commandement intégré"
Q_LPDEF = "quitter l'OTAN serait une folie ministre répond Le Pen commandement intégré 2022"
Q_TRUMP = "Trump menace OTAN article 5 Europe défense France réaction 2025"
Q_SAR = "Sarkozy défend le retour dans le commandement intégré de l'Otan \"indépendance\" Morin Kouchner 2009"
# QUERIES-END

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published: as shown in the excerpt; "(not shown)" otherwise, with the URL slug or URL date
# given in brackets where that is all there is.
SOURCES = OrderedDict([
    ("rt_thinkerview", ("fr", "(not shown) [URL slug: jean-luc-melenchon-nous-sommes-pays-vassal-etats-unis-amerique]",
                        "RT France", "https://francais.rt.com/france/61847-jean-luc-melenchon-nous-sommes-pays-vassal-etats-unis-amerique",
                        "2019-05", Q_JLM)),
    ("senego_lfi", ("fr", "(not shown) [URL slug: ciblant-directement-la-politique-etrangere-de-donald-trump-la-resolution-deposee-par-lfi-qui-theorise-la-sortie-de-lotan-et-la-gestion-des-represailles-americaines]",
                    "Senego (d'après Anadolu)", "https://senego.com/ciblant-directement-la-politique-etrangere-de-donald-trump-la-resolution-deposee-par-lfi-qui-theorise-la-sortie-de-lotan-et-la-gestion-des-represailles-americaines_1915556.html",
                    "(not shown) [text: résolution « déposée mercredi », janvier 2026]", Q_CG)),
    ("monde25_guette", ("fr", "France: la vice-présidente du Parlement dépose une proposition de résolution pour quitter l’OTAN",
                        "monde25.info (article d'Observateur Continental)", "https://monde25.info/index.php/2026/01/10/france-la-vice-presidente-du-parlement-depose-une-proposition-de-resolution-pour-quitter-lotan",
                        "(not shown) [URL: 2026/01/10]", Q_CG)),
    ("boulevard_ext", ("fr", "(not shown) [URL slug: 2009-les-non-dits-du-retour-de-la-France-dans-l-OTAN]",
                       "Boulevard Extérieur", "https://www.boulevard-exterieur.com/2009-les-non-dits-du-retour-de-la-France-dans-l-OTAN.html",
                       "(not shown) [text: pendant la présidence française de l'UE, avant décembre 2008]", Q_2009)),
    ("projsyn_bonapartism", ("fr", "(not shown) [URL slug: the-limits-of-bonapartism/french]",
                             "Project Syndicate (version française)", "https://project-syndicate.org/commentary/the-limits-of-bonapartism/french",
                             "(not shown) [text: « vient de retrouver sa place », 2009]", Q_2009)),
    ("seminaire_frexit", ("fr", "Ils assument le Frexit",
                          "seminaireincentive.fr (reprise)", "https://seminaireincentive.fr/ils-assument-le-frexit",
                          "(not shown) [text: université d'automne de l'UPR, 27-28 octobre 2018]", Q_UPR)),
    ("petitblog_upr", ("fr", "(not shown)",
                       "lepetitblogdesenneville.com (blog)", "https://lepetitblogdesenneville.com/?p=41",
                       "(not shown) [text: « ce samedi », université d'automne de l'UPR, octobre 2018]", Q_UPR)),
    ("huffpost_poll", ("fr", "(not shown) [URL slug: guerre-en-ukraine-83-des-francais-soutiennent-le-peuple-ukrainien-exclusif]",
                       "Le HuffPost (France)", "https://www.huffingtonpost.fr/entry/guerre-en-ukraine-83-des-francais-soutiennent-le-peuple-ukrainien-exclusif_fr_621e5206e4b0f800ce27955a",
                       "2022-03", Q_POLL)),
    ("parisparlez_poll", ("fr", "(not shown) [URL slug: sondage-les-francais-toujours-partisans-de-la-cooperation-avec-lotan]",
                          "parisparlez.com", "https://parisparlez.com/sondage-les-francais-toujours-partisans-de-la-cooperation-avec-lotan/amp",
                          "(not shown) [text: baromètre « publié vendredi 30 janvier », Trump president: 2026]", Q_POLL)),
    ("libe_1997", ("fr", "Otan: Jacques Chirac fait de la résistance. La France n'augmentera pas sa contribution à l'organisation.",
                   "Libération (staging.libe.io)", "https://www.staging.libe.io/planete/1997/07/10/otan-jacques-chirac-fait-de-la-resistance-la-france-n-augmentera-pas-sa-contribution-a-l-organisatio_211193",
                   "10/07/1997", Q_CHIRAC)),
    ("universalis_1995", ("fr", "France. Retour de la France dans le comité militaire de l'O.T.A.N",
                          "Encyclopædia Universalis (chronologie)", "https://universalis.fr/evenement/5-decembre-1995-retour-de-la-dans-le-comite-militaire-de-l-o-t-a-n",
                          "(event: 5 décembre 1995)", Q_CHIRAC)),
    ("corlobe_2008", ("fr", "Un amiral français àNaples si la France rejoint l’OTAN ?",
                      "corlobe.tk (traduction du Los Angeles Times)", "http://www.corlobe.tk/article8146.html",
                      "26 mars 2008 (dernière mise à jour)", Q_CHIRAC)),
    ("frontpop_2021", ("fr", "Quitter l’OTAN : l’idée fait son chemin",
                       "Front Populaire", "https://frontpopulaire.fr/international/contents/quitter-l-otan-lidee-fait-son-chemin_co643179",
                       "(not shown) [image path: 2021/09; text: « Samedi 18 septembre »]", Q_REACT)),
    ("caucase_lepen", ("fr", "Marine Le Pen soutient la réconciliation OTAN-Russie et la réduction du rôle de la France dans l’Alliance",
                       "Le Caucase (le-caucase.com)", "https://www.le-caucase.com/2022/04/16/marine-le-pen-soutient-la-reconciliation-otan-russie-et-la-reduction-du-role-de-la-france-dans-lalliance/",
                       "(not shown) [URL: 2022/04/16]", Q_REACT)),
    ("gauljournal_2024", ("fr", "(not shown) [URL slug: ivan-loshkarev-lotan-est-une-bequille-la-france-est-faible-et-ne-peut-vivre-sans-elle]",
                          "Gaul Journal (gauljournal.com)", "https://gauljournal.com/franseisch/ivan-loshkarev-lotan-est-une-bequille-la-france-est-faible-et-ne-peut-vivre-sans-elle/",
                          "(not shown) [text: after the 2024 snap legislative elections]", Q_REACT)),
    ("figaro_bayrou", ("fr", "Bayrou dénonce le retour de la France dans l'Otan",
                       "Le Figaro", "http://www.lefigaro.fr/politique/2009/02/08/01002-20090208ARTFIG00142-bayrou-denonce-le-retour-de-la-france-dans-l-otan-.php",
                       "(not shown) [URL: 2009/02/08]", Q_BAY)),
    ("heresie_bayrou", ("fr", "Bayrou et l'OTAN",
                        "L'Hérésie (blog, hautetfort.com)", "http://heresie.hautetfort.com/archive/2009/02/09/bayrou-et-l-otan.html",
                        "(not shown) [URL: 2009/02/09]", Q_BAY)),
    ("an_degaulle", ("fr", "Exposition photographique à l'occasion du 40ème anniversaire de la mort du général de Gaulle",
                     "Assemblée nationale (exposition « Hommage de Gaulle », page 1966)", "https://www.assemblee-nationale.fr/13/evenements/Hommage-de-Gaulle/1966.asp",
                     "(not shown) [40e anniversaire de la mort de de Gaulle: 2010]", Q_DG)),
    ("europe1_quatennens", ("fr", "(not shown) [URL slug: adrien-quatennens-depute-la-france-insoumise-la-menace-russe-nexiste-pas]",
                            "Europe 1", "https://www.europe1.fr/politique/adrien-quatennens-depute-la-france-insoumise-la-menace-russe-nexiste-pas-3873386",
                            "2019-03", Q_REACT)),
    ("viepublique_vedrine", ("fr", "Défense : les conclusions du rapport Védrine",
                             "vie-publique.fr", "http://www.vie-publique.fr/actualite/alaune/defense-conclusions-du-rapport-vedrine.html",
                             "le 16 11 2012", Q_VED)),
    ("allgov_vedrine", ("fr", "(not shown) [URL slug: hubert-védrine-lexpert]",
                        "AllGov France (fr.allgov.com)", "http://fr.allgov.com/infos/la-france-et-le-monde/hubert-védrine-lexpert?news=695478",
                        "(not shown) [text: « mercredi 18 juillet », 2012]", Q_VED)),
    ("rt_lepen_cnews", ("fr", "(not shown) [URL slug: france-sortira-pas-otan-pendant-conflit-ukraine-marine-le-pen]",
                        "RT France", "https://francais.rt.com/france/97353-france-sortira-pas-otan-pendant-conflit-ukraine-marine-le-pen",
                        "2022-03", Q_LPDEF)),
    ("obseurope_macron", ("fr", "Macron dit que la France est un allié fidèle car Trump remet en question le principe de la défense mutuelle de l’OTAN",
                          "L'Observatoire de l'Europe (reprise d'Euronews)", "https://www.observatoiredeleurope.com/macron-dit-que-la-france-est-un-allie-fidele-car-trump-remet-en-question-le-principe-de-la-defense-mutuelle-de-lotan_a64540.html",
                          "(not shown) [photo caption: March 6, 2025]", Q_TRUMP)),
    ("iris_lahaye", ("fr", "OTAN-Trump : le pari gagnant de la brutalité",
                     "IRIS (Institut de relations internationales et stratégiques)", "https://www.iris-france.org/otan-trump-le-pari-gagnant-de-la-brutalite",
                     "26 juin 2025", Q_TRUMP)),
    ("mediapart_asselineau", ("fr", "Asselineau, le «Frexit» sinon rien",
                              "Mediapart", "https://www.mediapart.fr/journal/france/310317/asselineau-le-frexit-sinon-rien",
                              "(not shown) [URL: 310317 = 31 March 2017]", Q_UPR)),
    ("rmc_macron", ("fr", "Macron juge l'Otan en état de \"mort cérébrale\"",
                    "RMC (rmc.bfmtv.com)", "https://rmc.bfmtv.com/actualites/politique/macron-juge-l-otan-en-etat-de-mort-cerebrale_AN-201911080429.html",
                    "(not shown) [URL: 201911080429 = 8 November 2019]", Q_MAC)),
    ("defnat_ifop", ("fr", "La France et l'Otan : 1966-2009 (mai 2009)",
                     "Revue Défense Nationale (defnat.com)", "https://www.defnat.com/e-RDN/vue-article.php?carticle=7673&cidrevue=HS70",
                     "mai 2009 (in the title)", Q_POLL)),
    ("voltairenet_dissolution", ("fr", "(not shown)",
                                 "Réseau Voltaire (voltairenet.org)", "http://www.voltairenet.org/ecrire/article141387.html",
                                 "(not shown) [text: after the 2005 referendum on the EU constitutional treaty]", Q_CG)),
    ("europesays_lahaye", ("fr", "(not shown)",
                           "europesays.com (article signed Laurence Defranoux)", "https://www.europesays.com/fr/203239",
                           "(not shown) [text: NATO summit in The Hague, June 2025]", Q_TRUMP)),
    ("dosequotidienne_trump", ("fr", "(not shown) [URL slug: trump-menace-lotan-des-laube-lalliance-peut-elle-encore-se-permettre-ce-jeu-dangereux]",
                               "Dose quotidienne (dosequotidienne.ca)", "https://dosequotidienne.ca/2026/01/14/trump-menace-lotan-des-laube-lalliance-peut-elle-encore-se-permettre-ce-jeu-dangereux",
                               "(not shown) [URL: 2026/01/14]", Q_TRUMP)),
    ("mediaen442_philippot", ("fr", "L’OTAN fête ses 75 ans : son dernier anniversaire ? – Florian Philippot",
                              "Le Média en 4-4-2", "https://lemediaen442.fr/lotan-fete-ses-75-ans-son-dernier-anniversaire-florian-philippot/",
                              "(not shown) [text: NATO's 75th anniversary, 2024]", Q_FP)),
    ("djazairess_morin", ("fr", "(not shown)",
                          "Djazairess (reprise de La Nouvelle République)", "https://djazairess.com/fr/lnr/74097",
                          "(not shown) [text: Sarkozy's speech « hier après-midi » at the École militaire: 12 March 2009]", Q_SAR)),
    # SOURCES-END
])

# -----------------------------------------------------------------------------------------------
# ITEMS: (source key, text copied verbatim, label, position, speaker, note for hard calls)
# Items of one page are one contiguous run of its text, in page order.
ITEMS = [
    # ---- rt_thinkerview (RT France, May 2019; Mélenchon on Thinkerview) -- lede onwards
    ("rt_thinkerview", '''Lors d'une interview à la chaîne YouTube Thinkerview, le leader de La France insoumise a insisté sur la nécessité pour la France de sortir du commandement intégré de l'OTAN.''',
     F, LC, JLM, "'le leader de La France insoumise' = Mélenchon (named in the next paragraph)"),
    ("rt_thinkerview", '''Il prône également une détente des relations entre la France et la Russie.''', N, DR, JLM, ""),
    ("rt_thinkerview", '''Dans une interview accordée à la chaîne YouTube Thinkerview le 6 mai, le président du groupe France insoumise à l'Assemblée nationale, Jean-Luc Mélenchon, est longuement revenu sur la place de Paris dans l’OTAN et s’est insurgé de la mainmise qu'exercent, selon lui, les Etats-Unis sur la diplomatie française et plus largement européenne.''',
     N, DR, JLM, ""),
    ("rt_thinkerview", '''«L’indépendance est la condition de la souveraineté populaire.''', N, DR, JLM,
     "first sentence of a multi-sentence quote about NATO: independence argument, no exit call"),
    ("rt_thinkerview", '''[…] Nous ne sommes pas indépendants car intégrés dans un système de défense qui a la particularité de nous lier aux décisions d’autres, et en particulier les Etats-Unis d’Amérique qui dominent et dirigent l’OTAN», a expliqué le député des Bouches-du-Rhône, en référence à la présence de la France dans le commandement intégré de l'organisation militaire.''',
     N, DR, JLM, "criticises integration in the command as a loss of independence, but no exit call in this sentence"),
    ("rt_thinkerview", '''Pour Jean-Luc Mélenchon, les Etats-Unis «font ce qu’ils veulent» au sein de l'OTAN et «imposent aux participants de leur alliance d’acheter leur matériel».''',
     N, DR, JLM, ""),
    ("rt_thinkerview", '''Il pointe, côté français, une «stupidité» consistant à se fournir en «logiciels» outre-Atlantique pour équiper les «missiles français» ou «le siège de l’armée».''',
     N, DR, JLM, "defence dependence on the US: distance_or_reform rather than none"),
    ("rt_thinkerview", '''«De capitulation en capitulation vous devenez un pays vassal.''', N, DR, JLM, ""),
    ("rt_thinkerview", '''Et nous sommes un pays vassal des Etats-Unis d’Amérique», s'est désolé l'ancien socialiste.''', N, DR, JLM, ""),
    ("rt_thinkerview", '''Sortie de l'OTAN''', N, NO, OUTLET, "section heading naming the topic; no holder and no claim"),
    ("rt_thinkerview", '''«Déjà, il faut commencer par sortir du commandement intégré.''', F, LC, JLM,
     "'commencer par' hints at a further step, but the sentence only names the command: leave_command"),
    ("rt_thinkerview", '''Que faisons-nous là-dedans ?», martèle encore le chef de file des Insoumis.''', F, LC, JLM,
     "rhetorical question ('what are we doing in there?') = the command should be left; 'là-dedans' = the integrated command (previous sentence)"),
    ("rt_thinkerview", '''Et d'ajouter : «Qu’est-ce que cela nous rapporte ?''', N, DR, JLM,
     "questions the benefit of the command without saying to leave it in this sentence"),
    ("rt_thinkerview", '''[…] Cela ne nous donne même pas le contrôle sur la 6e flotte qui patrouille en Méditerranée.»''', N, DR, JLM, ""),
    # ---- senego_lfi (January 2026, after Anadolu) -- first body paragraph onwards
    ("senego_lfi", '''Face à ce qu’elle considère comme une dérive dangereuse de l’administration américaine, La France insoumise (LFI) tente de redéfinir les alliances militaires de Paris.''',
     N, DR, LFI, "'redéfinir les alliances militaires' alludes to the exit plan but does not state it"),
    ("senego_lfi", '''La vice-présidente de l’Assemblée nationale, Clémence Guetté, a formalisé une demande de rupture avec l’OTAN, motivée par une longue liste de griefs contre le président Donald Trump et la nécessité, selon elle, de retrouver une autonomie stratégique.''',
     F, LA, CG, "'rupture avec l'OTAN' = leaving NATO; decision/announcement"),
    ("senego_lfi", '''Cette initiative parlementaire ne se contente pas de demander un retrait ; elle structure les étapes d’un divorce diplomatique et militaire complexe.''',
     F, LA, CG, "the initiative (Guetté's resolution) asks for withdrawal: carries its author's stance (cf. held-out h077)"),
    ("senego_lfi", '''Un calendrier de sortie en deux temps''', N, NO, OUTLET,
     "subheading naming the topic; no holder and no claim"),
    ("senego_lfi", '''Selon les informations relayées par Anadolu, la proposition de résolution déposée mercredi invite le gouvernement français à orchestrer ce départ selon un protocole précis.''',
     F, LA, CG, "'ce départ' = the exit from NATO (previous sentences)"),
    ("senego_lfi", '''Le texte prévoit d’abord un « retrait immédiat du commandement intégré de l’alliance », revenant ainsi sur la décision prise en 2009 sous la présidence de Nicolas Sarkozy.''',
     F, LC, CG, "first stage only: the sentence names the command (full exit is in the next sentence)"),
    ("senego_lfi", '''Dans un second temps, le document planifie une « sortie complète de l’organisation ».''', F, LA, CG, ""),
    ("senego_lfi", '''L’aspect le plus notable de cette proposition réside dans son anticipation des conséquences diplomatiques.''', N, NO, OUTLET, ""),
    ("senego_lfi", '''Consciente de la portée d’une telle décision, la résolution intègre la probabilité de mesures rétorsives venant de la Maison Blanche.''',
     N, NO, CG, "content of the resolution that is not itself an exit call"),
    ("senego_lfi", '''Le texte stipule explicitement qu’il « s’agira d’élaborer les parades aux sanctions que pourraient vouloir imposer les États-Unis du fait de ce retrait ».''',
     N, NO, CG, "presupposes the withdrawal but is about countering US sanctions"),
    ("senego_lfi", '''Un réquisitoire contre l’administration Trump''', N, NO, OUTLET, "subheading"),
    ("senego_lfi", '''Pour justifier cette rupture, Clémence Guetté dresse un bilan sévère de l’action internationale des États-Unis, qualifiée de « menace pour la paix du monde ».''',
     N, DR, CG, "the rupture is only referred to; the stated content is criticism of the US as NATO leader"),
    ("senego_lfi", '''L’élue dénonce une « soumission sans fin » du président Emmanuel Macron à son homologue américain.''', N, DR, CG, ""),
    # ---- monde25_guette (Observateur Continental, January 2026) -- headline + body (donation banner and byline skipped)
    ("monde25_guette", '''France: la vice-présidente du Parlement dépose une proposition de résolution pour quitter l’OTAN''', F, LA, CG,
     "headline; 'la vice-présidente' resolved forwards to Guetté"),
    ("monde25_guette", '''En raison des actions des États-Unis au Venezuela, notamment, Clémence Guetté, vice-présidente Assemblée nationale, députée de Créteil, Choisy-le-Roi, Orly, responsable du programme La France insoumise, Co-présidente Institut La Boétie, annonce déposer une proposition de résolution pour quitter l’OTAN.''',
     F, LA, CG, ""),
    ("monde25_guette", '''«Plus que jamais, la question de la participation de la France à l’Organisation du Traité de l’Atlantique Nord, alliance militaire dirigée et au service des États-Unis, se pose.''',
     N, DR, CG, "raises the question without answering it in this sentence (guideline 4.9)"),
    ("monde25_guette", '''Je dépose une proposition de résolution pour la sortie planifiée de l’OTAN, en commençant par celle de son commandement intégré», vient d’annoncer Clémence Guetté, vice-présidente Assemblée nationale, députée de Créteil, Choisy-le-Roi, Orly, responsable du programme La France insoumise, Co-présidente Institut La Boétie.''',
     F, LA, CG, "staged exit whose end point is the alliance"),
    ("monde25_guette", '''Elle a écrit avant les raisons: «Les États-Unis de Trump kidnappent un chef d’État au Venezuela.''', N, NO, CG,
     "criticism of the US on an unrelated matter (Venezuela): none"),
    ("monde25_guette", '''Les États-Unis de Trump soutiennent et appuient militairement un génocide en Palestine.''', N, NO, CG, ""),
    ("monde25_guette", '''Les États-Unis de Trump menacent le Groenland d’une annexion armée»; «Les États-Unis de Trump bombardent des peuples en violation totale du droit international».''',
     N, NO, CG, "two tweet lines printed as one sentence; run ends here because the next quotation's author is not shown in the excerpt"),
    # ---- boulevard_ext (Boulevard Extérieur, late 2008) -- excerpt run
    ("boulevard_ext", '''Comme condition du retour de la France dans la structure militaire de l’OTAN, le président de la République a posé de réels progrès dans la politique européenne de sécurité et de défense (PESD), pendant la présidence française de l’Union.''',
     A, RD, NS, "setting conditions for the return = a (conditional) plan to return: rejoin_or_deepen"),
    ("boulevard_ext", '''Or au mois de décembre, le bilan devrait être plutôt maigre, nos partenaires n’ayant ni l’envie ni les moyens de développer des capacités au service de la PESD.''', N, NO, OUTLET, ""),
    ("boulevard_ext", '''La France non plus d’ailleurs.''', N, NO, OUTLET, ""),
    ("boulevard_ext", '''La réintégration de la France dans le dispositif quitté en 1966 par le général De Gaulle suppose que des officiers généraux français occupent des postes de responsabilité dans l’OTAN.''',
     N, NO, OUTLET, "passing mention of 1966 and of the return in the outlet's analysis (guideline 4.4)"),
    ("boulevard_ext", '''Non seulement nos alliés ne sont pas vraiment disposés à nous abandonner des places mais l’armée française n’aurait pas les moyens de les occuper.''', N, NO, OUTLET, ""),
    ("boulevard_ext", '''Selon les normes de l’OTAN, il faut en effet que les officiers généraux aient, selon leur grade, quelques dizaines et plusieurs centaines de collaborateurs.''', N, NO, OUTLET, ""),
    ("boulevard_ext", '''La France n’est pas en mesure de les fournir.''', N, NO, OUTLET, ""),
    ("boulevard_ext", '''Aussi la réintégration devrait-elle se faire « à la carte », selon les besoins de l’OTAN et les possibilités françaises.''', N, NO, OUTLET,
     "outlet's prediction about how the return will happen"),
    ("boulevard_ext", '''La décision de Nicolas Sarkozy n’en sera que plus politique.''', N, NO, OUTLET, ""),
    ("boulevard_ext", '''Prendra-t-il le risque de mécontenter les gaullistes de sa majorité, sans parler de l’opposition, pour un geste qui n’aura aucune conséquence pratique ?''',
     N, DR, OUTLET, "the outlet questions the usefulness of the return without opposing it: reservation, distance_or_reform"),
    # ---- projsyn_bonapartism (Project Syndicate, 2009) -- first paragraph
    ("projsyn_bonapartism", '''PARIS – Après quatre décennies, la France vient de retrouver sa place au sein du commandement militaire intégré de l’OTAN.''',
     N, NO, OUTLET, "bare fact, no actor named in this sentence (dateline kept)"),
    ("projsyn_bonapartism", '''D’un seul geste, le président Nicolas Sarkozy a renversé l’un des piliers de la politique française – et par là l’un des piliers de l’héritage de Charles De Gaulle, le fondateur du parti politique auquel appartient Sarkozy.''',
     A, RD, NS, "Sarkozy's act (the return) carries his stance (guideline 4.3), whatever the author's view"),
    # ---- seminaire_frexit (UPR autumn university, October 2018) -- headline + body
    ("seminaire_frexit", '''Ils assument le Frexit''', N, NO, OUTLET, "other target (EU)"),
    ("seminaire_frexit", '''L’Union populaire républicaine (UPR) a organisé, samedi 27 et dimanche 28 octobre 2018, son université d’automne en Indre-et-Loire.''', N, NO, OUTLET, ""),
    ("seminaire_frexit", '''L’occasion pour son président, François Asselineau, de lancer sa campagne pour les élections européennes de 2019 autour d’un seul mot d’ordre : le Frexit, c’est-à-dire une sortie de l’Union européenne sur le modèle du Brexit.''',
     N, NO, "François Asselineau", "other target (EU)"),
    ("seminaire_frexit", '''Stand de la boutique UPR#UniversitéUPR #UniversitéUPR2018 pic.twitter.com/ks8S1PeYNu''', N, NO, "unnamed: author of an embedded tweet",
     "embedded tweet line, author not shown"),
    ("seminaire_frexit", '''Du Brexit au Frexit''', N, NO, OUTLET, "subheading"),
    ("seminaire_frexit", '''La bannière du site Internet de l’UPR égrène fièrement le compte à rebours du Brexit en jours, heures, minutes et secondes.''', N, NO, OUTLET, ""),
    ("seminaire_frexit", '''De fait, ce processus est capital pour les promoteurs d’un Frexit, puisqu’il prouve concrètement qu’il est possible de quitter cette organisation supranationale.''',
     N, NO, OUTLET, "'cette organisation supranationale' = the EU: other target"),
    ("seminaire_frexit", '''« Le 29 mars 2019 je serai à Londres avec les adhérents de l’UPR pour célébrer le Brexit ! », a en outre promis François Asselineau aux militants.''', N, NO, "François Asselineau", ""),
    ("seminaire_frexit", '''Affiche de l’UPR.''', N, NO, OUTLET, "image caption"),
    ("seminaire_frexit", '''Son programme se résume d’ailleurs dans un slogan simple et intelligible : « Sortir de l’UE, de l’euro et de l’Otan. »''',
     F, LA, "Union populaire républicaine (UPR)", "the party slogan includes leaving NATO (besides the EU)"),
    ("seminaire_frexit", '''L’idée d’une sortie immédiate démarque l’UPR de ceux qui proposent d’abord de tenter une renégociation des traités européens (plan A), n’envisageant ensuite que par défaut d’y désobéir unilatéralement ou de se retirer de l’UE (plan B).''',
     N, NO, OUTLET, "'sortie immédiate' = of the EU here"),
    ("seminaire_frexit", '''Cette stratégie en deux temps est commune au Rassemblement national (Marine Le Pen), à Debout la France (Nicolas Dupont-Aignan) et à La France insoumise (Jean-Luc Mélenchon).''',
     N, NO, OUTLET, "two-stage strategy towards the EU, not NATO"),
    ("seminaire_frexit", '''L’UPR n’est toutefois pas la seule formation à assumer ouvertement la perspective d’un Frexit direct.''', N, NO, OUTLET, ""),
    # ---- petitblog_upr (blog reprint, October 2018) -- first paragraph onwards
    ("petitblog_upr", '''L’Union populaire républicaine (UPR) s’est réunie ce samedi autour de son président François Asselineau, qui conduira une liste « pro-Frexit » aux élections européennes de mai 2019 après avoir défendu la sortie de la France de l’UE à la présidentielle.''',
     N, NO, OUTLET, "other target (EU)"),
    ("petitblog_upr", '''En Touraine, un millier de personnes s’est rassemblé pour cette « université d’automne » de l’UPR.''', N, NO, OUTLET, ""),
    ("petitblog_upr", '''Le président de l’UPR a notamment débattu avec le démographe Emmanuel Todd, qui approuve le constat d’un « système européen autoritaire et antidémocratique » – l’Allemagne en prend aussi pour son grade -, mais pas « l’opposition au monde anglo-saxon » ou la sortie de l’Otan.''',
     A, ST, "Emmanuel Todd", "Todd disapproves of the NATO exit (the stance-bearing clause); the EU criticism is another target"),
    ("petitblog_upr", '''Le débat est animé par un « militant actif » de 17 ans, Aurélien Enthoven, fils du philosophe Raphäel Enthoven et de Carla Bruni-Sarkozy.''', N, NO, OUTLET, ""),
    ("petitblog_upr", '''François Asselineau en est persuadé: « l’instinct de survie du peuple français a commencé à se réveiller ».''', N, NO, "François Asselineau", ""),
    ("petitblog_upr", '''32.000 adhérents Lors de la présidentielle de 2017, cet énarque et inspecteur des Finances n’a recueilli que 0,92% des voix.''', N, NO, OUTLET,
     "subheading run into the sentence in the stored text; kept verbatim"),
    ("petitblog_upr", '''Cet ex-membre de cabinet de droite des gouvernements Balladur (1993-1995) et Chirac (1995-1997) puis du RPF de Charles Pasqua, a tenté de démontrer, article par article, la nécessité pour la France de sortir des traités européens.''',
     N, NO, "François Asselineau", "other target (EU treaties)"),
    ("petitblog_upr", '''Créé en 2007, l’UPR compte « 32.000 adhérents » dont « 21.000 à jour de cotisation », « 10.000 de plus » depuis la présidentielle.''', N, NO, OUTLET, ""),
    # ---- huffpost_poll (Le HuffPost / YouGov, March 2022) -- run from the NATO subheading to the end of the excerpt
    ("huffpost_poll", '''65% des Français veulent rester dans l’OTAN''', N, NO, OUTLET,
     "subheading reporting a poll: polls are none (guideline 3), although the wording is 'stay'"),
    ("huffpost_poll", '''Interrogés sur le maintien ou non de la France dans l’OTAN, les Français sondés, dans leur majorité et dans le contexte actuel, soutiennent l’alliance atlantique.''',
     N, NO, OUTLET, "poll result: none"),
    ("huffpost_poll", '''Ils sont 65% à vouloir y rester et seulement 9% à vouloir la quitter.''', N, NO, OUTLET, "poll result: none"),
    ("huffpost_poll", '''17% ne se prononcent pas.''', N, NO, OUTLET, ""),
    ("huffpost_poll", '''Un choix qui confortera les candidats à la présidentielle qui défendent l’organisation militaire, à commencer par Emmanuel Macron ou Valérie Pécresse.''',
     A, ST, EM + "; Valérie Pécresse", "the outlet's prediction frames a relative clause that states the candidates' defence of NATO: that clause carries the stance"),
    ("huffpost_poll", '''Jean-Luc Mélenchon, Éric Zemmour et Marine Le Pen souhaitent quitter le commandement militaire de l’OTAN.''', F, LC, JLM + "; " + EZ + "; " + MLP,
     "three holders with the same position (command only, as the sentence states it)"),
    # ---- parisparlez_poll (Toluna-Harris Interactive for LCI, January 2026) -- first six sentences from the top (list bullets '- ' not kept)
    ("parisparlez_poll", '''Selon le baromètre Toluna – Harris Interactive pour LCI, une majorité de Français se dit favorable à un renforcement ou un maintien de la coopération de la France avec l’Otan.''',
     N, NO, OUTLET, "poll result: none, even with 'renforcement ou maintien'"),
    ("parisparlez_poll", '''En revanche, 45% des répondants jugent que Paris devrait réduire sa coopération militaire avec les États-Unis.''', N, NO, OUTLET, "poll result: none"),
    ("parisparlez_poll", '''Le soutien est toujours là.''', N, NO, OUTLET, ""),
    ("parisparlez_poll", '''D’après le baromètre Toluna – Harris Interactive pour LCI* publié vendredi 30 janvier, une large majorité de Français reste favorable à l’Otan.''', N, NO, OUTLET, "poll result: none"),
    ("parisparlez_poll", '''Ainsi, 41% des personnes interrogées estiment que Paris devrait renforcer sa coopération militaire avec l’Alliance atlantique et 36% se disent pour un maintien de la coopération en l’état.''',
     N, NO, OUTLET, "poll result: none"),
    ("parisparlez_poll", '''À l’inverse, seuls 22% des Français réclament une diminution des liens entre la France et l’Otan quand 1% ne se prononce pas.''', N, NO, OUTLET, "poll result: none"),
    # ---- libe_1997 (Libération, 10 July 1997) -- headline + body (paywall/date/byline lines skipped)
    ("libe_1997", '''Otan: Jacques Chirac fait de la résistance.''', N, DR, "Jacques Chirac", "resisting US pressure inside NATO; no stance on leaving or rejoining"),
    ("libe_1997", '''La France n'augmentera pas sa contribution à l'organisation.''', N, NO, "Jacques Chirac", "budget contribution, not membership"),
    ("libe_1997", '''Le communiqué final du sommet de l'Otan ne dit rien d'un éventuel retour de la France dans la structure militaire intégrée de l'organisation.''', N, NO, OUTLET, ""),
    ("libe_1997", '''Mais il était clair, dès mardi, que les Etats-Unis commençaient à pousser la pression pour que Paris prenne une décision définitive sur ce sujet avant la fin de l'année.''',
     N, NO, OUTLET, "US pressure for a decision, its direction not stated in the sentence"),
    ("libe_1997", '''Clinton lui-même a insisté sur ce point auprès de Chirac.''', N, NO, "Bill Clinton", ""),
    ("libe_1997", '''C'est à cette date en effet que devrait être terminé le remaniement de la structure militaire puisque l'Otan s'est donné encore six mois pour résoudre les différends inter-européens qui subsistent (notamment entre Grecs et Turcs qui réclament chacun un sous-commandement et entre Espagnols et Britanniques à propos de Gibraltar).''',
     N, NO, OUTLET, "other countries"),
    ("libe_1997", '''L'argument développé par les Américains en coulisse peut paraître frappé au coin du bon sens: si elle ne dit pas oui avant la fin de l'année, la France aura beaucoup de mal, plus tard, si elle veut réintégrer l'Otan pour obtenir des responsabilités militaires auxquelles elle pourrait prétendre, car tous les postes seront alors pourvus"''',
     A, RD, "unnamed: US officials", "the Americans' argument pushes France to rejoin now; the outlet only comments on it; no full stop in the stored text, stray quotation mark kept"),
    ("libe_1997", '''Jacques Chirac a repoussé cette présentation des faits, hier, avant de quitter Madrid, affirmant qu'il n'avait «pas du tout le sentiment» que la fin 1997 pourrait constituer une date butoir.''',
     N, NO, "Jacques Chirac", "rejects the deadline (deferral of a return), no stance either way"),
    # ---- universalis_1995 (chronology entry, 5 December 1995) -- title + entry (subscription banner and signature skipped)
    ("universalis_1995", '''France. Retour de la France dans le comité militaire de l'O.T.A.N''', N, NO, OUTLET, "nominal headline of a fact; no actor named"),
    ("universalis_1995", '''Lors de la Conférence des ministres des Affaires étrangères de l'O.T.A.N., à Bruxelles, le Français Hervé de Charette annonce que Paris est disposé à siéger à nouveau au comité militaire de l'O.T.A.N., qu'il avait quitté en mars 1966 sur l'initiative du général de Gaulle.''',
     A, RD, "Hervé de Charette", "announcement moving France back into a NATO military body (cf. held-out h092); de Gaulle's 1966 act is a subordinate background clause"),
    ("universalis_1995", '''La France participait déjà, au coup par coup, aux réunions relatives à la situation en Bosnie.''', N, NO, OUTLET, ""),
    ("universalis_1995", '''Hervé de Charette déclare toutefois que Paris n'entend pas, pour autant, rejoindre le dispositif intégré de l'Organisation – c'est-à-dire placer ses troupes sous commandement de l'O.T.A.N. en temps de paix –, car la « demande [française] de renforcement du pilier européen [de l'O.T.A.N.] implique un réexamen des structures de l'Alliance » qui n'a « pas suffisamment progressé ».''',
     N, DR, "Hervé de Charette", "conditional refusal to rejoin the integrated structure pending NATO reform (European pillar): reform, not a call to stay out"),
    # ---- corlobe_2008 (translation of the Los Angeles Times, March 2008) -- headline + body (update line and source line skipped)
    ("corlobe_2008", '''Un amiral français àNaples si la France rejoint l’OTAN ?''', N, NO, OUTLET, "headline question; missing space kept"),
    ("corlobe_2008", '''La France s’était retiré en 1966 de la structure militaire de commandement de l’OTAN.''', N, NO, OUTLET, "bare fact (guideline 4.4)"),
    ("corlobe_2008", '''En aout dernier, le président Sarkozy avait déclaré qu’il souhaitait que la France réintègre le commandement de l’Alliance.''', A, RD, NS, ""),
    ("corlobe_2008", '''Des officiers de l’OTAN ont récemment commencé à discuter des postes qui seraient attribués à des militaires français si la France réintégrait complètement la structure, ont indiqué des responsables américains et de l’Alliance.''',
     N, NO, "unnamed: US and NATO officials", ""),
    ("corlobe_2008", '''Les français ont proposé de prendre le commandement de l’OTAN à Naples (Italie), qui est responsables de toutes les forces alliées au Sud de l’Europe.''',
     A, RD, "French government", "a French proposal to take a NATO command as part of a full return: rejoin_or_deepen"),
    ("corlobe_2008", '''Le poste est actuellement réservé à un amiral de l’US Navy.''', N, NO, OUTLET, ""),
    ("corlobe_2008", '''Des responsables américains avaient déjà rejeté une proposition similaire faite par la France dans les années 90.''', N, NO, "unnamed: US officials", ""),
    ("corlobe_2008", '''Mais le responsable militaire américain explique que le Pentagone est devenu plus réceptif.''', N, NO, "unnamed: US military official", ""),
    ("corlobe_2008", '''"C’est vraiment une chose positive," a expliqué le responsable.''', A, RD, "unnamed: US military official",
     "'une chose positive' = France's full return to the command (context): an outside official welcoming it"),
    ("corlobe_2008", '''Le président Sarkozy pourrait proposer formellement de rejoindre le commandement de l’OTAN lors du sommet célébrant le 60è anniversaire de l’Alliance l’an prochain.''',
     N, NO, OUTLET, "the outlet's prediction, not Sarkozy's statement"),
    ("corlobe_2008", '''Tous les responsables interrogés se sont exprimés à condition de rester anonyme puisqu’il s’agit de débats internes.''', N, NO, OUTLET, ""),
    # ---- frontpop_2021 (Front Populaire, September 2021, after AUKUS) -- headline + body ('ARTICLE.' label and image path skipped)
    ("frontpop_2021", '''Quitter l’OTAN : l’idée fait son chemin''', N, NO, OUTLET, "headline assessing the spread of an idea; nobody's position stated"),
    ("frontpop_2021", '''Faut-il quitter l’OTAN ?''', N, DR, OUTLET, "raises the question without answering it (guideline 4.9)"),
    ("frontpop_2021", '''Alors que la crise diplomatique entre Paris, Canberra, Washington et Londres n’est pas près de se tasser, la question est (enfin) posée par l’opposition.''',
     N, DR, OUTLET, "'(enfin)': the outlet welcomes the question being raised, still no answer"),
    ("frontpop_2021", '''Les présidentielles approchant, le monde politique a-t-il fini par se rendre compte de l’importance de la souveraineté nationale ?''', N, DR, OUTLET,
     "sovereignty in the context of the NATO question"),
    ("frontpop_2021", '''La France n’envisage pas encore de quitter l’OTAN.''', N, NO, OUTLET, "describes the government's current (non-)plan; 'pas encore' is the outlet's, no stance held by anyone"),
    ("frontpop_2021", '''Du côté de l’exécutif, on temporise, et on semble éviter soigneusement les sujets qui fâchent.''', N, NO, OUTLET, ""),
    ("frontpop_2021", '''Samedi 18 septembre sur France 2, Jean-Yves le Drian considérait d’ailleurs que « ce qui vient de se passer » ne devrait pas peser sur les nouvelles orientations de l’OTAN.''',
     N, NO, "Jean-Yves Le Drian", "AUKUS should not weigh on NATO's orientations: says nothing about France staying or leaving"),
    ("frontpop_2021", '''Une manière de se positionner sur ce sujet brûlant, sans trop se mouiller.''', N, NO, OUTLET, ""),
    ("frontpop_2021", '''L’opposition, de son côté, est vent debout contre l’organisation américaine.''', N, DR, "French opposition parties", "hostility to NATO without an exit call"),
    ("frontpop_2021", '''Marine Le Pen (RN), Jean Luc Mélenchon (LFI), Arnaud Montebourg (l’Engagement), Fabien Roussel (PCF), et même Xavier Bertrand (divers droites) : bien des candidats déclarés y sont allés de leur petit commentaire, interrogeant la pertinence d’une présence française dans l’OTAN – ou, au moins, proposant de réévaluer ladite présence à la lumière de la brutalité de l’administration Biden.''',
     N, DR, MLP + "; " + JLM + "; Arnaud Montebourg; Fabien Roussel; Xavier Bertrand", "questioning / re-evaluating France's presence: raises the question (guideline 4.9)"),
    ("frontpop_2021", '''« La France n’a pas vocation à être traitée comme un valet des Américains ».''', N, DR, "unnamed: pull quote (speaker not given in the excerpt)",
     "pull quote between paragraphs; alignment on the US criticised, no exit call"),
    ("frontpop_2021", '''Dimanche sur Europe 1, Jordan Bardella (RN) a appelé à quitter l’OTAN, tout comme Fabien Roussel le même jour sur France Inter.''',
     F, LA, "Jordan Bardella; Fabien Roussel", "two holders with the same position; as the sentence states it"),
    ("frontpop_2021", '''Invité samedi par Laurent Ruquier, Arnaud Montebourg a quant à lui posé la question du maintien dans l’OTAN, actant que la France devait « reprendre le chemin de la diplomatie du non-alignement et de la troisième voie du Général de Gaulle ».''',
     N, DR, "Arnaud Montebourg", "raises the question + non-alignment, no exit call"),
    # ---- caucase_lepen (French translation of a US newspaper report, April 2022) -- headline + body ('read also' link skipped)
    ("caucase_lepen", '''Marine Le Pen soutient la réconciliation OTAN-Russie et la réduction du rôle de la France dans l’Alliance''', N, DR, MLP,
     "headline: 'reduction of France's role' and NATO-Russia reconciliation, no exit named in this sentence"),
    ("caucase_lepen", '''Refusant une « conformité grégaire » avec l’administration Biden, Marine Le Pen, candidate d’extrême droite à la présidence française, a déclaré mercredi que la France quitterait le commandement militaire intégré de l’OTAN si elle était élue et qu’elle chercherait pour l’alliance « un rapprochement stratégique » avec la Russie.''',
     F, LC, MLP, ""),
    ("caucase_lepen", '''Alors que la guerre de la Russie en Ukraine fait rage, Mme Le Pen a effectivement signalé que son élection mettrait fin ou du moins perturberait l’alliance unie du président Biden face au président russe Vladimir V. Poutine, et créerait peut-être une brèche en Europe occidentale que M. Poutine pourrait exploiter.''',
     N, NO, OUTLET, "the outlet's reading of the consequences, not Le Pen's position"),
    ("caucase_lepen", '''Dénigrant le multilatéralisme, fustigeant l’Allemagne, critiquant l’Union européenne, reléguant les questions climatiques au second plan, attaquant les « mondialistes » et maintenant un quasi-silence sur l’assaut brutal de la Russie en Ukraine, Mme Le Pen a donné un avant-goût d’une vision du monde qui rappelait à la fois la présidence Trump et semblait menacer directement les tentatives de l’OTAN d’armer l’Ukraine et de vaincre la Russie.''',
     N, NO, OUTLET, "outlet's analysis"),
    ("caucase_lepen", '''Un virage à l’extrême droite de la France, puissance nucléaire et membre permanent du Conseil de sécurité des Nations unies, réalignerait le monde, avec des conséquences imprévisibles et perturbatrices.''', N, NO, OUTLET, ""),
    ("caucase_lepen", '''Lors d’une conférence de presse de 75 minutes consacrée aux relations internationales et apparemment conçue pour renforcer ses références sur la scène mondiale, Mme Le Pen a déclaré que la France resterait dans l’OTAN et respecterait son article 5, qui stipule qu’une attaque contre un membre de l’alliance est une attaque contre tous.''',
     A, ST, MLP, "alone in its sentence, 'France would stay in NATO' is stay (cf. held-out h089); her command exit is in the previous/next sentences"),
    # ---- gauljournal_2024 (machine-like translation of a Russian piece, 2024) -- body from the start
    ("gauljournal_2024", '''Jean-Luc Mélenchon, leader de la France invaincue, l'un des principaux partis du Nouveau Front populaire des forces de gauche, qui a remporté les élections législatives anticipées, s'est prononcé contre le statut de membre de l'OTAN du pays.''',
     F, LA, JLM, "against France's membership = for leaving the alliance; 'France invaincue' = La France insoumise (translation)"),
    ("gauljournal_2024", '''Et il a déclaré que s’il était à la tête du pays, il retirerait « systématiquement » le pays de l’union.''', F, LA, JLM,
     "'l'union' = NATO (previous sentence; translation wording)"),
    ("gauljournal_2024", '''Dans une interview accordée au journal espagnol El País, l'homme politique a déclaré qu'il ne partageait pas la « logique de guerre » à laquelle adhère l'Organisation du Traité de l'Atlantique Nord.''',
     N, DR, JLM, ""),
    ("gauljournal_2024", '''Mais il a au contraire choisi « la logique du désarmement et de la pacification ».''', N, DR, JLM, "contrasted with NATO's 'war logic' (previous sentence)"),
    ("gauljournal_2024", '''« Si j'étais à l'Elysée, bien sûr, je me retirerais du commandement militaire unifié, de l'OTAN de manière systématique et organisée.''', F, LA, JLM,
     "command and NATO both named: leave_alliance"),
    ("gauljournal_2024", '''Surtout pendant le conflit militaire (entre la Russie et l’Ukraine), pour ne pas se retrouver entraîné dans cette histoire », a déclaré Mélenchon.''', F, LA, JLM,
     "elliptical continuation: '[I would withdraw] especially during the conflict' (frame resolved from the previous sentence) + argument for exit"),
    ("gauljournal_2024", '''Auparavant, le chef du Parti patriotique, Florian Filippo, s'était également prononcé en faveur d'une sortie de la France de l'alliance «le plus rapidement possible».''',
     F, LA, "Florian Philippot", "the source spells him 'Filippo'"),
    ("gauljournal_2024", '''Il pensait que la politique de l'OTAN conduirait à une guerre totale et il a déclaré que Paris devait défendre ses intérêts et la paix.''', N, DR, "Florian Philippot", ""),
    ("gauljournal_2024", '''« Évitons le pire des scénarios en sortant de cet enfer et en quittant l'OTAN », a exhorté Filippo après avoir annoncé la semaine dernière le projet de l'Allemagne d'envoyer 800 000 soldats à la frontière russe.''',
     F, LA, "Florian Philippot", ""),
    ("gauljournal_2024", '''Cependant, les hommes politiques français envisageaient de quitter le bloc de l’Atlantique Nord presque dès sa création, auquel d’ailleurs la Ve République avait directement participé.''',
     N, NO, OUTLET, "vague historical background attributed to no one in particular"),
    ("gauljournal_2024", '''C'est l'un des 12 pays qui ont fondé l'OTAN en 1949 et le seul à quitter l'organisation.''', N, NO, OUTLET, "bare (inaccurate) fact"),
    ("gauljournal_2024", '''Le 1er juillet 1966, au plus fort de la guerre froide, le président Charles de Gaulle place l’ensemble des forces armées du pays sous commandement national direct.''',
     F, LC, CDG, "de Gaulle's act of withdrawing forces from the integrated command (guideline 4.3)"),
    # ---- figaro_bayrou (Le Figaro, 8 February 2009) -- headline + standfirst + body ('Publicité' and photo credit skipped)
    ("figaro_bayrou", '''Bayrou dénonce le retour de la France dans l'Otan''', F, LC, "François Bayrou",
     "opposing the 2009 return (guideline 4.1); headline printed on two lines, joined with a space"),
    ("figaro_bayrou", '''François Bayrou craint que la France ne perde son indépendance en rejoignant le commandement militaire intégré de l'Otan.''', F, LC, "François Bayrou",
     "photo caption; argument that the return would be harmful = opposing the return"),
    ("figaro_bayrou", '''François Bayrou a mis en garde Nicolas Sarkozy, assurant que la France perdra son indépendance en rejoignant le commandement militaire intégré de l'Otan.''',
     F, LC, "François Bayrou", "warning against the return (guideline 4.1/4.7)"),
    ("figaro_bayrou", '''Le président du MoDem demande un référendum.''', N, NO, "François Bayrou", "procedural demand, no stance in the sentence"),
    ("figaro_bayrou", '''«Un aller sans retour.»''', N, DR, "François Bayrou", "metaphor for the return (irreversible); alone, a reservation rather than opposition"),
    ("figaro_bayrou", '''C'est par cette métaphore que le président du Mouvement démocrate François Bayrou a dénoncé dimanche la réintégration de la France dans l'Otan, souhaitée par Nicolas Sarkozy.''',
     F, LC, "François Bayrou", "'dénoncé la réintégration' = opposing the return; Sarkozy's wish is embedded"),
    ("figaro_bayrou", '''«Je le dis à Nicolas Sarkozy : nous ne voulons pas perdre notre indépendance et pas davantage le symbole de notre indépendance», a lancé le président du MoDem lors de la conférence nationale de son parti sur les élections européennes.''',
     N, DR, "François Bayrou", "independence argument; the command is not named in this sentence"),
    ("figaro_bayrou", '''«Un tel choix, aussi lourd, ne peut pas se faire par les autorités politiques seules, encore moins par le président de la République.''', N, NO, "François Bayrou", "procedure"),
    ("figaro_bayrou", '''Ce choix ne peut se faire que par un référendum du peuple français», a déclaré François Bayrou, interrogé par la presse à l'issue de la réunion.''', N, NO, "François Bayrou", "procedure"),
    ("figaro_bayrou", '''Alors que le retour de la France, sortie du commandement intégré sur décision du général de Gaulle en 1966, devrait être officialisé lors du sommet de l'Otan à Strasbourg-Kehl début avril, François Bayrou a estimé qu'il s'agirait d'un «aller sans retour» car aucune majorité ne pourrait revenir sur cette décision.''',
     N, DR, "François Bayrou", "irreversibility of the return: reservation, not an explicit rejection"),
    ("figaro_bayrou", '''«Le général de Gaulle a fait ce choix pour 50 ans.''', N, NO, "François Bayrou", "a fact about de Gaulle's choice, stated by Bayrou; the request follows in the next sentence"),
    ("figaro_bayrou", '''Je demande que ce choix-là ne soit pas bradé, jeté aux orties, qu'on y réfléchisse», a dit le «troisième homme» de l'élection présidentielle de 2007.''',
     F, LC, "François Bayrou", "keeping de Gaulle's choice (outside the command) = opposing the return"),
    ("figaro_bayrou", '''«Une défaite pour la France, une défaite pour l'Europe»''', F, LC, "François Bayrou", "subheading quoting Bayrou; 'une défaite' = the return (context), cf. « fut une erreur »"),
    ("figaro_bayrou", '''François Bayrou a contesté les arguments utilisés samedi à Munich par le président de la République, selon lesquels le retour dans l'OTAN «ne met pas en cause l'indépendance» de la France, mais «la renforce».''',
     F, LC, "François Bayrou", "main clause: Bayrou contests the case for the return; Sarkozy's arguments are embedded"),
    # ---- heresie_bayrou (blog, 9 February 2009) -- title + body (cookie banner skipped)
    ("heresie_bayrou", '''Bayrou et l'OTAN''', N, NO, OUTLET, ""),
    ("heresie_bayrou", '''J'observe, une fois de plus, que la presse (et elle n'est pas seule) se précipite et rend compte des propos de François Bayrou sans y avoir réfléchi et surtout, de manière incomplète.''', N, NO, OUTLET, ""),
    ("heresie_bayrou", '''Première correction : François Bayrou n'a pas dit qu'il était hostile a priori à une réintégration de la France dans l'OTAN, il a dit qu'il souhaitait un débat à ce sujet, et surtout, qu'il n'était pas favorable à celle que propose Nicolas Sarkozy.''',
     F, LC, "François Bayrou", "debatable: not hostile to reintegration in principle, but against the 2009 return as proposed: opposing the 2009 return (guideline 4.1)"),
    ("heresie_bayrou", '''Pourquoi la France est-elle historiquement sortie de l'OTAN ?''', N, NO, OUTLET, ""),
    ("heresie_bayrou", '''Cela ne relève pas des seuls rêves de grandeur du Général de Gaulle : c'est aussi que les structures de commandement de l'OTAN le laissaient aucune place à la France comme, aujourd'hui, elles ne laissent aucune place à l'Europe !''',
     N, DR, OUTLET, "the blogger criticises NATO's command structures"),
    ("heresie_bayrou", '''Ce n'est pas par nationalisme étriqué que François Bayrou s'inquiète de cette réintégration, mais au contraire par sentiment européen.''', N, DR, "François Bayrou",
     "'s'inquiète' = reservation about the return (cf. held-out h029)"),
    ("heresie_bayrou", '''On dit les centristes atlantistes par tradition, mais en réalité, il y a une vieille pomme de discorde entre les Américains et ces mêmes centristes, c'est la place de l'Europe dans tout dispositif de défense européen.''',
     N, DR, OUTLET, "European defence vs the US"),
    ("heresie_bayrou", '''Les propos de François Bayrou doivent être compris à l'aune de cet enjeu.''', N, NO, OUTLET, ""),
    ("heresie_bayrou", '''J'ajoute, pour ceux qui en douteraient, qu'il l'avait dit et écrit dans ses propositions sur la Défense lors de l'élection présidentielle.''', N, NO, OUTLET, ""),
    # ---- an_degaulle (National Assembly exhibition page, 1966) -- caption paragraph onwards
    ("an_degaulle", '''« Saisi dans une de ses attitudes favorites, le Président tient à l'Élysée la première conférence de presse de son second mandat, le 21 février 1966.''', N, NO, OUTLET, ""),
    ("an_degaulle", '''Il y est surtout question de l'OTAN.''', N, NO, OUTLET, ""),
    ("an_degaulle", '''De Gaulle laisse prévoir le retrait de la France du commandement intégré de l'Organisation (et non pas le retrait de l'OTAN, comme cela est parfois écrit).''', F, LC, CDG,
     "announcement of the command withdrawal; the parenthesis makes it leave_command"),
    ("an_degaulle", '''La « force de frappe » nucléaire, dont la France s'est dotée contre la volonté des États-Unis, suppose, selon lui, des « responsabilités politiques et stratégiques très étendues [...] que leur nature et leurs dimensions rendent évidemment inaliénables.''',
     N, DR, CDG, "nuclear sovereignty against the US, no withdrawal stated"),
    ("an_degaulle", '''Pas question donc d'en partager la responsabilité avec quiconque. »''', N, DR, CDG, ""),
    ("an_degaulle", '''Quelques jours plus tard, au nom d'une « certaine idée de la France », dont le maître mot est « souveraineté », il informe le président américain Lyndon Johnson que la France va « cesser sa participation aux commandements intégrés et ne plus mettre de forces à la disposition de l'OTAN ».''',
     F, LC, CDG, ""),
    ("an_degaulle", '''Il demande aussi le départ des installations alliées, basées sur le territoire national.''', F, LC, CDG,
     "part of the 1966 withdrawal from the military structure (decision)"),
    ("an_degaulle", '''En quelques mois, et sans problèmes majeurs, les 26 000 soldats américains présents sur le sol français plient bagage, en direction de la Belgique, des Pays-Bas et de l'Italie.''', N, NO, OUTLET, ""),
    ("an_degaulle", '''Une nouvelle période, celle d'une France « alliée indocile » de Washington, s'ouvre.''', N, NO, OUTLET, ""),
    ("an_degaulle", '''Lors de cette même conférence de presse, de Gaulle évoque aussi l'affaire Mehdi Ben Barka, chef de la gauche marocaine en exil, enlevé à Paris en octobre 1965 et qui a disparu.''', N, NO, CDG, ""),
    # ---- europe1_quatennens (Europe 1, March 2019) -- first paragraph onwards ('INTERVIEW' label skipped)
    ("europe1_quatennens", '''Dans une tribune intitulée "Sortez des traités, stupides !", le chef de file de La France insoumise Jean-Luc Mélenchon jugeait lundi que "la peur des Russes est absurde".''',
     N, DR, JLM, "dismissing the Russian threat in a European-defence debate: NATO-Russia relations, no exit call"),
    ("europe1_quatennens", '''Adrien Quatennens, député LFI du Nord, lui a emboîté le pas, mercredi, sur Europe 1.''', N, NO, OUTLET, ""),
    ("europe1_quatennens", '''Pour ce dernier, "la menace russe n'existe pas".''', N, DR, "Adrien Quatennens", ""),
    ("europe1_quatennens", '''Un projet "dangereux".''', N, DR, "Adrien Quatennens", "'un projet' = Macron's European defence tied to NATO (next sentences)"),
    ("europe1_quatennens", '''Le jeune élu, membre de la Commission des Affaires sociales de l’Assemblée nationale, critique ainsi lui aussi la tribune envoyée par Emmanuel Macron aux Européens, la semaine passée.''', N, NO, "Adrien Quatennens", ""),
    ("europe1_quatennens", '''Quand le président de la République "propose de faire une Europe de la Défense qui serait toujours liée à l'Otan, c'est dangereux", a estimé Adrien Quatennens au micro de Sonia Mabrouk.''',
     N, DR, "Adrien Quatennens", "European defence independent of NATO: strategic autonomy"),
    # ---- viepublique_vedrine (vie-publique.fr, 16 November 2012) -- title + brief (site banner, 'Publicité', 'Imprimer', date line skipped)
    ("viepublique_vedrine", '''Défense : les conclusions du rapport Védrine''', N, NO, OUTLET, ""),
    ("viepublique_vedrine", '''Hubert Védrine, ancien ministre des Affaires Étrangères, a remis au président de la République son rapport sur "les conséquences du retour de la France dans le commandement intégré de l’Organisation du Traité de l’Atlantique Nord (Otan), sur l’avenir de la relation transatlantique et les perspectives de l’Europe de la défense", le 14 novembre 2012.''',
     N, NO, HV, "handing over a report: no position stated"),
    ("viepublique_vedrine", '''Hubert Védrine dresse un bilan "mitigé" du retour de la France dans le commandement militaire de l’Otan, en 2009.''', N, DR, HV,
     "mixed assessment of the return: reservation, not opposition"),
    ("viepublique_vedrine", '''Il considère qu’une (re)sortie n’est pas envisageable, car elle ne serait comprise par personne ni aux États-Unis ni en Europe, et ne donnerait à la France aucun nouveau levier d’influence, au contraire.''',
     A, ST, HV, "rejects leaving the command again, with an argument that exit would be harmful"),
    ("viepublique_vedrine", '''La France doit retrouver une influence de premier plan dans l’Alliance atlantique, sous peine que les inconvénients liés à son retour dans le commandement de l’Otan ne l’emportent finalement.''',
     A, RD, HV, "more influence inside NATO: rejoin_or_deepen"),
    ("viepublique_vedrine", '''De plus, cette politique d’influence facilitera les efforts de la France en faveur d’une Europe de la défense.''', N, DR, HV, "European defence"),
    ("viepublique_vedrine", '''A ce titre, la politique de défense de la France doit être conçue de façon synthétique au niveau national et menée ensuite en fonction des caractéristiques et des potentialités de chaque enceinte : Union européenne, Otan, coopérations ad hoc.''', N, NO, HV, ""),
    ("viepublique_vedrine", '''Le chef de l’Etat a approuvé ces conclusions et souhaité qu’elles soient communiquées à la commission chargée d’élaborer le nouveau Livre blanc sur la Défense et la sécurité nationale.''',
     A, ST, FH, "approving conclusions whose core is staying in the command (cf. held-out h024)"),
    ("viepublique_vedrine", '''Présidée par Jean-Marie Guéhenno, conseiller à la Cour des comptes, cette commission doit achever ses travaux à la fin de l’année 2012.''', N, NO, OUTLET, ""),
    # ---- allgov_vedrine (July 2012) -- body from the start (byline skipped)
    ("allgov_vedrine", '''Qui peut se passer d’Hubert Védrine ?''', N, NO, OUTLET, ""),
    ("allgov_vedrine", '''Celui dont Jacques Chirac vantait dans ses mémoires la « grande finesse d’analyse » est à nouveau appelé par la présidence.''', N, NO, OUTLET, ""),
    ("allgov_vedrine", '''François Hollande a ainsi confié mercredi 18 juillet à l’ancien ministre des Affaires étrangères, « la charge d’évaluer le retour de la France dans le commandement militaire intégré de l’Alliance atlantique et le développement de la relation transatlantique dans la décennie à venir ».''',
     N, DR, FH, "ordering an evaluation of the return questions it without answering (cf. held-out h028)"),
    ("allgov_vedrine", '''Or, Hubert Védrine s’était montré hostile à la décision du précédent président de la République, Nicolas Sarkozy, de ramener la France dans le commandement intégré de l’OTAN, en mars 2009.''',
     F, LC, HV, "opposing the 2009 return (guideline 4.1); Sarkozy's decision is embedded"),
    ("allgov_vedrine", '''« Pour beaucoup de pays dans le monde, la décision de la France de rejoindre le commandement intégré de l’OTAN est symbolique d’un renoncement français à une certaine autonomie de pensée et d’action dans les relations internationales », avait estimé M. Védrine, dans un chat au Monde.fr.''',
     N, DR, HV, "criticism of the return framed as other countries' perception; no explicit opposition in this sentence"),
    ("allgov_vedrine", '''Dans un communiqué, l’Elysée précise que « les conclusions de ce travail seront portées à la connaissance du président de la République d’ici le 31 octobre 2012 ».''', N, NO, "Élysée (French presidency)", ""),
    ("allgov_vedrine", '''Ces conclusions seront également communiquées à la commission chargée d’élaborer le nouveau Livre blanc sur la défense et la sécurité nationale présidée par Jean-Marie Guéhenno, conseiller à la Cour des comptes, « afin d’être utilement prises en compte par elle », ajoute le communiqué.''',
     N, NO, "Élysée (French presidency)", ""),
    ("allgov_vedrine", '''Cette commission doit remettre au président Hollande « fin 2012 » un rapport qui ouvrira la voie à une loi de programmation militaire (2014-2019) qui sera soumise au parlement en 2013.''', N, NO, OUTLET, ""),
    # ---- rt_lepen_cnews (RT France, March 2022) -- lede onwards
    ("rt_lepen_cnews", '''En cas de victoire à l'élection présidentielle, la candidate du RN a précisé qu'elle ne sortirait pas du commandement intégré de l'OTAN tant que la guerre en Ukraine ne serait pas terminée, mais assuré qu'elle le ferait ultérieurement.''',
     F, LC, MLP, "deferral that keeps the aim in the same sentence ('mais assuré qu'elle le ferait ultérieurement'): FAVOR (guideline 4.2)"),
    ("rt_lepen_cnews", '''Interrogée sur CNews le 24 mars sur ses projets en matière de politique étrangère et de défense, Marine Le Pen a indiqué qu'elle ne déciderait pas d'une sortie de la France du commandement intégré de l'Alliance atlantique tant que le conflit ukrainien se poursuivrait.''',
     N, NO, MLP, "deferral only; the aim is not restated in this sentence (guideline 4.2)"),
    ("rt_lepen_cnews", '''«On ne va pas le faire alors qu’il y a une guerre dans un pays européen», a annoncé la candidate du Rassemblement national, ajoutant : «Il ne faut pas donner le signal.''',
     N, NO, MLP, "deferral; sentence split inside the quotation at the full stop"),
    ("rt_lepen_cnews", '''Il n’est pas question surtout en ce moment de sortir du camp occidental, mais il faudra le faire».''', F, LC, MLP,
     "deferral that keeps the aim ('mais il faudra le faire'); what is to be done is the command exit (context), so leave_command"),
    ("rt_lepen_cnews", '''Ce n'est pas l'ADN de notre pays que de ne pas être indépendant''', N, DR, MLP, "subheading quoting her; independence, no exit named"),
    ("rt_lepen_cnews", '''Elle a justifié cette sortie ultérieure du commandement intégré de l'OTAN, dont les membres se sont réunis le 24 mars à Bruxelles lors d’un sommet extraordinaire, par le fait que «ce n'est pas l'ADN de notre pays que de ne pas être indépendant, et de ne pas travailler à avoir un format d'armée complet», un projet que portait le général de Gaulle, selon la candidate du RN.''',
     F, LC, MLP, "argues for the (later) command exit"),
    ("rt_lepen_cnews", '''«La France doit être vue comme un possible arbitre, avec une neutralité», a complété Marine Le Pen, qui a estimé qu'Emmanuel Macron avait été reçu par Vladimir Poutine «comme un représentant de l'OTAN», et non comme le président de la République française.''',
     N, DR, MLP, "neutrality / non-alignment"),
    ("rt_lepen_cnews", '''Or, «l'OTAN est considérée à tort ou à raison, comme belliciste par un certain nombre de puissances», ce qui empêche la France de jouer ce rôle d'arbitre.''', N, DR, MLP, ""),
    # ---- obseurope_macron (Euronews French version reprinted, March 2025) -- headline + body (English photo caption, byline and 'PUBLICITÉ' skipped)
    ("obseurope_macron", '''Macron dit que la France est un allié fidèle car Trump remet en question le principe de la défense mutuelle de l’OTAN''', A, ST, EM,
     "affirms France's loyalty within NATO against doubts about it (cf. held-out h101)"),
    ("obseurope_macron", '''Le président américain a de nouveau remis en question l’alliance jeudi, réfléchissant publiquement à savoir si les pays de l’OTAN, y compris la France, défendraient les États-Unis s’ils étaient attaqués.''',
     N, DR, DT, "a US president questioning the alliance: criticism of NATO, nothing about France leaving"),
    ("obseurope_macron", '''La France est un allié fidèle et ferme dans l’OTAN, a souligné jeudi le président français Emmanuel Macron, au milieu de son homologue américain Donald Trump sur l’alliance militaire.''',
     A, ST, EM, "France's commitment inside NATO; garbled wording kept"),
    ("obseurope_macron", '''Le leader français a invoqué une liste d’événements historiques où la France et les États-Unis ont « toujours été là les uns pour les autres », notamment le marquis de Lafayette du XIXe siècle – qui était un général majeur dans l’armée américaine combattant les Britanniques pendant la guerre révolutionnaire.''',
     N, NO, EM, "Franco-American history, not NATO membership"),
    ("obseurope_macron", '''La France avait montré « le respect et l’amitié » envers les États-Unis, a déclaré Macron.''', N, NO, EM, ""),
    ("obseurope_macron", '''« Je pense que nous avons le droit de nous attendre à la même chose », a-t-il ajouté.''', N, NO, EM, ""),
    ("obseurope_macron", '''Jeudi, Trump a de nouveau mis en doute si Washington défendrait ses alliés de l’OTAN s’ils ne payaient pas ce qu’il croyait suffisant pour leur propre défense.''',
     N, DR, DT, "conditional US defence of allies: criticism of NATO burden-sharing"),
    # ---- iris_lahaye (IRIS video page, 26 June 2025) -- title + text ('Vidéos' and date line skipped)
    ("iris_lahaye", '''OTAN-Trump : le pari gagnant de la brutalité''', N, DR, OUTLET, "criticism of US leadership of NATO"),
    ("iris_lahaye", '''Le sommet annuel de l’OTAN, qui s’est tenu les 24 et 25 juin à La Haye, s’est conclu par un net succès diplomatique pour Donald Trump.''', N, NO, OUTLET, ""),
    ("iris_lahaye", '''En dépit de ses attaques répétées contre les alliés européens – imposition de tarifs douaniers, déclarations agressives, multiples tentatives de décrédibilisation – ces derniers ont fait preuve d’une remarquable docilité face aux exigences américaines.''',
     N, DR, OUTLET, "criticises European alignment on US demands in NATO"),
    ("iris_lahaye", '''En première ligne de cette attitude conciliante : Mark Rutte, le nouveau secrétaire général de l’Alliance.''', N, NO, OUTLET, ""),
    ("iris_lahaye", '''Les États membres se sont engagés à porter leurs dépenses de défense à 5 % du PIB d’ici dix ans, un objectif peu réaliste quand on sait que les États-Unis eux-mêmes n’atteignent pas ce seuil.''',
     N, NO, OUTLET, "assessment of a NATO spending target, not of France's place"),
    ("iris_lahaye", '''Tous ont accepté cet alignement, y compris la France.''', N, DR, OUTLET, "'alignement' frames France's acceptance critically; no exit call"),
    ("iris_lahaye", '''Seule l’Espagne a exprimé une opposition à ces exigences.''', N, NO, "Spain", "another country's position (guideline 4.5)"),
    ("iris_lahaye", '''En contrepartie, les États-Unis ont réaffirmé leur attachement à l’article 5 du traité, garantissant une assistance mutuelle en cas d’agression.''', N, NO, "United States", ""),
    # ---- mediapart_asselineau (Mediapart, March 2017) -- headline + standfirst + free opening (byline and paywall notice skipped)
    ("mediapart_asselineau", '''Asselineau, le «Frexit» sinon rien''', N, NO, OUTLET, "other target (EU)"),
    ("mediapart_asselineau", '''Le fondateur de l’UPR, un parti méconnu mais très actif sur Internet, a réussi à obtenir les 500 parrainages.''', N, NO, OUTLET, ""),
    ("mediapart_asselineau", '''Son programme tient en trois points : non à l’Union européenne, non à l’euro, non à l’Otan.''', F, LA, "François Asselineau",
     "in a programme of exits (EU, euro), 'non à l'Otan' = leaving NATO"),
    ("mediapart_asselineau", '''Sous les bravos et les hourras, François Asselineau, pataud et ému, écarte les bras, les referme.''', N, NO, OUTLET, ""),
    ("mediapart_asselineau", '''C’est son jour : ce samedi 25 mars, son parti, l’Union populaire républicaine (UPR) fête ses dix ans dans un centre de l’est parisien.''', N, NO, OUTLET, ""),
    ("mediapart_asselineau", '''On entend des « Asselineau président ! ».''', N, NO, OUTLET, ""),
    ("mediapart_asselineau", '''L’homme sur la scène, parfait inconnu, s’est qualifié pour la présidentielle grâce à 587 parrainages récoltés auprès de maires.''', N, NO, OUTLET, ""),
    ("mediapart_asselineau", '''Cet après-midi, il y a bien 4 000 personnes, venues de toute la France pour l’applaudir : le monde parallèle des « asselinistes » ne rate aucune des vidéos de leur héros sur Youtube.''', N, NO, OUTLET, ""),
    ("mediapart_asselineau", '''Avec une belle constance, ils couvrent depuis dix ans les ronds-points et les ponts d’affiches à son effigie.''', N, NO, OUTLET, ""),
    # ---- rmc_macron (RMC, November 2019) -- headline + body
    ("rmc_macron", '''Macron juge l'Otan en état de "mort cérébrale"''', N, DR, EM, "'brain death' is distance_or_reform (guideline 3)"),
    ("rmc_macron", '''Emmanuel Macron a jugé l'Otan en état de "mort cérébrale" dans un entretien publié jeudi, déplorant le manque de coordination entre les Etats-Unis et l'Europe et le comportement unilatéral de la Turquie en Syrie, membre de l'Alliance atlantique.''',
     N, DR, EM, ""),
    ("rmc_macron", '''La chancelière Angela Merkel a réagi en déclarant ne pas partager cette vision "radicale", tandis que le secrétaire d'Etat Mike Pompeo répétait l'exigence américaine d'un meilleur "partage du fardeau" financier de l'Otan.''',
     N, NO, "Angela Merkel; Mike Pompeo", "reactions about NATO itself, nothing about France staying or leaving (cf. held-out h050)"),
    ("rmc_macron", '''Moscou a salué de son côté un diagnostic "sincère", des "paroles en or".''', N, DR, "Russia", "Russia endorsing criticism of NATO (cf. held-out h049)"),
    ("rmc_macron", '''"Ce qu'on est en train de vivre, c'est la mort cérébrale de l'Otan", a déclaré le chef de l'Etat français dans une interview à l'hebdomadaire The Economist à paraître vendredi.''',
     N, DR, EM, ""),
    # ---- defnat_ifop (Revue Défense Nationale, May 2009, Ifop poll) -- title + text
    ("defnat_ifop", '''La France et l'Otan : 1966-2009 (mai 2009)''', N, NO, OUTLET, ""),
    ("defnat_ifop", '''À 43 ans de distance (1966-2009), les enquêtes réalisées par l’Ifop auprès des Français révèlent une certaine constance dans leur vison de la place de la France dans l’Alliance atlantique.''',
     N, NO, OUTLET, "polls: none ('vison' sic)"),
    ("defnat_ifop", '''Et contrairement aux idées reçues, cette vision est loin du dogme d’un consensus gaulliste qui a dominé la politique étrangère de la France ces cinquante dernières années.''', N, NO, OUTLET, ""),
    ("defnat_ifop", '''Marquant un tournant dans la politique étrangère de la France, le retour annoncé au sein du commandement intégré de l’Otan a suscité un vif débat dans la classe politique, de nombreuses voix — à gauche comme à droite — s’étant élevées pour dénoncer la fin de l’indépendance française et un alignement sur les États-Unis, les députés communistes ayant été jusqu’à demander l’organisation d’un référendum sur le sujet.''',
     F, LC, "unnamed: many politicians on the left and right", "debatable: the main clause is narration, but the participial clause reports politicians denouncing the return (guideline 4.1)"),
    ("defnat_ifop", '''C’est dans ce contexte que l’Ifop a souhaité mesurer pour le compte de Paris-Match l’opinion des Français sur la question.''', N, NO, OUTLET, ""),
    ("defnat_ifop", '''Des Français favorables à une rupture avec le « dogme gaulliste » Or, les résultats de cette enquête battent en brèche l’idée selon laquelle il y aurait un consensus chez les Français autour de la position de retrait de l’Alliance adoptée depuis quarante ans : le retour de la France dans son commandement intégré y est en effet approuvé par une majorité de Français (58 %) (1).''',
     N, NO, OUTLET, "poll result: none; subheading run into the sentence in the stored text, kept verbatim"),
    ("defnat_ifop", '''Sachant que l’opinion française approuve moins l’engagement de la France aux côtés de l’Otan aujourd’hui — 45 % approuvaient l’envoi de troupes supplémentaires en Afghanistan en avril 2008 — qu’hier (2), cette attitude positive à l’égard de l’Otan peut paraître surprenante.''',
     N, NO, OUTLET, "poll result: none"),
    # ---- voltairenet_dissolution (Réseau Voltaire, c. 2005-2006) -- from the photo caption on
    ("voltairenet_dissolution", '''Troupes de l’OTAN déployées pour la KFOR, 2003.''', N, NO, OUTLET, "image caption"),
    ("voltairenet_dissolution", '''Lors du débat précédant le référendum sur le traité constitutionnel européen en France, on vit certains adversaires du texte déplorer que ce traité lie explicitement la défense européenne à l’Organisation du traité de l’Atlantique Nord (OTAN) dans son article I-41.''',
     N, DR, "unnamed: opponents of the EU constitutional treaty", "European defence tied to NATO criticised: autonomy, no exit call"),
    ("voltairenet_dissolution", '''Certains responsables politiques exprimèrent alors leur crainte de voir une Europe dépendant indéfiniment de l’armée états-unienne.''', N, DR, "unnamed: some politicians", ""),
    ("voltairenet_dissolution", '''Toutefois, ces réticences ne furent pas centrale dans la campagne référendaire.''', N, NO, OUTLET, ""),
    ("voltairenet_dissolution", '''Il s’agit pourtant d’une des rares occasions où la permanence de l’Alliance atlantique malgré la fin de la Guerre froide fut contestée.''', N, NO, OUTLET,
     "reports that the alliance was contested; no one's position stated"),
    ("voltairenet_dissolution", '''En effet, bien qu’elle ait perdu a priori sa raison d’être avec la fin de la Guerre froide, l’Alliance atlantique ne cesse de s’accroître et la question de sa dissolution ne semble pas être médiatiquement un débat acceptable.''',
     N, DR, OUTLET, "NATO lost its raison d'être / dissolution: criticism, not a French exit call (guideline 4.9)"),
    ("voltairenet_dissolution", '''Dans le même temps, on voit les thuriféraires de l’alliance de l’Europe et des États-Unis poursuivre sans relâche leur défense d’une structure dont ils ont redéfinis les rôles.''',
     N, DR, OUTLET, "the author's sarcasm about NATO's defenders; criticism of NATO"),
    ("voltairenet_dissolution", '''Une alliance sans adversaire''', N, DR, OUTLET, "subheading"),
    # ---- europesays_lahaye (The Hague NATO summit, June 2025) -- text from the start (byline at the end skipped)
    ("europesays_lahaye", '''L’Otan retient son souffle.''', N, NO, OUTLET, ""),
    ("europesays_lahaye", '''À La Haye, le scénario catastrophe est que Donald Trump remette en cause la solidité de l’article 5, assurance-vie de la défense européenne face à Moscou.''', N, NO, OUTLET, ""),
    ("europesays_lahaye", '''«Une attaque sur l’un est une attaque contre tous», a rappelé Mark Rutte, le secrétaire général de l’Otan, en introduction, avant que les portes ne se ferment.''', N, NO, "Mark Rutte", ""),
    ("europesays_lahaye", '''Comme chaque année, le communiqué final, exceptionnellement court pour éviter tout sujet qui fâche, avec cinq paragraphes serrés sur une page, était dès hier soir rédigé et validé par tous les pays membres, et ne devrait plus bouger.''', N, NO, OUTLET, ""),
    ("europesays_lahaye", '''Les points principaux sont la solidarité entre les 32 nations face à une potentielle attaque, un accord sur l’augmentation des dépenses militaires, de 2% du PIB de chaque pays à 5% (dont 1,5% de dépenses civiles pouvant servir à la défense nationales), d’ici une dizaine d’années.''', N, NO, OUTLET, ""),
    ("europesays_lahaye", '''Le soutien à l’Ukraine face aux menaces russes s’y trouve également, un point très important pour les Européens, et auquel Donald Trump était encore il y a peu opposé.''', N, NO, OUTLET, ""),
    # ---- dosequotidienne_trump (Dose quotidienne, January 2026) -- subheading + first paragraph
    ("dosequotidienne_trump", '''Un message matinal qui grince''', N, NO, OUTLET, "subheading"),
    ("dosequotidienne_trump", '''L’avertissement tombe tôt, à une heure où les chancelleries n’aiment pas être surprises.''', N, NO, OUTLET, ""),
    ("dosequotidienne_trump", '''Donald Trump, redevenu maître de l’agenda médiatique dès qu’il ouvre la bouche, vise l’OTAN et vise juste: la zone sensible, celle du partage du fardeau.''',
     N, DR, DT, "a US president attacking NATO: criticism of the alliance, nothing about France leaving"),
    ("dosequotidienne_trump", '''Ce n’est pas une lubie neuve, ni un coup d’éclat sorti de nulle part.''', N, NO, OUTLET, ""),
    ("dosequotidienne_trump", '''Depuis des années, Trump martèle que les États-Unis ne doivent pas, seuls, porter la facture de la sécurité européenne.''', N, NO, DT,
     "burden-sharing demand about NATO spending, not about France's place in NATO"),
    ("dosequotidienne_trump", '''Il a déjà brandi cette menace comme on claque une porte, publiquement, brutalement, et la mécanique se remet en route au moindre signal.''', N, NO, OUTLET, ""),
    ("dosequotidienne_trump", '''En février 2024, lors d’un meeting en Caroline du Sud, il a raconté avoir dit à un dirigeant d’un pays allié qu’il “encouragerait” la Russie à faire “ce qu’elle veut” si ce pays ne payait pas assez pour sa défense, déclenchant une onde de choc immédiate dans les capitales européennes et à Washington.''',
     N, DR, DT, "conditional US protection of allies: questions NATO solidarity"),
    ("dosequotidienne_trump", '''Cette sortie est documentée, reprise, vérifiée, débattue; ce qui change ici, c’est le décor: l’aube, le réveil forcé, l’impression d’un ultimatum chuchoté mais entendu comme un coup de canon.''',
     N, NO, OUTLET, "lexical trap: 'cette sortie' = Trump's outburst, not an exit"),
    # ---- mediaen442_philippot (Le Média en 4-4-2, 2024) -- excerpt run (comment-count line skipped)
    ("mediaen442_philippot", '''Le candidat républicain, connu pour ses positions critiques envers l’OTAN, qu’il considère comme un vestige de la guerre froide, pourrait bien sonner le glas de l’organisation.''',
     N, DR, DT, "'le candidat républicain' = Trump; the outlet's prediction frames Trump's criticism of NATO (relative clause)"),
    ("mediaen442_philippot", '''D’autres défis viennent s’ajouter à cette menace, comme la situation compliquée de l’adhésion de l’Ukraine et la montée des opinions publiques hostiles à l’alliance.''', N, NO, OUTLET, ""),
    ("mediaen442_philippot", '''Selon le président des Patriotes, Poutine est un « homme d’État réaliste » qui cherche à défendre les intérêts de son pays, et qui n’hésitera pas à utiliser tous les moyens à sa disposition pour y parvenir.''',
     N, DR, "Florian Philippot", "understanding for Putin in a NATO-Russia context: rapprochement, no exit call"),
    ("mediaen442_philippot", '''Florian Philippot estime que la politique agressive de l’OTAN à l’égard de la Russie est contre-productive et ne fait qu’alimenter les tensions dans la région.''', N, DR, "Florian Philippot", ""),
    # ---- djazairess_morin (La Nouvelle République via Djazairess, 12 March 2009) -- excerpt from the start (a stray leading comma not kept)
    ("djazairess_morin", '''La France a défendu son controversé retour complet dans l'Otan, que devait officialiser Nicolas Sarkozy hier après-midi, en assurant, après quatre décennies d'une voie singulière tracée par de Gaulle, qu'il ne mettait pas en cause son indépendance et renforçait l'Europe de la défense.''',
     A, RD, "French government", "'la France' = the government defending the return (argument it is beneficial)"),
    ("djazairess_morin", '''«J'entends dire que si nous étions dans le commandement intégré de l'Otan cela remettrait en cause notre indépendance.''', N, NO, "Hervé Morin",
     "Morin only reports the critics' claim; his rebuttal is the next sentence"),
    ("djazairess_morin", '''Soit c'est de la mauvaise foi, soit c'est de l'incompétence», a lancé le ministre de la Défense, Hervé Morin, lors d'un colloque de la Fondation sur la recherche stratégique (FRS) à l'Ecole militaire à Paris.''',
     A, RD, "Hervé Morin", "'c'' = the claim that the command undermines independence: rejecting the case against the return = defending it"),
    ("djazairess_morin", '''Ce forum devait être clôturé par un discours du président de la République consacrant le retour complet de la France dans l'Alliance atlantique.''', A, RD, NS,
     "Sarkozy's speech enshrining the return: announcement carrying his stance (guideline 4.3)"),
    ("djazairess_morin", '''L'Otan de 1966, quand le général de Gaulle avait claqué la porte du commandement intégré au nom de la souveraineté de la France et de l'indépendance de sa force de dissuasion nucléaire naissante, «n'est pas celle de 2009», a fait valoir M. Morin.''',
     A, RD, "Hervé Morin", "argument for the return (NATO has changed); de Gaulle's 1966 act is an embedded background clause"),
    ("djazairess_morin", '''«Nous participons quand nous voulons (aux opérations de l'Alliance), avec le niveau de forces que nous voulons et nous décidons de nous équiper en fonction de choix nationaux», a-t-il dit, plaidant pour «un partenariat transatlantique rénové entre une Amérique ouverte aux autres et une Europe qui se renforce».''',
     A, RD, "Hervé Morin", "defends integration as compatible with autonomy, in defence of the return"),
    ("djazairess_morin", '''L'Alliance, si elle est «une machine éprouvée d'actions militaires en commun», reste aussi «une école de stratégie sous influence de la pensée américaine», a rétorqué l'ex-ministre socialiste de la Défense, Alain Richard.''',
     N, DR, "Alain Richard", "criticism of US influence in NATO, no stance on the return in this sentence"),
    ("djazairess_morin", '''Le choix de la réintégration aura «un coût diplomatique», a-t-il estimé, en évoquant une perte d'influence.''', F, LC, "Alain Richard",
     "argument that the return is harmful = opposing it (guideline 4.1, 4.7 by symmetry)"),
    # ITEMS-END
]


sys.path.insert(0, str(HERE.parent))  # the checks every stance sheet shares: ../stance_sheet_checks.py
from stance_sheet_checks import check_sheet, replace_counts  # noqa: E402

LANGUAGE = 'fr'


def check():
    """Run the checks shared by every stance sheet; fail with a message on the first problem."""
    check_sheet(ITEMS, SOURCES, LANGUAGE, HERE)


def build():
    check()
    source_ids = {}
    for key, *_ in ITEMS:
        if key not in source_ids:
            source_ids[key] = f"fs{len(source_ids) + 1:02d}"
    rows = []
    for i, (key, text, label, position, speaker, note) in enumerate(ITEMS, 1):
        rows.append({
            "item_id": f"f{i:03d}", "source_id": source_ids[key], "language": SOURCES[key][0],
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
    n_pub = len({SOURCES[k][2] for k in source_ids})
    out = [f"{len(rows)} French sentences from {len(source_ids)} pages ({n_pub} distinct publishers).", ""]
    out += ["**Labels**", "", "| label | n | share |", "|---|---:|---:|"]
    for lab in (F, A, N):
        c = sum(1 for r in rows if r["label"] == lab)
        out.append(f"| {lab} | {c} | {100 * c / len(rows):.0f}% |")
    out.append(f"| **all** | {len(rows)} | 100% |")
    out += ["", "**Positions**", "", "| position | label | n |", "|---|---|---:|"]
    for pos in ("leave_alliance", "leave_command", "distance_or_reform", "none", "stay", "rejoin_or_deepen"):
        c = sum(1 for r in rows if r["position"] == pos)
        out.append(f"| {pos} | {LABEL_OF_POSITION[pos]} | {c} |")
    out += ["", "**Sentences and labels per page**", "",
            "| source_id | publisher | published | n | FAVOR | AGAINST | NONE |",
            "|---|---|---|---:|---:|---:|---:|"]
    for key, sid in source_ids.items():
        rs = [r for r in rows if r["source_id"] == sid]
        c = Counter(r["label"] for r in rs)
        out.append(f"| {sid} | {SOURCES[key][2]} | {SOURCES[key][4]} | {len(rs)} | {c[F]} | {c[A]} | {c[N]} |")
    spk = Counter(r["speaker"] for r in rows if r["label"] != N)
    out += ["", f"**Speakers over FAVOR/AGAINST sentences** ({sum(spk.values())} sentences)", "",
            "| speaker | FAVOR | AGAINST |", "|---|---:|---:|"]
    for s, _ in spk.most_common():
        cf = sum(1 for r in rows if r["speaker"] == s and r["label"] == F)
        ca = sum(1 for r in rows if r["speaker"] == s and r["label"] == A)
        out.append(f"| {s} | {cf} | {ca} |")
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
