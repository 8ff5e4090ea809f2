#!/usr/bin/env python3
"""Write the third FRENCH stance TRAINING set: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command" (« La France doit sortir de
l'OTAN, ou de son commandement militaire intégré »), labelled per sentence following
../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position).

The sentences were copied verbatim from excerpts of public French-language news / opinion /
reference / poll pages returned by a search tool over stored copies of public web pages (corpus
"pages", collected 2026-12-05). For each page ONE contiguous run of the body (headline or first
body sentence of the excerpt onwards) was taken and EVERY complete sentence of that run was
labelled, stance-bearing or not. The ITEMS of one source are in page order. Every page URL was
claimed in the shared claim register before use, so no page is used by another sheet.

Every decision below was made by hand, by an annotator who did not read helpers/stance.py,
helpers/speakers.py, helpers/stance_report.py, data/reference/stance_lexicon.csv,
tests/test_stance*.py, tests/test_speakers*.py, notebooks/02-*.ipynb or data/processed, did not
open the other annotators' new directories and did not run any classifier. This script holds those
decisions as an explicit table (SOURCES, ITEMS) and contains no heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every speaker is non-empty,
  - every source is used, is French, has six non-empty fields, and its items are contiguous,
  - no source URL is a seed URL (../../raw/manifest.csv) or a URL of any other stance sheet
    (../stance*/sources.csv, except this one), and no URL is used twice,
  - no two items are near-identical (difflib ratio >= 0.85, lower-cased), and no item is a
    near-duplicate of a sentence of any other stance sheet (../stance*/labels.csv, except this
    one; whatever exists when the script runs),
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage (from /work/main):  python3 data/annotations/stance_train3_fr/make_labels.py
"""
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
ITEM_PREFIX, SOURCE_PREFIX = "k", "ks"
LANG = "fr"

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

# canonical names (data/reference/actors.csv, collectives.csv); others as written in the text
JLM = "Jean-Luc Mélenchon"
MLP = "Marine Le Pen"
EZ = "Éric Zemmour"
CG = "Clémence Guetté"
EM = "Emmanuel Macron"
CDG = "Charles de Gaulle"
NS = "Nicolas Sarkozy"
FH = "François Hollande"
HV = "Hubert Védrine"
JB = "Jordan Bardella"
NDA = "Nicolas Dupont-Aignan"
FR_ = "Fabien Roussel"
ML = "Michel Larive"
FF = "François Fillon"
JS = "Jens Stoltenberg"
DT = "Donald Trump"
LFI = "La France Insoumise"
RN = "National Rally (RN)"
PCF = "French Communist Party (PCF)"
UPR = "Union populaire républicaine (UPR)"
FRGOV = "French government"
NATO = "NATO"
MERKEL = "Angela Merkel"
DESC = "Anne-Marie Descôtes"
ZAK = "Maria Zakharova"

# queries (all run in French on 2026-12-05, corpus "pages")
Q_PART = "quitter l'OTAN France partis appel"
Q_GUE = "Guetté résolution sortie OTAN 2026"
Q_SAR = "Sarkozy retour OTAN 2009 critiques indépendance"
Q_LP = "Le Pen commandement intégré OTAN 2022"
Q_ZDP = "Zemmour Dupont-Aignan Philippot OTAN"
Q_POLL = "sondage Français OTAN appartenance"
Q_HV = "Hollande Védrine rapport OTAN 2012"
Q_ZEM = "Zemmour sortir du commandement intégré OTAN voix indépendante"
Q_NDA = "Dupont-Aignan sortie OTAN Debout la France"
Q_BAR = "Bardella commandement intégré OTAN pas de sortie guerre Ukraine"
Q_PCF = "Roussel PCF sortir de l'OTAN dissolution"
Q_MAC = "Macron mort cérébrale OTAN réactions Merkel"
Q_GRE = "Grèce retrait structure militaire OTAN 1974 Chypre Caramanlis"
Q_DG = "de Gaulle 1966 retrait commandement intégré bases américaines quittent la France"
QUERIES = [Q_PART, Q_GUE, Q_SAR, Q_LP, Q_ZDP, Q_POLL, Q_HV, Q_ZEM, Q_NDA, Q_BAR, Q_PCF, Q_MAC,
           Q_GRE, Q_DG]

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published as shown in the excerpt; "(not shown)" otherwise, with what the URL or the
# text gives in brackets.
SOURCES = OrderedDict([
    ("trt", ("fr", "(not shown) [URL: article/451d437397bf]", "TRT Français",
             "https://www.trtfrancais.com/article/451d437397bf",
             "(not shown) [text: vœux de Roussel « le 12 janvier », résolution LFI de janvier 2026]", Q_PART)),
    ("finter", ("fr", "Géopolitique du 12 mars 2009 (URL slug: geopolitique-12-mars-2009)", "France Inter",
                "https://www.franceinter.fr/emissions/geopolitique/geopolitique-12-mars-2009",
                "2009-03-12 (URL)", Q_SAR)),
    ("huma", ("fr", "L’alignement selon Sarkozy", "humastrasbourg.free.fr (article de L'Humanité, Jean-Paul Pierot)",
              "http://humastrasbourg.free.fr/spip.php?article34", "samedi 4 avril 2009", Q_SAR)),
    ("liberte", ("fr", "(not shown) [URL: djazairess.com/fr/liberte/92668]", "Djazairess (reprise de Liberté, Algérie)",
                 "https://djazairess.com/fr/liberte/92668",
                 "(not shown) [text: sommet de Bucarest, avril 2008]", Q_SAR)),
    ("sputnik", ("fr", "Des députés invitent l’Assemblée nationale à envisager un retrait de la France de l’Otan",
                 "Sputnik France",
                 "https://fr.sputniknews.com/20220125/des-deputes-invitent-lassemblee-nationale-a-envisager-un-retrait-de-la-france-de-lotan-1054589353.html",
                 "25.01.2022", Q_PART)),
    ("20min", ("fr", "Un pas de plus de la France vers la réintégration du commandement de l'Otan", "20 Minutes",
               "https://www.20minutes.fr/france/298287-20090208-plus-france-vers-reintegration-commandement-otan",
               "2009-02-08 (URL)", Q_SAR)),
    ("levif", ("fr", "Un rapport remis à Hollande prône un renforcement de l'influence de la France dans l'Otan",
               "Le Vif (Belga)",
               "http://www.levif.be/actualite/un-rapport-remis-a-hollande-prone-un-renforcement-de-l-influence-de-la-france-dans-l-otan/article-normal-121931.html",
               "14/11/12", Q_HV)),
    ("luipres", ("fr", "Bilan du retour dans le commandement intégré de l'OTAN (URL slug)", "luipresident.fr (suivi des promesses de François Hollande)",
                 "https://www.luipresident.fr/francois-hollande/engagement/bilan-du-retour-dans-commandement-integre-lotan-292",
                 "(not shown) [text: events up to 9 January 2013]", Q_HV)),
    ("yougov", ("fr", "(not shown) [URL slug: OTAN-evolution-perception-des-europeens]", "YouGov France",
                "https://fr.yougov.com/politics/articles/41575-OTAN-evolution-perception-des-europeens",
                "(not shown) [text: data of March 2022]", Q_POLL)),
    ("harris", ("fr", "(not shown) [URL slug: sondage-role-otan-politique-commune-de-defense-europeenne-systeme-anti-missile-americain]",
                "Harris Interactive France",
                "https://harris-interactive.fr/opinion_polls/sondage-role-otan-politique-commune-de-defense-europeenne-systeme-anti-missile-americain/",
                "(not shown) [text: before the Bucharest summit of 2-4 April, i.e. March 2008]", Q_POLL)),
    ("ayostore", ("fr", "(not shown) [URL slug: peut-on-sortir-du-commandement-integre-de-lotan-comme-le-propose-marine-le-pen]",
                  "ayostore.id (miroir d'un article de presse français, source non indiquée)",
                  "https://ayostore.id/mastah-kampret/5EDdl5mLl5mbhlmch1mL3d3d6MHc0/politique/le-pen/peut-on-sortir-du-commandement-integre-de-lotan-comme-le-propose-marine-le-pen",
                  "(not shown) [text: 2022 presidential campaign]", Q_LP)),
    ("bfm", ("fr", "Dupont-Aignan : « Oui à l'Otan, non à son commandement militaire »", "BFMTV (Bourdin & Co)",
             "https://www.bfmtv.com/politique/dupont-aignan-oui-a-l-otan-non-a-son-commandement-militaire_AN-200903060002.html",
             "(not shown) [URL: 200903060002 = 6 March 2009]", Q_NDA)),
    ("dlr", ("fr", "Nicolas Dupont-Aignan à Strasbourg : ce que notre pays a pu faire en 2003 lors de l'invasion en Irak pourrait-il le faire aujourd'hui ? (URL slug)",
             "dlr14eme_62.vip-blog.com (blog Debout la République)",
             "http://dlr14eme_62.vip-blog.com/vip/article/4665039,Nicolas-Dupont-Aignan--Strasbourg-:-ce-que-notre-pays-a-pu-faire-en-2003-lors-de-linvasion-en-Irak-pourrait-il-le-faire-aujourdhui-.html",
             "(not shown) [text: « jeudi 2 avril », 2009]", Q_NDA)),
    ("tf1", ("fr", "(not shown) [URL slug: guerre-ukraine-russie-pourquoi-le-rn-a-change-d-avis-sur-la-sortie-du-commandement-integre-de-l-otan]",
             "TF1 Info",
             "https://www.tf1info.fr/politique/guerre-ukraine-russie-pourquoi-le-rn-a-change-d-avis-sur-la-sortie-du-commandement-integre-de-l-otan-2293047.html",
             "2024-03", Q_BAR)),
    ("rfrance", ("fr", "Questions politiques du dimanche 19 septembre 2021 (URL slug)", "France Inter (radiofrance.fr)",
                 "https://www.radiofrance.fr/franceinter/podcasts/questions-politiques/questions-politiques-du-dimanche-19-septembre-2021-3494430",
                 "2021-09-19 (URL)", Q_PCF)),
    ("rt", ("fr", "(not shown) [URL slug: melenchon-zemmour-opposes-sur-tout-sauf-otan]", "RT France",
            "https://francais.rt.com/france/91004-melenchon-zemmour-opposes-sur-tout-sauf-otan",
            "2021-09", Q_ZEM)),
    ("bourso", ("fr", "Otan en état de « mort cérébrale » : Berlin et Washington dénoncent les propos de Macron",
                "Boursorama",
                "https://www.boursorama.com/actualite-economique/actualites/otan-en-etat-de-mort-cerebrale-berlin-et-washington-denoncent-les-propos-de-macron-aad0fb90d2f2ce8baad42dfc5236c158",
                "(not shown) [text: day after the Economist interview, November 2019]", Q_MAC)),
    ("ftvi", ("fr", "(not shown) [URL slug: video-mort-cerebrale-de-l-otan-on-peut-comprendre-la-reaction-d-angela-merkel-...]",
              "franceinfo (francetvinfo.fr)",
              "https://www.francetvinfo.fr/monde/syrie/offensive-turque-en-syrie/video-mort-cerebrale-de-l-otan-on-peut-comprendre-la-reaction-d-angela-merkel-apres-les-propos-d-emmanuel-macron-estime-l-ambassadrice-de-france-a-berlin_3694173.html",
              "(not shown) [text: « vendredi 8 novembre », 2019]", Q_MAC)),
    ("mai68", ("fr", "En mars 1966, de Gaulle vire de France les Américains et leurs bases militaires",
               "mai68.org (reprise d'un article de L'Express du 13/03/1966)",
               "http://mai68.org/spip2/spip.php?article2078",
               "vendredi 24 août 2018 (repost); L'Express article: 13/03/1966", Q_DG)),
    ("nato66", ("fr", "(not shown) [URL: docu/update/60-69/1966f.htm]", "OTAN (nato.int, chronologie en français)",
                "https://www.nato.int/docu/update/60-69/1966f.htm", "(not shown)", Q_DG)),
])

# -----------------------------------------------------------------------------------------------
# ITEMS: (source key, verbatim text, label, position, speaker, note)
ITEMS = [
    # ---- trt (TRT Français, January 2026); the excerpt starts inside the body (first sentence shown)
    ("trt", '''Jeudi dernier, La France insoumise (LFI) a déposé un projet de résolution à l'Assemblée nationale, visant à initier un retrait du commandement intégré comme prélude à une sortie complète de l'OTAN.''',
     F, LA, LFI, "party's act (decision); staged exit whose end point is the whole alliance: leave_alliance"),
    ("trt", '''Portée par la députée LFI Clémence Guetté, cette initiative dénonce l'OTAN comme une "alliance dirigée par les États-Unis" qui entrave la souveraineté française et priorise les intérêts américains.''',
     N, DR, CG, "the sentence gives the initiative's criticism of NATO, not the exit aim itself"),
    ("trt", '''Cette initiative s'inscrit dans un contexte plus large, marqué par le génocide commis par Israël à Gaza, la capture de Maduro au Venezuela, la guerre en Ukraine, les relations tendues avec la Russie et des controverses récentes sur une éventuelle invasion du Groenland par les Etats-Unis.''',
     N, NO, OUTLET, ""),
    ("trt", '''Le Parti communiste français (PCF) lui a emboîté le pas.''', F, LA, PCF,
     "'lui a emboîté le pas' resolved to LFI's exit initiative (previous sentence): the PCF joins the call to leave NATO"),
    ("trt", '''Lors de ses vœux le 12 janvier, son leader Fabien Roussel a réaffirmé l'appel à une sortie de l'OTAN pour "retrouver une diplomatie libre et indépendante".''',
     F, LA, FR_, ""),
    ("trt", '''Roussel insiste sur la nécessité d'un "vrai débat populaire" sur la défense nationale, affranchi de l'emprise otanienne.''',
     N, DR, FR_, "asks for a debate free of NATO's hold: distance, no exit call in the sentence"),
    ("trt", '''L’ancien président français François Hollande a, de son côté, mis en garde contre les risques qu’une éventuelle invasion du Groenland ferait peser sur l’Alliance atlantique.''',
     N, NO, FH, "warning about Greenland and the alliance, nothing about France's place in it"),
    ("trt", '''Sur les réseaux sociaux et dans les médias, ces idées résonnent avec des appels plus radicaux à un "Frexit" global – sortie de l'UE, de l'euro et de l'OTAN – pour restaurer la pleine souveraineté.''',
     F, LA, "unnamed: voices on social networks and in the media",
     "reported calls for a 'global Frexit' that explicitly include leaving NATO; holders unnamed"),
    ("trt", '''L'Union Populaire Républicaine (UPR), dirigée par François Asselineau, défend cette ligne depuis longtemps, la reliant à des enjeux agricoles et économiques.''',
     F, LA, UPR, "'cette ligne' = the global Frexit including leaving NATO (previous sentence)"),
    ("trt", '''Ainsi, derrière cette initiative parlementaire, portée par LFI, la place de la France dans l’architecture de sécurité occidentale et sur sa marge de manœuvre stratégique face à une alliance largement dominée par les États-Unis, refait débat.''',
     N, NO, OUTLET, "outlet's assessment that the question is debated again; nobody's position"),
    ("trt", '''Le pour et le contre''', N, NO, OUTLET, "subheading"),
    ("trt", '''Les partisans d'une sortie mettent en avant la souveraineté et l'indépendance.''', F, LA,
     "unnamed: supporters of an exit", "argument for leaving NATO given by its advocates (guideline 4.7)"),

    # ---- finter (France Inter, « Géopolitique », 12 March 2009); first sentence of the excerpt
    ("finter", '''Comme à son habitude, il est monté lui-même au créneau.''', N, NO, OUTLET,
     "says only that Sarkozy ('il', next sentence) stepped in, not what he said: narration"),
    ("finter", '''C'est personnellement que Nicolas Sarkozy a défendu, hier, bec et ongles, sa décision de faire revenir la France au sein du commandement intégré de l’Otan.''',
     A, RD, NS, ""),
    ("finter", '''« Dire que l’Otan aurait conduit l’armée française en Irak est un mensonge honteux », a-t-il déclaré devant la Fondation pour la recherche stratégique avant de repousser les autres objections à cette rupture avec le positionnement que le général de Gaulle avait donné à la France – membre de l’Alliance atlantique mais ne siégeant plus au commandement de sa structure militaire.''',
     A, RD, NS, "rebuts the objections to the return to the command: defends the return"),
    ("finter", '''« Ceux qui prétendent que notre indépendance nationale serait en question trompent les Français », a-t-il dit en répétant que la France conserverait une « dissuasion nucléaire indépendante.''',
     A, RD, NS, "argument that the return is harmless to independence (quotation mark left open as on the page)"),
    ("finter", '''« L’Otan ne mène pas une guerre des civilisations », a-t-il ajouté dans une apparente réponse à Dominique de Villepin.''',
     A, RD, NS, "one more rebuttal of an objection to the return (Villepin opposed it), inside his defence of the decision"),
    ("finter", '''« L’Union européenne et l’Alliance atlantique sont les deux piliers de notre Défense », a-t-il fait valoir, répondant, là, aux socialistes que c’était le rapprochement de la France et de l’Otan qui avait permis de relancer l’idée de Défense européenne car les craintes des plus atlantistes des Européens en avaient été levées.''',
     A, RD, NS, "argument that the rapprochement with NATO is beneficial"),
    ("finter", '''On réentendra tout cela, mardi prochain, lorsque le Premier ministre, engagera la responsabilité du gouvernement sur cette question mais puisque l’issue de ce vote ne fait pas de doute et que la France sera revenue dans le commandement intégré dès le prochain sommet de l’Otan, début avril, restent deux questions, au-delà de la polémique en cours.''',
     N, NO, OUTLET, "outlet's prediction of the vote and of the return, not a position"),
    ("finter", '''La première est de savoir ce que la France gagnera à cet abandon de sa singularité.''', N, DR, OUTLET,
     "the chronicler questions what France gains from the return, without answering"),
    ("finter", '''Sans doute ne se met-elle pas, ainsi, aux ordres des Etats-Unis.''', N, NO, OUTLET,
     "concession inside the chronicler's mixed assessment, not a position for the return"),
    ("finter", '''Sans doute ne va-t-elle se contraindre à rien.''', N, NO, OUTLET, "same concession as the previous sentence"),

    # ---- huma (L'Humanité via humastrasbourg, 4 April 2009); byline/date line left out
    ("huma", '''L’alignement selon Sarkozy''', N, DR, OUTLET, "headline: critical of alignment, no exit call"),
    ("huma", '''« Nous sommes de la famille, nous sommes dans la famille » C’est en ces termes que Nicolas Sarkozy a justifié la fin de la particularité française au sein de l’Alliance atlantique et l’alignement complet de notre pays dans l’OTAN, samedi dès l’ouverture du sommet.''',
     A, RD, NS, "no full stop after the quotation on the page: one sentence; Sarkozy justifies the full reintegration"),
    ("huma", '''Il devait répéter cette formule marquant l’appartenance à un camp, lors de la conférence de presse finale, en compagnie de chancelière Angela Merkel .''',
     A, RD, NS, "repeats the formula with which he justified the reintegration"),
    ("huma", '''Quelques mots donc pour signifier un renoncement à la pleine souveraineté en matière de défense.''', F, LC, OUTLET,
     "the journalist's own argument that the 2009 return is a loss of sovereignty = opposing the return (guideline 4.1)"),
    ("huma", '''Les politiques étrangères conduites par ses prédécesseurs , marquées à plusieurs occasions par des prises de position indépendantes ou critique à l’égard des Etats-Unis, sont rangées dans ce que le président français a appelé « la période des soupçons ».''',
     N, NO, NS, "Sarkozy's label for his predecessors' era; no explicit position on the command in the sentence"),
    ("huma", '''Sans surprise, le retour de Paris dans les structures militaires intégrées est « saluée chaleureusement » dans la déclaration finale du sommet.''',
     A, RD, NATO, "the summit declaration (NATO) welcomes France's return"),
    ("huma", '''Quant à « l’Europe de la Défense », si souvent vantée dans les enceintes européennes, Nicolas Sarkozy en a clairement défini les contours : elle est « complémentaire » à l’OTAN , elle est un « pilier » de l’Alliance dominée par les Etats-Unis .''',
     N, NO, NS, "about EU defence as a NATO pillar, not about France's place in the command"),
    ("huma", '''Une vision, notons-le au passage, tout à fait conforme au Traité de Lisbonne que Nicolas Sarkozy a fait ratifier par la France, sans consulter le peuple.''',
     N, NO, OUTLET, "EU treaty: other target"),

    # ---- liberte (Liberté via Djazairess, April 2008); first sentence of the excerpt
    ("liberte", '''Le général de Gaulle doit se retourner dans sa tombe.''', N, DR, OUTLET,
     "editorial disapproval of the rapprochement, no explicit position on the command"),
    ("liberte", '''Nicolas Sarkozy a franchi le pas : la France retourne au bercail de l'Otan.''', A, RD, NS,
     "Sarkozy's decision to bring France back"),
    ("liberte", '''Le président français, qui n'arrêtait pas de se prévaloir de l'héritage du plus souverainiste de ses prédécesseurs, a participé en grande pompe au sommet de Bucarest où il a même eu droit à de chaleureux éloges du président américain.''',
     N, NO, OUTLET, ""),
    ("liberte", '''George Bush quittera la Maison-Blanche au moins avec la satisfaction d'être venu à bout de l'Union européenne où la France maintenait le cap d'une certaine indépendance vis-à-vis de l'Atlantisme.''',
     N, DR, OUTLET, "outlet laments the loss of France's independence from Atlanticism: distance, no exit call"),
    ("liberte", '''Avec Sarkozy, l'originalité de la France a volé en éclats.''', N, DR, OUTLET, "editorial criticism of the alignment"),
    ("liberte", '''Le pays de de Gaulle s'est couché aux pieds de l'Amérique.''', N, DR, OUTLET, "editorial criticism of the alignment"),
    ("liberte", '''À Bucarest, le chef de l'Etat français a dévoilé son “grand projet” consistant à rapprocher encore la France de l'Otan, une Alliance dont la France, après avoir été l'un de ses membres fondateurs, en avril 1949, avait claqué la porte du commandement militaire intégré en 1966.''',
     A, RD, NS, "Sarkozy announces a closer integration; the 1966 exit is background in a relative clause"),
    ("liberte", '''À l'initiative d'un de Gaulle animé par “la grandeur” de son pays et révolté par la vision unipolaire des Etats-Unis.''',
     F, LC, CDG, "verbless sentence completing 'avait claqué la porte du commandement' (1966): narrates de Gaulle's act and motive"),
    ("liberte", '''Sarkozy ne se contente pas d'un simple retour au sein de l'Otan.''', A, RD, NS, ""),
    ("liberte", '''Il veut refaire de toute l'Europe le cœur du dispositif atlantiste, bien plus que le Canada, l'Australie et la Turquie.''',
     A, RD, NS, "continues 'not content with a return': deeper integration in the Atlantic system"),
    ("liberte", '''Sa priorité de renforcer l'Europe de la défense va de pair avec le renouveau de l'Otan envisagé par les Etats-Unis qui se sont rendus compte qu'ils ne pouvaient supporter en solo et les dépenses et ses opérations militaires dans le monde.''',
     N, NO, OUTLET, "outlet's analysis"),
    ("liberte", '''Sarkozy, sur ce point, n'aura fait que rejoindre les Polonais, les Tchèques ou les Britanniques.''', N, NO, OUTLET, ""),
    ("liberte", '''Une idée qui a reçu tous les encouragements de Bush.''', N, NO, "George W. Bush",
     "Bush encourages the European-defence-in-NATO idea; not about France's membership"),
    ("liberte", '''Pour marquer son allégeance, la France va se redéployer en Afghanistan pour en être le pivot juste après les Etats-Unis.''',
     N, NO, OUTLET, "Afghanistan deployment, not France's place in NATO"),

    # ---- sputnik (Sputnik France, 25 January 2022); URL/date line, repeated headline and the teaser
    # paragraph ending in "... 25.01.2022, Sputnik France" left out
    ("sputnik", '''Des députés invitent l’Assemblée nationale à envisager un retrait de la France de l’Otan''', N, DR, LFI,
     "headline: the LFI deputies' resolution invites the Assembly to consider a withdrawal (it 'questions the interest' of membership): raising the question, not an exit call"),
    ("sputnik", '''La France doit-elle rester au sein de l’Otan?''', N, NO, OUTLET, "the outlet's open question"),
    ("sputnik", '''Cette question semble préoccuper de plus en plus de Français, tant à droite qu’à gauche.''', N, NO, OUTLET, ""),
    ("sputnik", '''Aussi bien Éric Zemmour, Marine Le Pen ou Éric Ciotti que Jean-Luc Mélenchon appellent à un retrait du commandement intégré de l'Alliance.''',
     F, LC, "Éric Zemmour; Marine Le Pen; Éric Ciotti; Jean-Luc Mélenchon", "several holders with the same position"),
    ("sputnik", '''C’est maintenant au tour de Michel Larive, membre du groupe La France insoumise (LFI) à l’Assemblée nationale, de soulever la question.''',
     N, DR, ML, "raising the question (page has no space before the next sentence)"),
    ("sputnik", '''Il a ainsi attiré l’attention du chef de la diplomatie française sur "la nécessité pour la France de quitter l’Organisation du Traité de l’Atlantique Nord", annonce son parti.''',
     F, LA, ML, "explicit exit call, reported by his party"),
    ("sputnik", '''Avec plusieurs autres députés, le membre de son parti Bastien Lachaud et le groupe LFI ont soumis à la chambre basse du Parlement une proposition de résolution qui "questionne l’intérêt de la France à être membre" de l’Otan, "la seule alliance militaire intégrée au monde" qui aurait dû disparaitre à la fin de la guerre froide, selon les élus.''',
     N, DR, "Bastien Lachaud; La France Insoumise", "resolution that 'questions the interest' of membership and says NATO should have disappeared: no exit call (guideline 4.9)"),
    ("sputnik", '''Une alliance qui ne cesse de s’élargir''', N, NO, OUTLET, "subheading (glued to the next sentence on the page)"),
    ("sputnik", '''Malgré cela, l’Alliance ne cesse d’étendre en permanence "ses champs d’action", souligne le député en citant notamment les interventions dans les Balkans, en Afghanistan et en Libye.''',
     N, DR, ML, "criticism of NATO's expansion of its missions"),
    ("sputnik", '''Celles-ci ont eu des "résultats désastreux" et ont favorisé entre autres l’émergence "de groupes armés potentiellement terroristes".''',
     N, DR, ML, "continues Larive's reported criticism of NATO interventions"),

    # ---- 20min (20 Minutes, 8 February 2009); rubric/teaser line, byline "Avec agence", the
    # photo caption (repeated twice) and the credit left out
    ("20min", '''Un pas de plus de la France vers la réintégration du commandement de l'Otan''', A, RD, NS,
     "headline; the 'step' is Sarkozy's Munich statement (body): reported move towards the return"),
    ("20min", '''La France de plus en plus proche de l’Otan, et il faut qu’elle s’y prépare.''', N, NO, OUTLET,
     "outlet's lead: prediction of the move, no position taken"),
    ("20min", '''Samedi, Nicolas Sarkozy a estimé que «le moment approche» d'expliquer aux Français que l'alliance avec les Etats-Unis ne nuit pas à l'indépendance de la France, faisant un pas de plus vers la réintégration dans le commandement de l'Otan quitté en 1966.''',
     A, RD, NS, ""),
    ("20min", '''«L'alliance avec les Etats-Unis et l'alliance avec l'Europe ne mettent pas en cause l'indépendance de mon pays», a lancé le président français devant la Conférence sur la sécurité de Munich (sud de l'Allemagne).''',
     A, RD, NS, "argument that the alliance (and the coming return) does not harm independence"),
    ("20min", '''«Voilà ce que j'expliquerai aux Français le moment venu, et ce moment approche», a-t-il enchaîné alors que la France et l'Allemagne s'apprêtent à accueillir le sommet du 60e anniversaire de l'Alliance atlantique, les 3 et 4 avril 2009.''',
     A, RD, NS, "'voilà ce que' = the argument for the return (previous sentence); announces it is coming"),
    ("20min", '''«Partenaire libre»''', N, NO, NS, "subheading quoting Sarkozy; no position by itself"),
    ("20min", '''Le président français a toutefois fixé une «condition»: que «la France veut rénover sa relation avec l'Otan en étant un allié indépendant, un partenaire libre des Etats-Unis».''',
     A, RD, NS, "the condition frames how France will renew its NATO relationship (the return), it does not question it"),

    # ---- levif (Le Vif / Belga, 14 November 2012); date line, "Source: Le Vif" and the repeated
    # headline left out
    ("levif", '''Un rapport remis à Hollande prône un renforcement de l'influence de la France dans l'Otan''', A, RD, HV,
     "headline: Védrine's report wants France more influential inside NATO"),
    ("levif", '''(Belga) L'ex-ministre français Hubert Védrine estime qu'une nouvelle sortie française du commandement intégré de l'Otan "n'est pas une option", mais que la France doit au contraire renforcer son influence au sein de l'Alliance atlantique, dans un rapport remis mercredi à François Hollande.''',
     A, ST, HV, "rejects a new exit from the command (stay) and asks for more influence; rejection of exit taken as the main position"),
    ("levif", '''Le président français avait chargé M. Védrine, ancien ministre des Affaires étrangères, d'évaluer les conséquences pour la France d'une éventuelle sortie du commandement intégré de l'Otan que la France avait réintégré en 2009 sous la présidence de Nicolas Sarkozy.''',
     N, DR, FH, "Hollande's commission to evaluate a possible exit: raising the question without answering it"),
    ("levif", '''"Une (re)sortie française du commandement intégré n'est pas une option", écrit M. Védrine dans son rapport.''',
     A, ST, HV, ""),
    ("levif", '''"Elle ne serait comprise par personne, ni aux Etat-Unis ni en Europe, et ne donnerait à la France aucun nouveau levier d'influence, au contraire".''',
     A, ST, HV, "continuation of the quotation: argument that an exit would be harmful"),
    ("levif", '''Il suggère que la France doit au contraire "s'affirmer beaucoup plus dans l'Alliance, et y exercer une influence accrue, s'y montrer vigilante et exigeante".''',
     A, RD, HV, "more influence inside NATO"),
    ("levif", '''Selon M. Védrine, Paris doit également "continuer de plaider, malgré tout, en faveur d'une Europe de la défense dans le cadre de l'Union".''',
     N, DR, HV, "European defence in the EU framework: autonomy position without exit"),
    ("levif", '''"Sans le réveil d'une volonté politique forte (...) tous les mécanismes de l'Europe de la défense resteront sur le papier, partiels ou inanimés.''',
     N, NO, HV, "EU defence only"),
    ("levif", '''Dans le cas contraire, ils se réveilleront", estime-t-il, en soulignant que la crise au Sahel "peut s'avérer un test à maints égards".''',
     N, NO, HV, ""),
    ("levif", '''Dans un communiqué, l'Elysée a indiqué que le président Hollande a "largement approuvé les conclusions" de l'ancien ministre, "aussi bien sur le renforcement de l'influence de la France au sein de l'Otan" que sur la mobilisation de ses partenaires européens en faveur de l'Europe de la défense.''',
     A, RD, FH, "the Élysée reports Hollande's approval: holder of the position is Hollande"),

    # ---- luipres (luipresident.fr); page labels "Promesse tenue" / "Promesse tenue de François Hollande" left out
    ("luipres", '''Mettre en place d'une évaluation "coûts-avantages" des conséquences de la réintégration de la France dans le commandement intégré de l'OTAN''',
     N, DR, FH, "Hollande's promise (heading): evaluating the return raises the question without answering it"),
    ("luipres", '''Le 18 juillet 2012, François Hollande a chargé l'ancien ministre Hubert Védrine d'une mission, comprenant notamment d'évaluation du retour de la France dans le commandement militaire intégré de l'OTAN.''',
     N, DR, FH, "same as the heading: evaluation of the return commissioned"),
    ("luipres", '''Hubert Védrine remet son rapport à François Hollande le 14 novembre 2012, 15 jours après le délai prévu.''', N, NO, OUTLET, ""),
    ("luipres", '''L'ex-ministre des Affaires etrangères avait pris position contre la réintégration du commandement intégré de l'Otan décidée par Nicolas Sarkozy en mars 2009.''',
     F, LC, HV, "opposing the 2009 return (his earlier position, reported) is FAVOR/leave_command"),
    ("luipres", '''Hubert Védrine estime désormais dans son rapport qu'une nouvelle sortie française du commandement intégré de l'Otan « n'est pas une option », mais que la France doit mener une politique audacieuse pour renforcer son influence au sein de l'Alliance atlantique.''',
     A, ST, HV, "rejects a new exit (stay), as in the Le Vif page"),
    ("luipres", '''Le 9 janvier 2013, lors de ses voeux aux armées, François Hollande reprend ces orientations : il assure que la France va "assumer pleinement" sa présence dans l'OTAN.''',
     A, ST, FH, ""),

    # ---- yougov (YouGov France, 2022); first sentence of the excerpt; run stopped after the Sweden paragraph
    ("yougov", '''Une nouvelle étude internationale réalisée en France, en Grande-Bretagne, en Allemagne, en Espagne, en Italie, en Pologne et en Suède, analyse l'évolution des attitudes à l'égard de l'OTAN suite à l'invasion de l'Ukraine par la Russie.''',
     N, NO, OUTLET, ""),
    ("yougov", '''Le soutien à l'adhésion progresse depuis l'invasion de l'Ukraine''', N, NO, OUTLET, "subheading; poll"),
    ("yougov", '''En Grande-Bretagne, le soutien à l'adhésion à l'OTAN est passé de 59% en mars 2019 à 68% en mars 2022*, et en Allemagne de 54% à 64%.''',
     N, NO, OUTLET, "poll, other countries"),
    ("yougov", '''A noter : cette question utilisait une échelle en cinq points, incluant une option "ni pour ni contre".''', N, NO, OUTLET, ""),
    ("yougov", '''En France, le nombre de personnes favorables à la présence du pays au sein de l’OTAN a progressé de 8 points (de 39% à 47%), tandis que l'opposition est restée stable (15-16%).''',
     N, NO, OUTLET, "poll result about France's membership: none (guideline 3, polls)"),
    ("yougov", '''En Suède, où l'on débat depuis longtemps de l'adhésion à l'OTAN mais qui reste pour le moment en dehors de l'alliance, le soutien à l'adhésion est passé de 36% en 2019 à 44% début mars.''',
     N, NO, OUTLET, "other country"),
    ("yougov", '''Dans le même temps, l'opposition a chuté de 27% à 22%.''', N, NO, OUTLET, ""),

    # ---- harris (Harris Interactive, March 2008); the list of questions above the body left out;
    # run from the first body sentence to the end of the excerpt (list items are sentences)
    ("harris", '''Le dernier sondage Harris Interactive / France 24 / International Herald Tribune montre que l’opinion publique connaît mal l’OTAN, mais souhaite son maintien.''',
     N, NO, OUTLET, "poll"),
    ("harris", '''L’idée d’une défense Européenne commune est nettement mieux accueillie que le projet de système américain de défense anti-missile.''',
     N, NO, OUTLET, "poll"),
    ("harris", '''L’Iran est le pays jugé le plus menaçant pour les citoyens des 6 pays interrogés, talonné par la Chine pour les Américains.''',
     N, NO, OUTLET, ""),
    ("harris", '''En prélude au prochain sommet de l’OTAN qui se tiendra du 2 au 4 avril prochains à Bucarest, FRANCE 24 accueillera le vendredi 28 mars dans « le Talk de Paris », M. Jaap de HOOP SCHEFFER, Secrétaire général de l’OTAN pour un entretien exclusif réalisé à Bruxelles, au siège de l’organisation.''',
     N, NO, OUTLET, ""),
    ("harris", '''(Diffusion : vendredi 28 mars, 18h10 GMT).''', N, NO, OUTLET, ""),
    ("harris", '''Pour l’occasion, les résultats de ce sondage seront présentés et commentés sur France 24 et publiés dans l’International Herald Tribune.''',
     N, NO, OUTLET, ""),
    ("harris", '''Le sondage présente:''', N, NO, OUTLET, "frame of a list"),
    ("harris", '''La connaissance et l’utilité de l’OTAN''', N, NO, OUTLET, "list item"),
    ("harris", '''Les menaces potentielles :''', N, NO, OUTLET, "list item"),
    ("harris", '''D’où pourrait venir une menace militaire?''', N, NO, OUTLET, "list item"),
    ("harris", '''Contre quelles menaces se protéger?''', N, NO, OUTLET, "list item"),
    ("harris", '''L’adhésion à une défense militaire européenne''', N, NO, OUTLET, "list item"),
    ("harris", '''L’adhésion à un système américain de défense anti-missile basé en Europe Centrale''', N, NO, OUTLET, "list item"),
    ("harris", '''Au regard des résultats de ce sondage, il apparaît notamment que :''', N, NO, OUTLET, "frame of a list"),
    ("harris", '''la grande majorité des répondants connait peu ou ne connaît pas du tout le rôle de l’OTAN, sans pour autant remettre en cause son maintien.''',
     N, NO, OUTLET, "list item; poll"),
    ("harris", '''En Europe et aux États-Unis, un retour de la France au sein de la structure militaire de l’OTAN serait bien accueilli (49% favorables aux USA, 61% favorables en Allemagne), même si, en France, les avis sont plus partagés sur ce sujet (un tiers favorable, un tiers opposé, un tiers sans opinion).''',
     N, NO, OUTLET, "poll results on France's return: none (guideline 3, polls)"),

    # ---- ayostore (mirror of a French press explainer, 2022); first sentence of the excerpt;
    # the "À LIRE AUSSI" link line left out (the run continues after it)
    ("ayostore", '''Marine Le Pen entend marcher dans les pas du général de Gaulle, en soutenant le retrait de la France des structures de commandement militaire de l'OTAN.''',
     F, LC, MLP, ""),
    ("ayostore", '''Pour justifier sa proposition, elle explique que cela éviterait de devoir entrer automatiquement en guerre lorsqu'un allié est attaqué.''',
     F, LC, MLP, "argument for leaving the command, by its advocate (guideline 4.7)"),
    ("ayostore", '''Mais selon plusieurs spécialistes, cette automaticité n'existe pas.''', N, NO, "unnamed: several specialists",
     "rebuts a factual premise of her argument; no position on leaving or staying"),
    ("ayostore", '''Qu'est-ce qu'elle propose ?''', N, NO, OUTLET, "subheading"),
    ("ayostore", '''C'est l'un des vestiges de son programme de 2017.''', N, NO, OUTLET, "outlet's background on the proposal"),
    ("ayostore", '''Si elle est élue, Marine Le Pen (RN) promet de faire sortir la France du commandement intégré de l'OTAN (Organisation Traité Atlantique Nord), qui scelle l'alliance militaire de 30 États occidentaux.''',
     F, LC, MLP, ""),
    ("ayostore", '''Le commandement intégré fait référence à la structure de commandement militaire de l'organisation, qui fixe les stratégies et les fait appliquer dans les opérations sur le terrain.''',
     N, NO, OUTLET, ""),
    ("ayostore", '''Il s'agit en fait d'imiter le général de Gaulle, qui avait quitté ce commandement intégré en 1966.''', F, LC, MLP,
     "'il s'agit' = her proposal: restates her plan to leave the command like de Gaulle"),
    ("ayostore", '''Dans un contexte différent, marqué par la guerre froide, de Gaulle entendait marquer des divergences stratégiques avec l'Alliance, notamment sur la stratégie nucléaire.''',
     N, DR, CDG, "de Gaulle's disagreement with the alliance (motive), not the act of leaving itself"),
    ("ayostore", '''Selon un rapport rendu en 2012 par Hubert Védrine, ancien ministre des Affaires étrangères, de Gaulle voulait s'opposer à une doctrine d'emploi de l'arme atomique imposée par les États-Unis, qui impliquait « le risque d’une bataille nucléaire limitée au territoire européen ».''',
     N, NO, HV, "historical explanation attributed to Védrine's report; no position on France's place now"),
    ("ayostore", '''La France restait toutefois membre de l'OTAN et a mené des opérations militaires avec l'organisation, notamment en Afghanistan.''',
     N, NO, OUTLET, "bare fact"),
    ("ayostore", '''Marine Le Pen insiste sur la nécessité de retrouver une indépendance stratégique.''', N, DR, MLP, "autonomy, no exit call in the sentence"),
    ("ayostore", '''« À l’heure des grandes menaces et des grands bouleversements stratégiques, la France ne serait pas elle-même si elle n’opte pas pour une politique de pleine indépendance.''',
     N, DR, MLP, "'pleine indépendance' without saying to leave"),

    # ---- bfm (BFMTV, 6 March 2009); signature "La rédaction-Bourdin & Co" left out
    ("bfm", '''Dupont-Aignan : « Oui à l'Otan, non à son commandement militaire »''', F, LC, NDA, "headline quoting him"),
    ("bfm", '''Alors que la question du retour de la France dans le commandement militaire de l'Otan fait débat, Nicolas Dupont-Aignan, député « souverainiste » de droite, s'y oppose fermement.''',
     F, LC, NDA, "opposes the 2009 return"),
    ("bfm", '''François Fillon a décidé d'engager la responsabilité du gouvernement devant l'Assemblée Nationale sur le retour de la France dans le commandement militaire de l'Otan.''',
     A, RD, FF, "the Prime Minister stakes the government on the return: decision backing it"),
    ("bfm", '''Un débat sur cette question doit avoir lieu au Parlement le 17 mars.''', N, NO, OUTLET, ""),
    ("bfm", '''Mais la majorité est partagée sur cette question : Dominique de Villepin, Alain Juppé, notamment, ont fait savoir qu'ils étaient contre ce retour.''',
     F, LC, "Dominique de Villepin; Alain Juppé", "opposing the return; the holders are Villepin and Juppé"),
    ("bfm", '''Alors que plusieurs députés UMP s'apprêtaient à voter contre ce projet, le Premier ministre a décidé de passer en force en utilisant l'article 49-1 de la Constitution, c'est-à-dire en menaçant de démission si le texte n'était pas adopté.''',
     A, RD, FF, "main clause: Fillon forces the return through (the UMP deputies' opposition is subordinate)"),
    ("bfm", '''« Gardons notre liberté de manœuvre »''', N, DR, NDA, "subheading quoting him: autonomy, the command is not named"),
    ("bfm", '''Nicolas Dupont-Aignan, maire d'Yerres (91) et député « souverainiste » Président de Debout la République, explique pourquoi il va voter contre ce texte : « parce que c'est une décision d'une gravité extrême.''',
     F, LC, NDA, "voting against the return"),
    ("bfm", '''Elle est d'autant plus inconsistante que pendant l'élection présidentielle, Nicolas Sarkozy avait dit le contraire : il avait dit "nos soldats sont en Afghanistan, il faudra qu'ils reviennent", et il a fait exactement l'inverse.''',
     F, LC, NDA, "'elle' = the decision to return: criticism of the return inside his explanation of his vote against it"),
    ("bfm", '''Je pense qu'on doit bien sûr être amis des Etats-Unis.''', N, NO, NDA, ""),
    ("bfm", '''Il s'agit simplement de maintenir ce qui a fait consensus dans notre politique étrangère depuis 50 ans, de gauche ou de droite.''',
     F, LC, NDA, "keeping the 50-year consensus = staying out of the command (next sentence spells it out)"),
    ("bfm", '''Il s'agit de dire : on appartient à l'Otan, mais pas à son organisation militaire intégrée.''', F, LC, NDA, ""),
    ("bfm", '''C'est-à-dire qu'on garde notre liberté de manœuvre. »''', F, LC, NDA,
     "'c'est-à-dire' restates staying outside the integrated organisation as keeping freedom: argument for it"),

    # ---- dlr (Debout la République blog, April 2009); first sentence of the excerpt
    ("dlr", '''Nicolas Dupont-Aignan était jeudi 2 avril à Strasbourg pour manifester son opposition à la réintégration de la France dans le commandement intégré de l’OTAN.''',
     F, LC, NDA, ""),
    ("dlr", '''Venu spécialement dans la capitale alsacienne à la veille du 60ème anniversaire de l’Alliance Atlantique, le président de Debout la République a indiqué devant la presse qu’au moment où notre monde devient de plus en plus multipolaire, la France n’a aucun intérêt à intégrer une organisation unipolaire !''',
     F, LC, NDA, "'aucun intérêt à intégrer' = against the reintegration"),
    ("dlr", '''Et Nicolas Dupont-Aignan de poser une question simple : ce que notre pays a pu faire en 2003 lors de l’invasion de l’Irak, pourrait-il le faire aujourd’hui ?''',
     N, DR, NDA, "rhetorical question about France's freedom of action; the return is not named"),
    ("dlr", '''La décision de Nicolas Sarkozy de fondre notre indépendance dans le commandement intégré est grave de conséquences, a ajouté Nicolas Dupont-Aignan qui a rappelé que si le Général de Gaulle avait pris la décision inverse, c’était pour éviter que la France ne soit entrainée dans des conflits qui ne sont pas les siens.''',
     F, LC, NDA, "argument that the return is harmful"),
    ("dlr", '''Le député de l’Essonne a précisé que selon lui, seul un grand mouvement citoyen peut aujourd’hui inverser l’ordre des choses et que c’est désormais aux Français de se faire entendre.''',
     F, LC, NDA, "'inverser l'ordre des choses' = undo the reintegration"),
    ("dlr", '''C’est la raison pour laquelle il a lancé il y a quelques jours une pétition nationale intitulée « NON à la réintégration de la France dans l’OTAN, OUI à une France libre », pétition doublée d’une campagne d’affichage.''',
     F, LC, NDA, "act (petition) against the reintegration into the command"),

    # ---- tf1 (TF1 Info, March 2024); date marker left out; run stopped before the subheading
    # "Bardella penche pour Trump"
    ("tf1", '''En avril 2022, Marine Le Pen avait promis de "quitter le commandement intégré de l'Otan", au nom de "l'indépendance" de la France.''',
     F, LC, MLP, ""),
    ("tf1", '''Deux ans plus tard, Jordan Bardella se dit contre une sortie tant que la guerre en Ukraine "est toujours en cours".''',
     N, NO, JB, "deferral (no exit while the war lasts), not a rejection of exit: NONE (guideline 4.2)"),
    ("tf1", '''"On ne change pas les traités en période de guerre", justifie le président du Rassemblement national.''', N, NO, JB,
     "justification of the deferral"),
    ("tf1", '''Le RN a changé d’avis et assume sa nouvelle doctrine.''', N, NO, OUTLET, "outlet's summary of the change; the doctrine is a deferral"),
    ("tf1", '''Le président du Rassemblement national (RN) Jordan Bardella était interrogé jeudi sur l'implication de la France dans l'Otan.''',
     N, NO, OUTLET, ""),
    ("tf1", '''Faut-il sortir du commandement intégré ?''', N, NO, OUTLET, "the interviewer's question"),
    ("tf1", '''"Si la guerre est toujours en cours, non", a répondu Jordan Bardella lors d'un entretien à Paris organisé mercredi par le média Politico et le think tank Europa Nova.''',
     N, NO, JB, "conditional no = deferral, the aim is neither kept nor rejected"),
    ("tf1", '''"On ne change pas les traités en période de guerre", a justifié la tête de liste RN aux élections européennes.''', N, NO, JB,
     "justification of the deferral (repeated on the page)"),
    ("tf1", '''Son parti plaidait pourtant depuis longtemps pour sortir du commandement de l'Alliance, comme l'avait fait le général de Gaulle en 1966, avant que Nicolas Sarkozy ne revienne sur cette décision en 2009.''',
     F, LC, RN, "the party's long-standing call to leave the command (reported); de Gaulle and Sarkozy are background"),
    ("tf1", '''En avril 2022, soit deux mois après le début de l'invasion russe en Ukraine, Marine Le Pen, alors qualifiée pour le second de l'élection présidentielle, avait ainsi promis de "quitter le commandement intégré de l'Otan", au nom de "l'indépendance" de la France.''',
     F, LC, MLP, ""),
    ("tf1", '''Mais ce programme "ne tenait pas compte de la guerre", a assuré Jordan Bardella.''', N, NO, JB, "justification of the deferral"),

    # ---- rfrance (France Inter « Questions politiques », 19 September 2021); the guest label line,
    # "Publicité" and the cookie notice for the embedded tweet left out; run stops at the cookie notice
    ("rfrance", '''"Il y a un coup à marquer immédiatement, c'est revenir sur la décision de Sarkozy en 2009" et "sortir du commandement armé de l'Otan" a estimé dimanche Fabien Roussel, secrétaire national du PCF et député du Nord, candidat à l’élection présidentielle, et invité de "Questions politiques".''',
     F, LC, FR_, "undo the 2009 return and leave the command"),
    ("rfrance", '''"C'est une crise extrêmement grave et ce n'est pas qu'une affaire d'argent", estime Fabien Roussel, secrétaire national du PCF, député du Nord.''',
     N, NO, FR_, "about the submarine (AUKUS) crisis"),
    ("rfrance", '''"Elle fait la démonstration que les États-Unis n'ont pas d'alliés et ne servent que leurs propres intérêts stratégiques", estime celui qui est candidat à la présidentielle de 2022 pour le Parti communiste français.''',
     N, NO, FR_, "criticism of the US over the AUKUS crisis, not tied to NATO in the sentence: none (guideline 3)"),
    ("rfrance", '''Le signal fort que la France devrait envoyer, c'est de quitter le commandement armé de l'Otan.''', F, LC, FR_,
     "unattributed highlighted line paraphrasing Roussel (context)"),
    ("rfrance", '''Selon Fabien Roussel, il est temps pour l'Europe, mais surtout pour la France, de "retrouver sa voix et son indépendance en matière de défense et de politique étrangère".''',
     N, DR, FR_, "autonomy, no exit call in the sentence"),
    ("rfrance", '''"La France a toujours compté jusqu'à ce que l'on rejoigne le commandement armé de l'Otan et, depuis, nous sommes des suivistes.''',
     F, LC, FR_, "argument that the 2009 return was harmful = opposing it (guideline 4.1)"),
    ("rfrance", '''Je souhaite que l'ONU redevienne la voix de la paix et celle qui règle les conflits autrement que par les armes.''', N, NO, FR_, ""),
    ("rfrance", '''Il n'y a plus de place pour des traités atlantiques qui datent de la seconde guerre mondiale", poursuit-il.''', N, DR, FR_,
     "NATO as outdated (like 'should have disappeared after the Cold War'): no explicit exit call (guideline 4.9)"),

    # ---- rt (RT France, September 2021); date marker left out; first sentence = lead
    ("rt", '''Ce soir du 23 septembre, le leader de la France insoumise et le polémiste ont confronté leurs visions de la France.''', N, NO, OUTLET, ""),
    ("rt", '''Mais sur au moins un sujet, les deux hommes ont exprimé des convergences : leur critique de l'alliance militaire atlantique.''',
     N, DR, "Jean-Luc Mélenchon; Éric Zemmour", "shared criticism of NATO, no exit call"),
    ("rt", '''Le débat entre Jean-Luc Mélenchon et Eric Zemmour sur BFM TV, dont l'annonce avait fait couler beaucoup d'encre, a sans surprise mis en lumière deux visions radicalement différentes de l'identité française, de l'économie ou encore de la politique énergétique.''',
     N, NO, OUTLET, ""),
    ("rt", '''Mais, durant les deux heures qu'a duré la séquence télévisée ce soir du 23 septembre, le chef de parti et le journaliste ont exceptionnellement convergé sur une thématique : leur rejet de l'OTAN.''',
     N, DR, "Jean-Luc Mélenchon; Éric Zemmour", "'rejet de l'OTAN' is the outlet's summary of a criticism; no exit stated"),
    ("rt", '''Un sujet abordé dans le contexte particulier de l'échec retentissant de la vente de sous-marins français à l'Australie, au profit de navires américains à propulsion nucléaire.''',
     N, NO, OUTLET, ""),
    ("rt", '''Interrogé par la journaliste Aurélie Casse sur la place de la France dans l'organisation atlantique – dont Washington est de loin la plus importante puissance – Jean-Luc Mélenchon a répondu que les Français n'avaient «rien à faire dans cette alliance militaire, qui d'ailleurs n'a pas de sens».''',
     F, LA, JLM, "'the French have nothing to do in this military alliance' = France should not be in NATO"),
    ("rt", '''Le candidat à la présidentielle et député des Bouches-du-Rhône a fait valoir que l'OTAN avait «été créé pour faire face à l'URSS» et s'est demandé pourquoi elle existait encore, trois décennies après la disparition de l'Union soviétique.''',
     N, DR, JLM, "questions NATO's existence, no exit call in the sentence"),
    ("rt", '''«Ca s'appelle le traité de l'Atlantique nord et ça mène des guerres dans des endroits où il n'y a pas d'Atlantique», a également relevé le leader de La France insoumise (LFI), invoquant l'intervention de l'OTAN en Afghanistan ayant récemment pris fin.''',
     N, DR, JLM, "criticism of NATO's out-of-area wars"),

    # ---- bourso (Boursorama, November 2019); sentences glued on the page split at the full stops
    ("bourso", '''Otan en état de « mort cérébrale » : Berlin et Washington dénoncent les propos de Macron''', N, NO, "Germany; United States",
     "headline: defence of NATO against Macron's remark, nothing about France's place in NATO"),
    ("bourso", '''Si Emmanuel Macron voulait faire réagir, il a réussi.''', N, NO, OUTLET, ""),
    ("bourso", '''Ses propos dans The Economist sur l'Otan qui serait en « état de mort cérébrale » ont été très commentés, de Washington à Moscou en passant par Berlin.''',
     N, DR, EM, "conveys Macron's 'brain death' criticism of NATO (guideline example)"),
    ("bourso", '''La chancelière Angela Merkel a ainsi dénoncé des propos « intempestifs » lors d'une conférence de presse à Berlin avec le secrétaire général de l'Otan Jens Stoltenberg jeudi soir.''',
     N, NO, MERKEL, "another country's leader defending NATO; not about France's membership"),
    ("bourso", '''« Je ne pense pas qu'un tel jugement intempestif soit nécessaire, même si nous avons des problèmes, même si nous devons nous ressaisir », a-t-elle déclaré, disant ne pas partager les « termes radicaux » d'Emmanuel Macron.''',
     N, NO, MERKEL, ""),
    ("bourso", '''Jens Stoltenberg a lui estimé que l'Otan restait « forte » et que les Etats-Unis et l'Europe « travaillaient ensemble plus que nous ne l'avons fait depuis des décennies ».''',
     N, NO, JS, ""),
    ("bourso", '''Côté Etats-Unis, le secrétaire d'Etat Mike Pompeo a jugé, lors d'une conférence de presse à Leipzig (Allemagne), que l'Otan, restait « historiquement un des partenariats stratégiques les plus importants ».''',
     N, NO, "Mike Pompeo", ""),
    ("bourso", '''Il en a profité pour rappeler l'exigence de Donald Trump (qui avait lui-même qualifié l'Otan d'organisation « obsolète » en janvier 2017) aux pays membres de l'Alliance de mieux « partager le fardeau » de son financement.''',
     N, NO, "Mike Pompeo", "burden-sharing demand; Trump's 'obsolete' is in a parenthesis"),
    ("bourso", '''« Des paroles en or », selon Moscou''', N, DR, "Russia",
     "subheading (glued to the next sentence on the page): Moscow praises the 'brain death' criticism of NATO"),
    ("bourso", '''Interrogé par les journalistes, le Premier ministre canadien Justin Trudeau a pour sa part souligné le « rôle extrêmement important » de l'organisation internationale sur la scène internationale, notamment en Irak et en Lettonie.''',
     N, NO, "Justin Trudeau", ""),
    ("bourso", '''Les seuls à se ranger du côté du président français ont été les Russes.''', N, DR, "Russia",
     "Russia sides with the criticism of NATO"),
    ("bourso", '''La porte-parole de la diplomatie de Vladimir Poutine, Maria Zakharova, a salué de son côté sur sa page Facebook « des paroles en or.''',
     N, DR, ZAK, "praise of Macron's criticism of NATO"),
    ("bourso", '''Sincères et qui reflètent l'essentiel.''', N, DR, ZAK, "continuation of her quotation"),
    ("bourso", '''Une définition précise de l'état actuel de l'Otan ».''', N, DR, ZAK, "continuation of her quotation: endorses 'brain death'"),

    # ---- ftvi (franceinfo, 8 November 2019); first sentence of the excerpt
    ("ftvi", '''"On peut comprendre" la réaction d'Angela Merkel aux propos d'Emmanuel Macron sur la "mort cérébrale" de l'OTAN, indique l'ambassadrice de France en Allemagne Anne-Marie Descôtes, sur franceinfo vendredi 8 novembre.''',
     N, NO, DESC, ""),
    ("ftvi", '''Dans un entretien publié jeudi, le chef de l'État déplore le manque de coordination entre les États-Unis et l'Europe et le comportement unilatéral de la Turquie en Syrie, membre de l'Alliance atlantique.''',
     N, DR, EM, "'le chef de l'État' = Macron; criticism of how NATO works"),
    ("ftvi", '''"La chancelière a réagi à cette formule en disant qu'elle ne souscrivait pas à cette déclaration", commente Anne-Marie Descôtes sur franceinfo.''',
     N, NO, DESC, ""),
    ("ftvi", '''Angela Merkel a dit ne pas partager la vision "radicale" du président français.''', N, NO, MERKEL, ""),
    ("ftvi", '''"On peut la comprendre", ajoute l'ambassadrice française à Berlin.''', N, NO, DESC, ""),
    ("ftvi", '''"Je crois que la déclaration du Président de la République, c'est de créer un électrochoc et une prise de conscience", sur "l'urgence à réfléchir sur le positionnement géostratégique de l'Europe, si nous voulons que l'Europe continue à exister, qu'elle ne soit pas juste l'observatrice de conflits entre États-Unis et Chine, États-Unis et Russie".''',
     N, DR, DESC, "European strategic positioning between the US, China and Russia: autonomy, no exit"),
    ("ftvi", '''"C’est très grave ce qui se passe en Syrie", ajoute Anne-Marie Descôtes.''', N, NO, DESC, ""),
    ("ftvi", '''"La Turquie, membre de l’OTAN, s’est comportée d’une façon qui n’a appelé quasiment aucun commentaire.''', N, DR, DESC,
     "criticises NATO's silence on an ally's conduct"),
    ("ftvi", '''C’est cette question que pose le chef de l’État", estime-t-elle.''', N, NO, DESC,
     "says which question Macron raises (Turkey), not France's place in NATO"),

    # ---- mai68 (mai68.org repost of L'Express, 13/03/1966); repost byline, image caption, the URL
    # line and the L'Express byline left out
    ("mai68", '''En mars 1966, de Gaulle vire de France les Américains et leurs bases militaires''', F, LC, CDG,
     "headline narrating de Gaulle's act (the expulsion of allied forces that came with leaving the command)"),
    ("mai68", '''1966 : la crise avec les Américains''', N, NO, OUTLET, "headline of the reposted article"),
    ("mai68", '''En mars 1966, le général de Gaulle décide de faire sortir la France du commandement intégré de l’Otan.''', F, LC, CDG,
     "de Gaulle's decision (guideline 4.3)"),
    ("mai68", '''Le récit par L’Express de cette décision stratégique pour la défense française.''', N, NO, OUTLET, ""),
    ("mai68", '''En fin d’après-midi, le lundi 7 mars, M. Maurice Couve de Murville convoque dans son bureau du quai d’Orsay M. Charles Bohien, ambassadeur des Etats-Unis.''',
     N, NO, OUTLET, "narration of a meeting"),
    ("mai68", '''C’est pour lui remettre un message personnel du Président de la République française au président Lyndon B. Johnson.''', N, NO, OUTLET, ""),
    ("mai68", '''De Gaulle, avant toute notification officielle aux gouvernements membres de l’Alliance atlantique, a tenu par courtoisie à prévenir M. Johnson : dans les soixante-douze heures, la France va signifier à ses alliés sa décision de se retirer, non pas de l’Alliance, mais de son organisation militaire ; elle demandera simultanément l’ouverture de négociations bilatérales pour fixer les modalités de sa coopération ultérieure avec les pays intéressés.''',
     F, LC, CDG, "announcement of the withdrawal from the military organisation only"),
    ("mai68", '''Sol, ciel et mer''', N, NO, OUTLET, "subheading"),
    ("mai68", '''A Washington, on connaît depuis longtemps les intentions de De Gaulle.''', N, NO, OUTLET, ""),
    ("mai68", '''Il les a réaffirmées avec éclat lors de sa dernière conférence de presse, le 21 février : "Modifier les dispositions actuellement pratiquées, afin de rétablir une situation normale de souveraineté dans laquelle tout ce qui est français en fait de sol, de ciel, de mer et de forces, et tout élément étranger qui se trouverait en France ne relèveraient plus que des seules autorités françaises."''',
     F, LC, CDG, "French forces and foreign forces in France under French authority only = leaving the integrated command"),

    # ---- nato66 (nato.int, French chronology for 1966); line breaks inside sentences joined with one
    # space; the page's missing letters ('annes', 'invitablement', 'vidence', 'intgrée', 'forces l'OTAN') kept
    ("nato66", '''Les relations anglo-américaines qui s'étaient dégradées lors de la crise de Suez s'améliorent rapidement mais, dans le cas de la France, la situation est plus complexe.''',
     N, NO, OUTLET, ""),
    ("nato66", '''L'Alliance, après plus de dix annes d'existence, avait invitablement changé.''', N, NO, OUTLET, ""),
    ("nato66", '''L'Europe était devenue plus puissante, tant sur le plan économique que sur le plan militaire, et elle était désormais moins dépendante des Etats-Unis.''',
     N, NO, OUTLET, ""),
    ("nato66", '''L'Union soviétique avait notablement renforcé son potentiel nucléaire, ce que le lancement de Spoutnik avait mis en vidence, et tous les Européens n'étaient pas rassurés par le parapluie atomique américain, à fond sur le concept des représailles massives qui prévoyait le recours rapide aux armes nucléaires en riposte à une agression.''',
     N, NO, OUTLET, ""),
    ("nato66", '''Cette situation avait amené la France à exprimer des réserves sur les orientations de la politique alliée et, après son élection à la présidence en 1958, le général de Gaulle avait clairement exprimé sa désapprobation au sujet de certains aspects du rôle dominant des Américains et, plus précisément, de la politique nucléaire et de la structure de commandement intgrée de l'OTAN.''',
     N, DR, CDG, "disapproval of the integrated command structure, no withdrawal yet in this sentence"),
    ("nato66", '''En 1966, la France annonce qu'elle n'affectera plus de forces l'OTAN et se retirera de la structure militaire intgrée, ce qui impliquait le départ des quartiers généraux et des unités alliées.''',
     F, LC, FRGOV, "France announces the withdrawal: announcement = decision; 'France announcing' is French government (guideline 5)"),
    ("nato66", '''Ils devaient avoir quitté le territoire français avant le 1er avril 1967.''', N, NO, OUTLET, ""),
]


# -----------------------------------------------------------------------------------------------
sys.path.insert(0, str(HERE.parent))  # the checks every stance sheet shares: ../stance_sheet_checks.py
from stance_sheet_checks import check_sheet, numbered_rows, write_sheet, replace_counts  # noqa: E402

LANGUAGE = 'fr'


def check():
    """Run the checks shared by every stance sheet; fail with a message on the first problem."""
    compared, _ = check_sheet(ITEMS, SOURCES, LANGUAGE, HERE)
    return [str(p.relative_to(HERE.parent)) for p in compared]


def build():
    compared = check()
    rows, source_ids = numbered_rows(ITEMS, SOURCES, ITEM_PREFIX, SOURCE_PREFIX)
    write_sheet(HERE, rows, source_ids, SOURCES)
    return rows, source_ids, compared


def counts_markdown(rows, source_ids, compared):
    per_page = Counter(r["source_id"] for r in rows)
    n_pub = len({SOURCES[k][2] for k in source_ids})
    out = [f"{len(rows)} French sentences from {len(source_ids)} pages ({n_pub} distinct publisher entries); "
           f"{min(per_page.values())}–{max(per_page.values())} sentences per page.", ""]
    out += ["**Labels**", "", "| label | n | share |", "|---|---:|---:|"]
    for lab in (F, A, N):
        c = sum(1 for r in rows if r["label"] == lab)
        out.append(f"| {lab} | {c} | {100 * c / len(rows):.0f}% |")
    out.append(f"| **all** | {len(rows)} | 100% |")
    out += ["", "**By language**", "", "| language | FAVOR | AGAINST | NONE | all |", "|---|---:|---:|---:|---:|"]
    for lang in sorted({r["language"] for r in rows}):
        sub = [r for r in rows if r["language"] == lang]
        out.append(f"| {lang} | " + " | ".join(str(sum(1 for r in sub if r["label"] == lab)) for lab in (F, A, N))
                   + f" | {len(sub)} |")
    out += ["", "**Positions**", "", "| position | label | n |", "|---|---|---:|"]
    for pos in ("leave_alliance", "leave_command", "distance_or_reform", "none", "stay", "rejoin_or_deepen"):
        c = sum(1 for r in rows if r["position"] == pos)
        out.append(f"| {pos} | {LABEL_OF_POSITION[pos]} | {c} |")
    out += ["", "**Sentences and labels per page**", "",
            "| source_id | publisher | published | n | FAVOR | AGAINST | NONE |", "|---|---|---|---:|---:|---:|---:|"]
    for key, sid in source_ids.items():
        sub = [r for r in rows if r["source_id"] == sid]
        out.append(f"| {sid} | {SOURCES[key][2]} | {SOURCES[key][4]} | {len(sub)} | "
                   + " | ".join(str(sum(1 for r in sub if r["label"] == lab)) for lab in (F, A, N)) + " |")
    stance = [r for r in rows if r["label"] != N]
    sp = Counter(r["speaker"] for r in stance)
    out += ["", f"**Speakers over FAVOR/AGAINST sentences** ({len(stance)} sentences)", "",
            "| speaker | FAVOR | AGAINST |", "|---|---:|---:|"]
    for s, n in sorted(sp.items(), key=lambda kv: (-kv[1], kv[0])):
        fa = sum(1 for r in stance if r["speaker"] == s and r["label"] == F)
        out.append(f"| {s} | {fa} | {n - fa} |")
    out += ["", "Near-duplicate check run against: " + (", ".join(f"`{c}`" for c in compared) or "(none)") + "."]
    hard = [r for r in rows if r["note"]]
    out += ["", f"**Hard calls and other notes** ({len(hard)} items with a note; full text in `labels.csv`)", ""]
    for r in hard:
        out.append(f"- `{r['item_id']}` {r['label']}/{r['position']}, {r['speaker']}: {r['note']}")
    return "\n".join(out)


def main():
    rows, source_ids, compared = build()
    md = counts_markdown(rows, source_ids, compared)
    print(md)
    if replace_counts(README, md):
        print(f"\n(updated counts in {README.name})")


if __name__ == "__main__":
    main()
