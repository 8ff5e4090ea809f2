#!/usr/bin/env python3
"""Write the FRENCH stance TEST set no. 3: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command" (La France doit sortir de
l'OTAN, ou de son commandement militaire intégré), labelled per sentence following
../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position), including the
2026-12-05 additions of its section 5 (canonical names from data/reference/actors.csv and
collectives.csv; signed opinion pieces held by their author; transcripts held by their speaker).

THIS IS A TEST SET: no model may be tuned on it; it is to be used once, to measure a finished model.

The sentences were copied verbatim from excerpts of public French-language pages returned by a
search tool over stored copies of public web pages (corpus "pages", collected 2026-12-05). For each
page one contiguous run of the article body (headline / first body sentence onwards, at most 15
sentences) was taken and EVERY complete sentence of it was labelled, stance-bearing or not. The
ITEMS of one source are in page order.

Every decision below was made by hand, by an annotator who did not read helpers/stance.py,
helpers/speakers.py, helpers/stance_report.py, data/reference/stance_lexicon.csv,
tests/test_stance*.py, tests/test_speakers*.py, notebooks/02-*.ipynb or data/processed, did not
open the other annotators' new directories, and did not run any classifier. This script holds
those decisions as an explicit table (SOURCES, ITEMS) and contains no heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every speaker is non-empty,
  - every source is used, every item points to a declared source, every source is French,
    items of a source are contiguous,
  - no source URL is in ../../raw/manifest.csv or in any ../stance*/sources.csv other than this one,
  - no two items are near-identical (difflib ratio >= 0.85, lower-cased), and no item is a
    near-duplicate of any sentence of any ../stance*/labels.csv other than this one (globbed when
    the script runs),
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage (from /work/main):  python3 data/annotations/stance_test3_fr/make_labels.py
"""
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
ITEM_PREFIX, SOURCE_PREFIX = "x", "xs"
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

JLM = "Jean-Luc Mélenchon"
MLP = "Marine Le Pen"
EM = "Emmanuel Macron"
CDG = "Charles de Gaulle"
NS = "Nicolas Sarkozy"
DT = "Donald Trump"
FA = "François Asselineau"
FF = "François Fillon"
JB = "Jordan Bardella"
BIDEN = "Joe Biden"
FRGOV = "French government"
RN = "National Rally (RN)"
BAROIN = "François Baroin"
CLAIR = "Edouard Clair"
PEW = "Pew Research Center"
VERNET = "Henri Vernet"
LETEMPS_AUTHOR = "unnamed: author of blogs.letemps.ch article"
POLARIS_AUTHOR = "unnamed: author of Polaris Media article"
NOSDEP_396284 = "unnamed: speaker answering the deputy (nosdeputes.fr intervention 396284)"
NOSDEP_DEPUTY = "unnamed: deputy addressed (nosdeputes.fr intervention 396284)"
NOSDEP_77440 = "unnamed: deputy (nosdeputes.fr intervention 77440)"
NATO_DIPLOMATS = "unnamed: diplomats of NATO member states"
NATO_OFFICERS = "unnamed: high-ranking NATO officers"
RADLEFT = "radical left (Jean-Luc Mélenchon, Nathalie Arthaud, Solidarités, Parti du Travail)"

# Queries (French), as sent to the search tool (corpus "pages")
Q_SORTIE = "France OTAN sortie débat"
Q_SAR = "Sarkozy retour OTAN 2009 réactions"
Q_DG = "de Gaulle 1966 OTAN histoire article"
Q_EXT = "extrême droite gauche radicale OTAN positions"
Q_MAC = "Macron OTAN déclaration alliance"
Q_UPR = "Dupont-Aignan Asselineau sortir de l'OTAN programme présidentielle"
Q_POLL = "sondage Français favorables sortie OTAN"
Q_JLM = "Mélenchon sortie OTAN interview commandement intégré puis alliance"
Q_TRU = "Trump OTAN article 5 Europe France réaction éditorial Le Soir Tribune de Genève"
Q_MIN = "ministre des Armées sortir de l'OTAN serait une erreur réponse"
Q_FOL = "quitter l'OTAN serait une folie France alliance sécurité tribune"
ALL_QUERIES = [Q_SORTIE, Q_SAR, Q_DG, Q_EXT, Q_MAC, Q_UPR, Q_POLL, Q_JLM, Q_TRU,
               "Grèce retrait commandement intégré OTAN 1974 Chypre retour 1980", Q_MIN,
               "Védrine rapport retour commandement intégré OTAN ne pas ressortir", Q_FOL,
               "Le Devoir RTBF La Libre France OTAN commandement intégré retour analyse"]

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published: as shown in the excerpt; "(not shown)" otherwise, with what the URL or the
# text says in brackets.
SOURCES = OrderedDict([
    ("pravda", ("fr", "L'OTAN «inquiète» du risque d'arrivée de l'extrême droite au pouvoir en France",
                "Pravda FR (fr.news-pravda.com), after Euractiv",
                "https://fr.news-pravda.com/world/2024/07/04/187901.html", "(not shown) [URL: 2024/07/04]", Q_EXT)),
    ("lesfrancais", ("fr", "La possible arrivée de l’extrême droite au pouvoir en France inquiète les pays de l’OTAN",
                     "Les Français.press (lesfrancais.press)",
                     "https://lesfrancais.press/la-possible-arrivee-de-lextreme-droite-au-pouvoir-en-france-inquiete-les-pays-de-lotan",
                     "(not shown) [events: between the two rounds of the June-July 2024 snap election]", Q_EXT)),
    ("nosdep_396284", ("fr", "(not shown) [nosdeputes.fr intervention 396284, 15th legislature]",
                       "NosDéputés.fr (Regards Citoyens), transcript of the Assemblée nationale",
                       "https://2017-2022.nosdeputes.fr/15/intervention/396284",
                       "(not shown) [legislature 2017-2022]", Q_SORTIE)),
    ("nosdep_77440", ("fr", "(not shown) [nosdeputes.fr intervention 77440, 15th legislature]",
                      "NosDéputés.fr (Regards Citoyens), transcript of the Assemblée nationale",
                      "https://2017-2022.nosdeputes.fr/15/intervention/77440",
                      "(not shown) [legislature 2017-2022]", Q_MIN)),
    ("paperblog", ("fr", "(not shown) [URL slug: et-la-france-rejoint-l-otan]", "Paperblog (paperblog.fr), blog post",
                   "https://paperblog.fr/1566908/et-la-france-rejoint-l-otan",
                   "(not shown) [events: Munich security conference, February 2009]", Q_SAR)),
    ("alayham", ("fr", "(not shown) [URL slug: de-gaulle-et-lotan]", "news.alayham.com (links to AgoraVox)",
                 "https://news.alayham.com/content/de-gaulle-et-lotan", "(not shown)", Q_DG)),
    ("nay_book", ("fr", "L'impétueux, chapitre 3 « OTAN » (Catherine Nay, book excerpt)",
                  "youbooks.top (EPUB page of the book, Grasset, ISBN 9782246790112)",
                  "https://www.youbooks.top/bookepub/N-Catherine/Limpetueux/9782246790112-20.xhtml",
                  "(not shown) [events: March 2009]", Q_SAR)),
    ("letemps", ("fr", "De l’ex-Yougoslavie à l’Ukraine, les sirènes révisionnistes de la gauche radicale",
                 "Le Temps blogs (blogs.letemps.ch, Switzerland)",
                 "https://blogs.letemps.ch/leon-de-perrot/2022/03/04/de-lex-yougoslavie-a-lukraine-les-sirenes-revisionnistes-de-la-gauche-radicale/",
                 "(not shown) [URL: 2022/03/04]", Q_EXT)),
    ("bamada", ("fr", "(not shown) [URL slug: macron-se-felicite-davoir-reveille-lotan]", "Bamada.net (Mali), AP",
                "http://bamada.net/macron-se-felicite-davoir-reveille-lotan",
                "(not shown) [events: 28 November 2019]", Q_MAC)),
    ("francebleu", ("fr", "(not shown) [URL slug: francois-asselineau-et-nicolas-dupont-aignan-deux-candidats-eurosceptiques-la-presidentielle]",
                    "France Bleu", "https://www.francebleu.fr/infos/politique/francois-asselineau-et-nicolas-dupont-aignan-deux-candidats-eurosceptiques-la-presidentielle-1490809673",
                    "2017-03", Q_UPR)),
    ("sudradio", ("fr", "(not shown) [URL slug: frexit-otan-les-cles-du-programme-de-francois-asselineau]", "Sud Radio",
                  "https://sudradio.fr/politique/frexit-otan-les-cles-du-programme-de-francois-asselineau",
                  "(not shown) [events: March 2017]", Q_UPR)),
    ("rtl", ("fr", "(not shown) [URL slug: francois-asselineau-sur-rtl-nous-sommes-dans-une-dictature-qui-ne-dit-pas-son-nom]", "RTL",
             "http://www.rtl.fr/actu/politique/francois-asselineau-sur-rtl-nous-sommes-dans-une-dictature-qui-ne-dit-pas-son-nom-7788138381",
             "15/04/2017", Q_UPR)),
    ("sputnik", ("fr", "Sondage: le soutien public de l’Otan en France chute brusquement de 22%", "Sputnik Afrique",
                 "https://fr.sputniknews.africa/amp/20200211/sondage-le-soutien-public-de-lotan-en-france-chute-brusquement-de-22--1043040447.html",
                 "(not shown) [URL: 2020-02-11]", Q_POLL)),
    ("yougov", ("fr", "(not shown) [URL slug: soutien-otan-chute-en-europe]", "YouGov France",
                "https://fr.yougov.com/politics/articles/26880-soutien-otan-chute-en-europe",
                "(not shown) [events: December 2019]", Q_POLL)),
    ("bladi", ("fr", "(not shown) [thread: la-defense-selon-jean-luc-melenchon]", "Bladi.info (forum repost of a press article)",
               "https://bladi.info/threads/la-defense-selon-jean-luc-melenchon.312973",
               "(not shown) [events: vendredi 30 mars 2012]", Q_JLM)),
    ("varmatin", ("fr", "A l’Otan, Trump martèle ses exigences", "Var-Matin (Brignoles / Le Luc / Saint-Maximin), via PressReader",
                  "http://www.pressreader.com/france/var-matin-brignoles-le-luc-saint-maximin/20170526/281998967405064",
                  "2017-05-26 (URL)", Q_TRU)),
    ("canalblog", ("fr", "L'ÉDITO de Henri Vernet - Le Parisien - Trump Imperator",
                   "Jours tranquilles à Paris (canalblog), repost of Le Parisien's editorial",
                   "http://jourstranquilles.canalblog.com/archives/2018/07/12/36556895.html", "12 juillet 2018", Q_TRU)),
    ("polaris", ("fr", "L’Otan est morte", "Polaris Media (polarismedia.fr)",
                 "https://polarismedia.fr/2026/01/10/lotan-est-morte", "(not shown) [URL: 2026/01/10]", Q_TRU)),
    ("souchet", ("fr", "(not shown) [nosdeputes.fr page of Dominique Souchet, tag 'alliance']",
                 "NosDéputés.fr (Regards Citoyens), transcript of the Assemblée nationale",
                 "https://2007-2012.nosdeputes.fr/parlementaire/dominique-souchet/tag/alliance",
                 "(not shown) [legislature 2007-2012; debate on the 2009 return]", Q_FOL)),
    ("gambetta", ("fr", "Faut-il débrancher l’OTAN ?", "Conférence Gambetta (conferencegambetta.fr), conference announcement",
                  "http://conferencegambetta.fr/conferences/faut-il-debrancher-lotan", "Lundi 13 janvier 2020", Q_FOL)),
])

# -----------------------------------------------------------------------------------------------
# ITEMS: (source key, text copied verbatim, label, position, speaker, note for hard calls)
# All complete sentences of one contiguous passage per page, in page order.
ITEMS = [
    # ---- pravda (4 July 2024); the repeated headline, the caption "Source photo: Euractiv" are left out;
    # the run ends before a sentence cut off by the excerpt
    ("pravda", "L'OTAN «inquiète» du risque d'arrivée de l'extrême droite au pouvoir en France", N, NO, "NATO", ""),
    ("pravda", "Les diplomates des pays de l'OTAN sont de plus en plus préoccupés par les risques pour la cohésion de l'Alliance liés à l'arrivée éventuelle d'extrême droite au gouvernement français.",
     N, NO, NATO_DIPLOMATS, ""),
    ("pravda", "Et le fait que l'influence de Paris, ainsi que son engagement envers l'Ukraine, pourrait s'affaiblir dans un proche avenir, est alarmant Euractiv.",
     N, NO, "Euractiv", "garbled translation ('est alarmant Euractiv' = Euractiv sounds the alarm), kept verbatim"),
    ("pravda", "«Cela se produit dans le contexte du fait que le parti d'extrême droite «rassemblement National» est prêt à obtenir un grand nombre de sièges à l'Assemblée nationale après le second tour des élections législatives anticipées le dimanche 7 juillet», explique la publication.",
     N, NO, "Euractiv", ""),
    ("pravda", "Certains interlocuteurs d'Euractiv ont même exprimé leur opinion sur une éventuelle sortie de la France de l'OTAN.",
     N, NO, "unnamed: Euractiv's interlocutors", "only says that an opinion on a possible exit was expressed, not what it was (guideline 5: narration of speaking)"),
    ("pravda", "À propos, le manifeste de l'Association Nationale sur la politique de défense pour 2022 comprenait le point «Quitter le commandement militaire conjoint de l'OTAN, discuter d'un futur accord stratégique avec les États-Unis».",
     F, LC, RN, "'Association Nationale' is the page's mistranslation of the Rassemblement national (named in the previous sentences); its 2022 manifesto's command-exit point: leave_command"),
    ("pravda", "Ce document n'est pas disponible sur le site.", N, NO, OUTLET, ""),
    ("pravda", "En outre, en février-2024, le dirigeant DE No BARDELLA a déclaré que tant que la guerre se poursuivrait en Ukraine, la France ne quitterait pas le commandement militaire Conjoint de l'OTAN.",
     N, NO, JB, "deferral (no exit while the war goes on) without a kept aim in the sentence (guideline 4.2); garbled name 'DE No BARDELLA' kept"),
    ("pravda", "Il n'y a donc rien à craindre pour Bruxelles.", N, NO, OUTLET, "outlet's conclusion, not a position on France's membership"),
    ("pravda", "Ainsi, le département d'Etat américain ne montre pas non plus d'inquiétude à ce sujet.", N, NO, "US State Department", ""),
    ("pravda", "Selon son porte-parole, Washington «n'a aucune crainte réelle, car les alliés ont toujours été confrontés à des élections».",
     N, NO, "unnamed: US State Department spokesperson", ""),
    ("pravda", "Notez qu'il est peu probable que La cinquième République soit confrontée à de fortes fluctuations dans le domaine de la politique étrangère.",
     N, NO, OUTLET, "outlet's prediction (guideline 4.2: not a deferral by anyone)"),
    ("pravda", "Elle adhérera au courant dominant-la russophobie et la guerre avec la Russie.", N, NO, OUTLET, ""),
    # ---- lesfrancais (June-July 2024); the repeated headline is left out; run ends at a cut-off sentence
    ("lesfrancais", "La possible arrivée de l’extrême droite au pouvoir en France inquiète les pays de l’OTAN", N, NO, OUTLET, ""),
    ("lesfrancais", "Les États membres de l’OTAN sont inquiets de la possible arrivée au pouvoir du Rassemblement national (RN) en France, et craignent un désengagement de Paris sur le dossier ukrainien.",
     N, NO, "unnamed: NATO member states", ""),
    ("lesfrancais", "Sous couvert d’anonymat, certains diplomates en poste au sein des représentations permanentes des différents pays membres de l’OTAN se disent particulièrement inquiets de la situation politique en France, après la dissolution de l’Assemblée nationale et le score historique réalisé par le RN au premier tour des législatives anticipées.",
     N, NO, NATO_DIPLOMATS, ""),
    ("lesfrancais", "L’instabilité politique de l’Hexagone intervient de plus, alors que l’Alliance atlantique essuie de sévères critiques des États de l’est de l’Europe, qui demandent un soutien plus important de la coalition en direction de l’Ukraine.",
     N, NO, OUTLET, ""),
    ("lesfrancais", "La possible arrivée de l’extrême droite au pouvoir, et la formation d’une cohabitation pourraient de fait redéfinir la politique française au sein de l’OTAN, alertent de nombreux diplomates.",
     N, NO, NATO_DIPLOMATS, "prediction by observers, no position on France's membership"),
    ("lesfrancais", "Marine Le Pen a toujours expliqué qu’elle souhaitait que la France quitte le commandement intégré, avant de nuancer quelque peu sa position ces derniers mois.",
     F, LC, MLP, "main clause reports her command-exit wish; 'nuancer quelque peu' softens but does not withdraw it (no deferral stated)"),
    ("lesfrancais", "La France est pourtant l’un des quatre pays — avec les États-Unis, l’Allemagne et le Royaume-Uni — qui déterminent la stratégie à long terme de l’organisation, expliquent des haut gradés de l’Alliance.",
     N, NO, NATO_OFFICERS, "describes France's weight in NATO; no one says France should stay or go"),
    ("lesfrancais", "Rien à voir, ajoutent-ils, avec l’influence limitée que peuvent avoir de petits pays comme la Hongrie ou la Slovaquie, qui ont bien tenté de freiner le soutien de l’OTAN à l’Ukraine, et de ralentir les décisions de la coalition, mais en vain.",
     N, NO, NATO_OFFICERS, ""),
    # ---- nosdep_396284 (Assemblée nationale, 2017-2022): a reply to a deputy's proposal; the excerpt
    # does not name the speaker (transcript line, guideline 5: unnamed)
    ("nosdep_396284", "Monsieur le député, vous nous proposez de nous affranchir de l'OTAN dans un contexte de brutalisation du monde, pour reprendre les termes du chef d'état-major.",
     F, LA, NOSDEP_DEPUTY, "the reply reports the addressed deputy's proposal to free France from NATO (reported exit call, guideline 2); the framing is the replier's, the position the deputy's"),
    ("nosdep_396284", "Peut-on isoler la France sans nuire à la défense de ses intérêts ?", A, ST, NOSDEP_396284,
     "rhetorical question: exit (isolating France) would harm its interests (guideline 4.7, argument that exit is harmful)"),
    ("nosdep_396284", "Car, au fond, c'est ce que vous proposez.", N, NO, NOSDEP_396284, "only characterises the proposal"),
    ("nosdep_396284", "Aujourd'hui, l'OTAN représente le fondement de la sécurité collective des Européens.", A, ST, NOSDEP_396284,
     "said in rejection of an exit proposal: argues that France/Europe needs NATO (stay)"),
    ("nosdep_396284", "En ce moment même, des troupes de l'OTAN s'entraînent en Norvège.", N, NO, NOSDEP_396284, ""),
    ("nosdep_396284", "Nous voulons assurément que la France pèse de tout son poids au sein de l'OTAN ; mais comment atteindre cet objectif sans en faire partie ?",
     A, ST, NOSDEP_396284, "weight inside NATO is the aim, but the sentence's point is that France must be part of NATO against the exit proposal: stay rather than rejoin_or_deepen"),
    ("nosdep_396284", "La France tient à sa présence au sein de l'Alliance.", A, ST, NOSDEP_396284, ""),
    ("nosdep_396284", "C'est vrai, le contexte a changé depuis sa création à l'issue de la seconde guerre mondiale : les relations entre l'Est et l'Ouest ont évolué ; mais le niveau des menaces reste élevé, et les sources d'instabilité sont nombreuses.",
     N, NO, NOSDEP_396284, "threat assessment; says nothing about France's membership in the sentence"),
    ("nosdep_396284", "L'engagement de nos forces au sein des coalitions ne faiblit pas, et nos alliances objectives doivent nous porter résolument au côté des pays qui partagent nos valeurs démocratiques.",
     A, ST, NOSDEP_396284, "in a reply rejecting NATO exit, 'nos alliances ... doivent nous porter résolument au côté' of the democracies = keep France in its alliances: stay"),
    # ---- nosdep_77440 (Assemblée nationale, 2017-2022): a deputy speaking to the minister; not named in the excerpt
    ("nosdep_77440", "Enfin, s'agissant de l'indépendance de la France, je vais me répéter – je devine donc votre réponse, monsieur le ministre.",
     N, NO, NOSDEP_77440, ""),
    ("nosdep_77440", "Je ne comprends toujours pas ce que nous faisons dans le commandement intégré de l'Organisation du traité de l'Atlantique nord, l'OTAN.",
     N, DR, NOSDEP_77440, "questions France's presence in the command but does not say France should leave it (guideline 4.9, strict line)"),
    ("nosdep_77440", "Qu'a apporté cette participation à la sécurité de la France ?", N, DR, NOSDEP_77440, "questions the participation, no exit call"),
    ("nosdep_77440", "Dans quelle mesure ne la compromet-elle pas puisque l'on voit qu'elle nous entraîne dans des conflits, notamment sur les frontières de l'Est ?",
     N, DR, NOSDEP_77440, "criticism of the command participation, no exit call"),
    ("nosdep_77440", "Pour la première fois depuis Napoléon, 300 militaires français sont engagés à la frontière de la Russie qui, je le répète, n'est pas notre ennemie, mais notre partenaire.",
     N, DR, NOSDEP_77440, "rapprochement with Russia in a NATO context"),
    ("nosdep_77440", "Nous n'avons aucun intérêt à laisser penser quoi que ce soit d'autre, car cela tourne toujours mal pour les Français.",
     N, DR, NOSDEP_77440, "continues the Russia-partner argument"),
    # ---- paperblog (blog post, February 2009); the run starts at the first body sentence and stops after 15 sentences
    ("paperblog", "Après une courte escale à Flamanville, sur le chantier d'un EPR à la technologie obsolète, Nicolas Sarkozy a rejoint Angela Merkel à Munich ce samedi.",
     N, NO, OUTLET, ""),
    ("paperblog", "Il y a 3 jours, ils avaient tous deux co-signé un article dans le Monde intitulé \"la sécurité, notre mission commune\".",
     N, NO, OUTLET, ""),
    ("paperblog", "Décision symbolique, le président français a accepté d'accueillir un bataillon allemand sur le sol français.",
     N, NO, NS, "decision not about NATO membership"),
    ("paperblog", "Une première depuis 1945.", N, NO, OUTLET, ""),
    ("paperblog", "Mais l'important est ailleurs: la France va rejoindre l'OTAN.", A, RD, FRGOV,
     "announced forthcoming return (future 'va rejoindre'), not a bare past fact: France's decision, speaker French government (guideline 5 addition)"),
    ("paperblog", "L'Amérique veut écouter et consulter.", N, NO, OUTLET, ""),
    ("paperblog", "les Etats Unis demandent à leurs alliés d'envoyer plus de soldats dans les zones de conflits où l'OTAN intervient: «l'Amérique va en faire plus : ça, c'est la bonne nouvelle.",
     N, NO, BIDEN, "sentence starts in lower case on the page, kept; the quotation is Biden's (attributed in the next sentence)"),
    ("paperblog", "La mauvaise nouvelle, c'est que nous allons demander à nos partenaires d'en faire plus aussi» a déclaré le vice-président Joe Biden à Munich.",
     N, NO, BIDEN, ""),
    ("paperblog", "\"Nous nous félicitons de la décision éventuelle de la France\" de rejoindre l'organisation atlantique.",
     A, RD, BIDEN, "Biden (previous sentence) welcomes France's return: backing the return is rejoin_or_deepen"),
    ("paperblog", "Echec français ?", N, NO, OUTLET, "subheading"),
    ("paperblog", "Il y a 9 mois, Nicolas Sarkozy avait fait connaître son souhait d'intégrer l'OTAN, quelques semaines après avoir renforcer le contingent français présent en Afghanistan.",
     A, RD, NS, "his announced wish to (re)integrate NATO: rejoin_or_deepen"),
    ("paperblog", "D'après Jean-Dominique Merchet, la France aurait obtenu 2 postes de commandements à l'OTAN, ... à Norfolk et à Lisbonne (la France demandait Naples).",
     N, NO, "Jean-Dominique Merchet", "reported fact about the posts obtained, no position"),
    ("paperblog", "Des strapotins d'après le journaliste Vincetn Jauvert.", N, DR, "Vincent Jauvert",
     "belittles the posts France got for its return (criticism of the terms), no call to stay out; 'strapotins', 'Vincetn' are the page's typos, kept in the text"),
    ("paperblog", "Et il nous en coutera 420 millions d'euros sur cinq ans, affirme la Lettre A, des sommes destinées à payer les surcoûts des soldes des personnels rejoignant les organismes militaires de l'Alliance.",
     N, NO, "La Lettre A", "cost figure, no position"),
    ("paperblog", "Contrairement aux ambitions françaises, la défense européenne n'a pas été renforcée depuis un an.", N, NO, OUTLET, ""),
    # ---- alayham (short piece on de Gaulle and NATO); the trailing "Voir en ligne" link is left out
    ("alayham", "En 1966 le président de la République Charles de Gaulle décida de retirer la France du commandement militaire intégré de l'OTAN.",
     F, LC, CDG, "de Gaulle's act (guideline 4.3)"),
    ("alayham", "Notons que notre pays continuait de siéger au Conseil de l'Atlantique nord, le général voulut donc se dégager de toute implication dans une organisation aussi étendue en cas de conflit majeur sans remettre l'alliance atlantique en question.",
     F, LC, CDG, "states de Gaulle's aim: out of the organisation's military involvement, not out of the alliance: leave_command"),
    ("alayham", "La réintégration décidée par Nicolas Sarkozy en 2007 ne fut pas une si grande surprise, probablement Ségolène Royal l'aurait également décidée, il suffit pour s'en convaincre de garder en mémoire l'action de François Mitterrand en Irak puis l'intervention française en Afghanistan.",
     N, NO, OUTLET, "the outlet's analysis mentions Sarkozy's decision in passing (guideline 4.4); the sentence narrates no one doing it"),
    ("alayham", "Le retour au sein du commandement intégré se décidait dans une certaine continuité.", N, NO, OUTLET, ""),
    # ---- nay_book (Catherine Nay, L'impétueux, ch. 3 "OTAN", on March 2009); the chapter label and
    # title "CHAPITRE 3" / "OTAN" are left out; the run stops after 15 sentences
    ("nay_book", "Décidément Nicolas Sarkozy ne s’épargne rien.", N, NO, OUTLET, ""),
    ("nay_book", "Il ouvre un nouveau front en annonçant le retour de la France dans le commandement armé.", A, RD, NS,
     "announcement of the return (guideline 4.3)"),
    ("nay_book", "Il sera officialisé le 4 avril à Strasbourg, lors de la célébration du 60e anniversaire de l’Alliance atlantique en présence de Barack Obama.",
     N, NO, OUTLET, "schedule of the return, no actor taking a position"),
    ("nay_book", "Les parlementaires – devenus coresponsables de la politique de défense, conséquence de la réforme récente des institutions – doivent se prononcer le 17 mars.",
     N, NO, OUTLET, ""),
    ("nay_book", "L’affaire ne se présente pas très bien.", N, NO, OUTLET, ""),
    ("nay_book", "Certains UMP renâclent.", F, LC, "unnamed: some UMP deputies",
     "'renâclent' = balk at the return to the command (context): opposing the 2009 return (guideline 4.1)"),
    ("nay_book", "François Baroin exprime sans fard sa mauvaise humeur à la tribune de l’Assemblée : « Quelle est l’urgence d’un tel débat en pleine crise financière ?",
     N, NO, BAROIN, "questions the timing of the debate, not the return itself"),
    ("nay_book", "On prend le risque de briser un consensus de plusieurs décennies entre la droite et la gauche.", F, LC, BAROIN,
     "argument that the return is harmful, by an opponent of it: opposing the 2009 return (guideline 4.1)"),
    ("nay_book", "Quel avantage allons-nous tirer de cette perte d’originalité et de singularité ? »", F, LC, BAROIN,
     "rhetorical objection to the return (loss of France's singularity): opposing the return"),
    ("nay_book", "Le Premier ministre s’était lui-même interrogé, il avait fait part de ses doutes à qui de droit.", N, DR, FF,
     "'le Premier ministre' in March 2009 = François Fillon; doubts about the return, no opposition stated"),
    ("nay_book", "Mais le Président a su le convaincre.", N, NO, NS, "narrates persuasion, no content of the position"),
    ("nay_book", "« Ce dont il était très fier » dit un témoin de la scène.", N, NO, "unnamed: witness of the scene", ""),
    ("nay_book", "François Fillon, qui veut obtenir « un vote de cohésion majoritaire » a décidé de poser la question de confiance.",
     A, RD, FF, "staking the government's life on the return vote: a decision backing the return"),
    ("nay_book", "Le gouvernement n’étant responsable que devant l’Assemblée nationale, il évite ainsi un vote au Sénat encore plus aléatoire.",
     N, NO, OUTLET, ""),
    ("nay_book", "Un principe de précaution, que le PS et François Bayrou dénoncent : « C’est un détournement de procédure. »",
     N, NO, "Socialist Party (PS); François Bayrou", "criticism of the procedure, not of the return"),
    # ---- letemps (signed blog post, 2022; the excerpt does not name the author, the URL's blog name
    # is 'leon-de-perrot'); run ends before the block quotation cut off by the excerpt
    ("letemps", "De l’ex-Yougoslavie à l’Ukraine, les sirènes révisionnistes de la gauche radicale", N, NO, LETEMPS_AUTHOR,
     "signed opinion piece: author holds it (guideline 5, 2026-12-05); nothing about France's membership"),
    ("letemps", "Depuis le début des tensions puis de l’invasion russe en Ukraine, divers tenants de la gauche dite « radicale », de Jean-Luc Mélenchon et Nathalie Arthaud en France à Solidarités ou au Parti du Travail en Suisse, font entendre un discours relativement similaire : l’OTAN, et par extension l’Occident, serait au moins en partie responsable pour la guerre en Ukraine.",
     N, DR, RADLEFT, "reported criticism of NATO by the radical left, no exit call"),
    ("letemps", "Si ce genre de discours n’est pas l’apanage de la gauche radicale – un discours de 2015 du Professeur en sciences politiques John Mearsheimer, où celui-ci accuse l’Occident de la situation en Crimée, a d’ailleurs connu un soudain regain de popularité sur Youtube – ce sont néanmoins les tenants de celle-ci qui vont le plus loin dans leur critique, en appelant à « dénoncer tous les impérialismes », avec des slogans à l’instar de « Stop Poutine, Stop OTAN ».",
     N, DR, RADLEFT, "'Stop OTAN' slogans: criticism of NATO, not an exit call"),
    ("letemps", "Dans ce genre de discours, l’OTAN est parfois ouvertement et vertement critiqué comme un « instrument de l’impérialisme américain ».",
     N, DR, RADLEFT, ""),
    ("letemps", "Or, à titre d’exemple, ce sont les guerres de dissolution de l’ex-Yougoslavie, et tout particulièrement le conflit kosovar, qui sont inlassablement convoqués.",
     N, NO, LETEMPS_AUTHOR, ""),
    ("letemps", "Un certain nombre de médias plutôt ancrés à gauche, à l’instar du Monde Diplomatique, se sont fait les relais d’une version plus mesurée de cette thèse, comme le montre bien un article du quotidien romand Le Courrier paru le 22 février dernier intitulé « Défaites de Russie » :",
     N, NO, LETEMPS_AUTHOR, "sentence ends with the colon introducing a quotation"),
    # ---- bamada (AP report, 29 November 2019); the trailing agency tag "AP" is left out
    ("bamada", "“Ce qu’on est en train de vivre, c’est la mort cérébrale de l’OTAN” : le 7 novembre, c’était le constat d’Emmanuel Macron, un mois après la trahison des Kurdes par Donald Trump et le blanc-seing laissé à la Turquie dans le nord de la Syrie.",
     N, DR, EM, ""),
    ("bamada", "Cette mise en cause frontale avait été aussitôt dénoncée à Washington, Berlin, Londres, Varsovie ou Ankara.", N, NO,
     "unnamed: allied capitals", "allies rejecting Macron's criticism defend NATO in general, not France's membership"),
    ("bamada", "“J’assume totalement d’avoir levé les ambiguïtés”, a déclaré hier le chef de l’État à l’issue d’un entretien d’une heure avec le secrétaire général de l’Otan Jens Stoltenberg, à l’Elysée, les deux hommes ayant affirmé leur volonté d’”assurer le succès” du sommet des dirigeants des 29 pays membres, mardi et mercredi prochains à Londres, à l’occasion des 70 ans de l’Alliance atlantique.",
     N, DR, EM, "he stands by his 'brain death' criticism"),
    ("bamada", "Emmanuel Macron a ainsi expliqué avoir tenu ces propos après avoir constaté “une déconnexion criante et inacceptable” lors des deux derniers sommets qui “ont été uniquement consacrés à savoir comment on pouvait alléger le coût financier pour les États-Unis” plutôt qu’aux questions stratégiques et à la lutte -prioritaire- contre le terrorisme.",
     N, DR, EM, ""),
    ("bamada", "“Il fallait peut-être un “wake-up call” (une alarme, NDLR).", N, DR, EM, ""),
    ("bamada", "Il a été donné et je me félicite que la priorité est plutôt de réfléchir à nos finalités et nos objectifs stratégiques”, a-t-il ajouté.",
     N, DR, EM, "reform of NATO's strategic aims"),
    ("bamada", "Emmanuel Macron devrait s’entretenir avec plusieurs autres dirigeants d’ici au sommet où il aura également des rencontres avec ses homologues, dont une à quatre avec le président turc Erdogan, Angela Merkel et Boris Johnson.",
     N, NO, OUTLET, ""),
    ("bamada", "Après la mort de 13 soldats français au Mali il a aussi fait savoir qu’il allait réclamer à ses alliés une “plus grande implication” au Sahel où la France “agit pour le compte de tous”.",
     N, NO, EM, "burden-sharing in the Sahel, not France's place in NATO"),
    # ---- francebleu (March 2017); the date line is left out; run stops after 15 sentences
    ("francebleu", "Le premier tour de l’élection présidentielle est dans un peu plus de trois semaines.", N, NO, OUTLET, ""),
    ("francebleu", "Onze candidats se présentent, et parmi eux, il y a ceux que l’on nomme « les petits candidats ».", N, NO, OUTLET, ""),
    ("francebleu", "Focus sur les programmes de François Asselineau et de Nicolas Dupont Aignan.", N, NO, OUTLET, ""),
    ("francebleu", "Le 23 avril prochain, les Français voteront pour le premier tour de l’élection présidentielle.", N, NO, OUTLET, ""),
    ("francebleu", "Ils ont le choix parmi onze candidats.", N, NO, OUTLET, ""),
    ("francebleu", "Parmi eux, il y a « les petits candidats », ceux qui ont un faible pourcentage d’intentions de vote dans les sondages.", N, NO, OUTLET, ""),
    ("francebleu", "François Asselineau et Nicolas Dupont Aignan sont deux candidats qui mettent en avant la souveraineté de la France", N, NO, OUTLET,
     "complete sentence without a final full stop on the page; sovereignty in general"),
    ("francebleu", "Sortir de l’Union européenne, sortir de l’euro et sortir de l’Otan", F, LA, FA,
     "subheading summarising the programme put forward below in the name of Asselineau (his departmental representative quotes it)"),
    ("francebleu", "François Asselineau, le candidat de l’UPR et Nicolas Dupont Aignan, le candidat de Debout la France, ont reçu respectivement 23 et 16 parrainages de la part des maires de Côte-d’Or.",
     N, NO, OUTLET, ""),
    ("francebleu", "Mais on ne peut pas vraiment parler de soutiens, parce qu’ils ont plutôt donné leur signature pour donner la parole à un « petit candidat » que parce qu’ils adhèrent complètement à leurs idées.",
     N, NO, OUTLET, ""),
    ("francebleu", "Le parti de François Asselineau compte environ 150 adhérents dans le département.", N, NO, OUTLET, ""),
    ("francebleu", "Edouard Clair, 28 ans et viticulteur à Marsannay-la-Côte est le représentant départemental du candidat.", N, NO, OUTLET, ""),
    ("francebleu", "S’il a choisi de rejoindre Asselineau, c’est parce que \" la démocratie en France ne fonctionne plus. \"", N, NO, CLAIR, ""),
    ("francebleu", "Pour lui redonner tout son rôle \" il y a trois moyens, explique t-il : sortir de l’Union européenne, sortir de l’euro et sortir de l’Otan.\"",
     F, LA, CLAIR, "direct quotation; one of the three means is leaving NATO"),
    ("francebleu", "Il ne craint pas un risque de repli de la France sur elle-même : \" au contraire, c’est en sortant de l’Europe qu’on s’ouvrira au monde.",
     N, NO, CLAIR, "leaving Europe (EU): other target (guideline 4.6)"),
    # ---- sudradio (March 2017); run ends at a sentence cut off by the excerpt
    ("sudradio", "Mais qui est François Asselineau, nouveau candidat à la présidentielle dont les 524 parrainages ont été validés par le Conseil constitutionnel ce vendredi ?",
     N, NO, OUTLET, ""),
    ("sudradio", "Président de l’Union populaire républicaine (UPR), parti qu’il a fondé en 2007 avoir avoir quitté l’UMP, cet inspecteur des finances de 59 ans, diplômé de HEC et de l’Ena et ancien membre de cabinets ministériels lors des gouvernements Balladur et Juppé, insiste notamment sur les questions internationales et européennes dans son programme électoral.",
     N, NO, OUTLET, "biography; 'avoir avoir' is the page's typo"),
    ("sudradio", "Sortie de l’Union européenne et de l’Otan", F, LA, FA, "subheading paraphrasing his programme (reported)"),
    ("sudradio", "\"Je prône une sortie de l’Union européenne, de l’euro et aussi de l’Otan, qui n’a plus de raison d’être depuis la chute du communisme.",
     F, LA, FA, ""),
    ("sudradio", "(…) Il y a 10 ans, cela paraissait irréaliste et insensé, plus maintenant.", F, LA, FA,
     "'cela' = leaving the EU, the euro and NATO (previous sentence); the advocate argues it is now realistic (guideline 4.7); the page has no space after this full stop"),
    ("sudradio", "C’est un sentiment qui traverse toute la société française\", affirme ainsi à RMC celui qui appelle à \"un débat de fond comme il y a eu au Royaume-Uni\" en vue d’un éventuel vote sur le \"Frexit\".",
     N, NO, FA, "claim about public feeling and a call for a Frexit (EU) debate: no NATO position in the sentence"),
    ("sudradio", "\"Les autres candidats n'ont pas un programme de président de la République, mais de Premier ministre : ils confondent l'élection présidentielle et les législatives.",
     N, NO, FA, ""),
    ("sudradio", "Comme disait le Général de Gaulle : le vrai sujet de la présidentielle, c'est l'indépendance de la France.", N, NO, FA,
     "Asselineau quoting de Gaulle on independence in general"),
    ("sudradio", "Je vais marteler ce sujet durant la campagne présidentielle\", ajoute-t-il.", N, NO, FA, ""),
    ("sudradio", "L’indépendance de la nation, grand credo de François Asselineau", N, NO, OUTLET, "subheading"),
    ("sudradio", "Si son programme précis reste encore à définir, François Asselineau donne rendez-vous aux Français le 14 mars prochain aux Docks Pullman (La Plaine-Saint-Denis) pour plus de précisions.",
     N, NO, OUTLET, ""),
    ("sudradio", "Sur le site Internet de l’UPR, on peut toutefois voir 20 pistes pour \"défendre l’indépendance politique et économique de la nation\".",
     N, NO, "Union populaire républicaine (UPR)", ""),
    # ---- rtl (15 April 2017); the "publié le" line is left out; run ends at a cut-off sentence
    ("rtl", "Sortir de l’euro, sortir immédiatement de l’Union européenne, sortir de l'Otan : le programme de François Asselineau tranche avec celui des onze autres candidats.",
     F, LA, FA, "his programme (reported)"),
    ("rtl", "Pour le président de l’Union Populaire Républicaine (UPR), invité de RTL samedi 15 avril, sa candidature vient avant tout répondre à une question fondamentale : \"Comment peut-on garantir l’indépendance nationale lorsque tous nos grands choix politiques, économiques, sociaux, budgétaires, diplomatiques et militaires sont fixés par la Commission européenne à Bruxelles, la Banque centrale européenne à Francfort et l'Otan dirigée depuis Washington\".",
     N, DR, FA, "criticises dependence on a NATO 'led from Washington' but does not say France should leave in this sentence"),
    ("rtl", "Selon François Asselineau, aucune réforme majeure ne pourra être entreprise tant que la France demeurera dans l’Union européenne : \"Nous sommes dans une dictature qui ne dit pas son nom\".",
     N, NO, FA, "EU, other target"),
    ("rtl", "\"Ce qui me distingue de Madame Le Pen et Monsieur Mélenchon, c’est qu'ils proposent de renégocier les traités européens\", poursuit le président de l’UPR qui, lui, compte par exemple activer sans attendre l'article 50 du traité sur l'Union européenne afin de déclencher un \"Frexit\".",
     N, NO, FA, "Frexit, other target"),
    ("rtl", "Haro contre les privatisations", N, NO, OUTLET, "subheading"),
    ("rtl", "En matière de politique internationale, François Asselineau se montre réservé sur la question syrienne par exemple.", N, NO, FA, ""),
    ("rtl", "Il s'interroge notamment lorsqu'il voit que Jean-Marc Ayrault, ministre des Affaires étrangères, \"dit que Bachar al-Assad est un menteur\" sur l'attaque chimique du 4 avril.",
     N, NO, FA, ""),
    ("rtl", "Le candidat se rappelle ainsi d'un précédent massacre, survenu dans l'ancienne oasis de la Ghouta (une banlieue de Damas) en août 2013, durant lequel un agent neurotoxique avait aussi été utilisé.",
     N, NO, FA, ""),
    # ---- sputnik (11 February 2020); the "Sputnik" tag and a "read also" link title are left out;
    # run ends at a cut-off sentence
    ("sputnik", "Sondage: le soutien public de l’Otan en France chute brusquement de 22%", N, NO, OUTLET, "poll"),
    ("sputnik", "Le soutien public de l’Otan a décliné notablement en France, en Allemagne et aux États-Unis, selon un nouveau sondage.", N, NO, OUTLET, ""),
    ("sputnik", "Dans l’Hexagone, par exemple, les opinions positives ont chuté de 71% en 2009 à 49% en 2019.", N, NO, OUTLET, ""),
    ("sputnik", "Bien que l’Organisation du traité de l'Atlantique nord profite encore d’opinions favorables majoritaires parmi ses États membres, certaines populations font preuve de moins d’enthousiasme, à en croire un sondage du centre américain Pew Research Center.",
     N, NO, OUTLET, ""),
    ("sputnik", "En France, les opinions positives sont passées de 71% en 2009 à 60% en 2017 puis 49% en 2019.", N, NO, OUTLET, ""),
    ("sputnik", "Il s’agit donc d’une chute de 22%.", N, NO, OUTLET, ""),
    ("sputnik", "L’année 2018 n’est quant à elle pas disponible.", N, NO, OUTLET, ""),
    ("sputnik", "Le soutien public aux États-Unis est aussi en chute: de 64% en 2018, il est passé à 52% en 2019.", N, NO, OUTLET, ""),
    ("sputnik", "«En Allemagne, les opinions favorables sur l’Organisation ont reculé de 16 points [73% en 2009, ndlr], et en Bulgarie [54% en 2007 et 2009, ndlr] les opinions favorables ont diminué de 12 points», précise le sondage.",
     N, NO, PEW, ""),
    ("sputnik", "Selon Pew Research Center, la pierre d’achoppement pourrait être l’article 5 du traité prévoyant qu’une attaque contre un membre de l’Organisation est considérée comme une attaque contre tous ses membres.",
     N, NO, PEW, ""),
    ("sputnik", "«Mort cérébrale» de l’Otan", N, DR, EM, "subheading quoting Macron's criticism"),
    ("sputnik", "Ces derniers mois, l’Alliance et son développement actuel, ainsi que son fonctionnement et son efficacité, ont été largement discutés suite à une déclaration d’Emmanuel Macron.",
     N, NO, OUTLET, "only says that the remark was discussed"),
    ("sputnik", "Dans un entretien accordé à The Economist en novembre 2019, le Président français avait notamment annoncé que l’Otan se trouvait actuellement en état de mort cérébrale.",
     N, DR, EM, ""),
    ("sputnik", "Plusieurs pays, dont les États-Unis et la Turquie, avaient critiqué ces propos.", N, NO, "United States; Turkey",
     "criticism of Macron's remark, no position on France's membership"),
    # ---- yougov (December 2019); the run stops before a subheading and the Trump paragraph
    ("yougov", "Les Européens demeurent plus enthousiastes au sujet de l’OTAN que les Américains.", N, NO, OUTLET, "poll"),
    ("yougov", "Et ce, malgré le fait que les Britanniques, les Français et les Allemands soient aujourd’hui moins favorables à voir leurs pays toujours signataires de ce traité.",
     N, NO, OUTLET, "poll result (guideline: polls are none)"),
    ("yougov", "Les résultats d’une nouvelle étude internationale YouGov pourraient inquiéter les leaders des pays de l’OTAN, et ce, alors que l’alliance célébrait son 70e anniversaire le 4 décembre dernier.",
     N, NO, OUTLET, ""),
    ("yougov", "L’étude, réalisée dans les principaux pays de l’OTAN, démontre que le soutien envers son adhésion s’est effondré dans plusieurs pays européens ces deux dernières années.",
     N, NO, OUTLET, ""),
    ("yougov", "Alors qu’en 2017, presque 3 Britanniques sur 4 (73%) y étaient favorables, ce chiffre a depuis chuté à 59%.", N, NO, OUTLET, ""),
    ("yougov", "De même, en Allemagne, le soutien est passé de 68% à 54% et en France de 54% à 39%.", N, NO, OUTLET, ""),
    ("yougov", "Les pays nordiques comme le Danemark et la Norvège ont respectivement connu une baisse de 80% à 70% et de 75% à 66%.", N, NO, OUTLET, ""),
    ("yougov", "Les réticences de certains pays à rester membres de l’OTAN ne signifient pas pour autant que les populations s’y opposent.", N, NO, OUTLET, ""),
    ("yougov", "En effet, l’opinion semble évoluer d’un soutien à l’appartenance vers un « ni favorable, ni défavorable » ou « je ne sais pas ».", N, NO, OUTLET, ""),
    ("yougov", "La proportion de personnes activement opposée à l’appartenance de leur pays à l’OTAN reste quant à elle inchangée.", N, NO, OUTLET, ""),
    ("yougov", "Du côté des Etats-Unis, l’opinion publique est plus stagnante : les Américains restent moins enthousiastes concernant leur appartenance à l’OTAN que certains de leurs homologues Européens.",
     N, NO, OUTLET, ""),
    ("yougov", "44% des Américains sont favorables au fait de faire partie de l’alliance, tandis que 47% affirmaient la même chose en 2017.", N, NO, OUTLET, ""),
    ("yougov", "Sur la même période (2017-2019), l’opposition a diminué de 15% à 10%.", N, NO, OUTLET, ""),
    # ---- bladi (forum repost of a press report on Mélenchon's 30 March 2012 defence lecture); run ends at a cut-off sentence
    ("bladi", "C'est un sujet sur lequel on ne l'attendait pas forcément.", N, NO, OUTLET, ""),
    ("bladi", "Jean-Luc Mélenchon a tenu, vendredi 30 mars, une conférence au très chic Cercle républicain de Paris, intitulée \"Une défense souveraine et altermondialiste\".",
     N, NO, OUTLET, ""),
    ("bladi", "C'est \"un sujet qui est souvent extérieur [à la campagne présidentielle] alors qu'il devrait y occuper une place centrale\", a estimé le candidat du Front de gauche.",
     N, NO, JLM, ""),
    ("bladi", "Se targuant de son expérience comme secrétaire de la commission des affaires étrangères, de la défense et des forces armées du Sénat, M. Mélenchon s'est livré à une véritable leçon de géopolitique, inspirée des travaux des commissions défense du Parti de gauche et du Parti communiste.",
     N, NO, OUTLET, "the page breaks this sentence over two lines after 'du Parti'; joined with one space"),
    ("bladi", "Sans surprise, il a commencé par attaquer les \"Etats-Unis d'Amérique\", \"en crise d'hégémonie face au reste du monde\".",
     N, NO, JLM, "criticism of the US not tied to the alliance in this sentence"),
    ("bladi", "Et de dénoncer le rôle de l'OTAN, \"bras armé et instrument numéro un de l'hégémonie nord-américaine sur le monde\".", N, DR, JLM, ""),
    ("bladi", "Selon M. Mélenchon, la doctrine du \"choc des civilisations\", édictée par Samuel Huntington, a permis de \"justifier une dérive accélérée en faveur de l'OTAN\".",
     N, DR, JLM, ""),
    ("bladi", "L'ancien socialiste, qui réprouve l'intégration de la France dans le commandement militaire de l'OTAN, prône au contraire une sortie de l'Alliance atlantique et souhaite \"un débat sur le système de défense de la France et de ses alliances\".",
     F, LA, JLM, "rejects the command integration and calls for leaving the Atlantic Alliance: leave_alliance"),
    ("bladi", "\"Cela fait partie des questions fondamentales sur lequel il doit y avoir accord entre Français\", juge-t-il.", N, NO, JLM, ""),
    ("bladi", "\"Désaccord complet\" avec Hollande sur l'Otan", N, DR, JLM, "subheading: disagreement over NATO policy, no exit stated in it"),
    ("bladi", "Cela constitue pour lui un point de \"désaccord complet\" avec le programme de François Hollande, qui \"consiste à donner du sens à la présence de la France dans l'OTAN\".",
     F, LA, JLM, "'Cela' resolves to his call to leave the Alliance (two sentences before, guideline 2); main holder Mélenchon, not Hollande"),
    ("bladi", "A la place, M. Mélenchon souhaite donc une \"référence exclusive au seul organe légitime de la vie internationale, l'ONU\".",
     N, DR, JLM, "UN instead of NATO as reference: an alternative to NATO, but the sentence does not itself say France should leave (strict line, guideline 4.9)"),
    # ---- varmatin (26 May 2017); the run stops before a sentence that repeats the second one
    ("varmatin", "A l’Otan, Trump martèle ses exigences", N, NO, DT, ""),
    ("varmatin", "Donald Trump a exhorté, hier, ses partenaires de l’Otan à s’investir plus fortement dans la lutte antiterroriste et à payer leur juste part, sans cependant lever les ambiguïtés sur l’engagement américain à défendre l’Europe.",
     N, NO, DT, ""),
    ("varmatin", "« Je suis honoré d’être ici avec les membres d’une alliance qui a encouragé la paix et la sécurité à travers le monde », a lancé M. Trump lors d’une cérémonie au nouveau siège de l’Alliance atlantique à Bruxelles.",
     N, NO, DT, ""),
    ("varmatin", "Mais sa brève allocution a d’abord retenu l’attention pour les mots qu’il n’a pas prononcés et que tout le monde attendait: un soutien clair, explicite, au fameux « article 5 » de l’Otan, qui prévoit que les Alliés volent au secours d’un des leurs en cas d’agression extérieure.",
     N, NO, OUTLET, ""),
    ("varmatin", "Le nouveau président américain a répété avec virulence ses reproches à l’égard de l’Otan, qu’il a longtemps qualifiée « d’obsolète ».",
     N, NO, DT, "the US president's criticism of NATO is not about France's place or alignment: none"),
    ("varmatin", "« L’Otan du futur doit se concentrer sur le terrorisme et l’immigration, ainsi que sur les menaces de la Russie et les frontières à l’est et au sud de l’Otan », a insisté M. Trump.",
     N, NO, DT, ""),
    # ---- canalblog (Le Parisien editorial signed by Henri Vernet, 12 July 2018, reposted); tags and blog furniture left out
    ("canalblog", "L'ÉDITO de Henri Vernet - Le Parisien - Trump Imperator", N, NO, VERNET,
     "headline of a signed editorial: held by its author (guideline 5, 2026-12-05)"),
    ("canalblog", "Quels que soient les pays visités, quel que soit l’ordre du jour, Donald Trump débarque avec la délicatesse d’un éléphant dans un magasin de porcelaine.",
     N, NO, VERNET, ""),
    ("canalblog", "Ainsi du sommet de l’Otan, qui s’est achevé ce jeudi à Bruxelles et réunissait la puissante Amérique et ses alliés canadien et européens.",
     N, NO, VERNET, ""),
    ("canalblog", "Trump Imperator commence par une bonne engueulade : « De nombreux pays ne paient pas ce qu’ils devraient et, franchement, de nombreux pays nous doivent un énorme paquet d’argent depuis des années ».",
     N, NO, DT, ""),
    ("canalblog", "Il aurait pu dire un « pognon de dingue »…", N, NO, VERNET, ""),
    ("canalblog", "En clair, l’Oncle Sam en a assez d’assurer à grands frais la défense d’une Europe qui ne prendrait pas assez sa part.", N, NO, VERNET, ""),
    ("canalblog", "C’est oublier qu’après le 11 septembre 2001, les alliés européens activèrent sans barguigner l’article 5 du Traité prévoyant la solidarité des membres de l’Alliance en cas d’attaque contre l’un d’entre eux.",
     N, NO, VERNET, "defends the European allies' record; no position on France's membership"),
    ("canalblog", "Deuxième charge trumpienne : « Nous protégeons l’Allemagne, nous protégeons la France… »", N, NO, DT, ""),
    ("canalblog", "Non, Mister President.", N, NO, VERNET, ""),
    ("canalblog", "La France est certes une alliée fidèle des Etats-Unis, mais depuis de Gaulle et la politique de dissuasion nucléaire, maintenue par tous les successeurs du général à l’Elysée, elle ne s’en remet qu’à elle-même pour ce qui concerne sa sécurité ultime.",
     N, DR, VERNET, "strategic autonomy of France's defence from Washington, no exit call"),
    ("canalblog", "De plus, elle n’a pas attendu les foudres donaldesques pour hausser son effort de défense, Emmanuel Macron s’étant engagé, dès l’an dernier, à le porter à 2 % du PIB.",
     N, NO, VERNET, ""),
    ("canalblog", "Mais qu’importent les faits, l’essentiel pour Trump, déjà passé à un autre sujet, est de faire le buzz planétaire.", N, NO, VERNET, ""),
    # ---- polaris (opinion piece, 10 January 2026; author not named in the excerpt)
    ("polaris", "L’Otan est morte", N, DR, POLARIS_AUTHOR, "opinion piece: the author's argued criticism of NATO (guideline 5, 2026-12-05); no exit call"),
    ("polaris", "Pas d’un grand craquement dramatique, non.", N, DR, POLARIS_AUTHOR, "elliptical continuation of 'NATO is dead'"),
    ("polaris", "Juste d’un petit ricanement à Mar-a-Lago.", N, DR, POLARIS_AUTHOR, "elliptical continuation of 'NATO is dead'"),
    ("polaris", "Donald Trump n’a même pas eu besoin de claquer la porte.", N, NO, POLARIS_AUTHOR, "about Trump's conduct"),
    ("polaris", "Il a simplement fait ce qu’il fait de mieux : il a agi.", N, NO, POLARIS_AUTHOR, ""),
    ("polaris", "Tout seul.", N, NO, POLARIS_AUTHOR, ""),
    ("polaris", "Sans demander la permission à 27 dirigeants européens qui passent leur temps à rédiger des communiqués pour dire qu’ils sont « profondément préoccupés ».",
     N, NO, POLARIS_AUTHOR, ""),
    ("polaris", "En trois jours, l’Amérique de Trump a montré qu’elle n’a plus besoin d’un club de discussion transatlantique pour faire le ménage dans son backyard.",
     N, DR, POLARIS_AUTHOR, "'club de discussion transatlantique' = NATO, declared useless"),
    ("polaris", "L’Otan n’est plus une alliance.", N, DR, POLARIS_AUTHOR, ""),
    ("polaris", "C’est un musée.", N, DR, POLARIS_AUTHOR, "'C'' = NATO"),
    ("polaris", "Avec de beaux drapeaux, des généraux en retraite et des pays qui paient leur cotisation en regrets.", N, DR, POLARIS_AUTHOR, ""),
    ("polaris", "Trump n’a pas détruit l’Otan.", N, NO, POLARIS_AUTHOR, "alone, no criticism or position"),
    ("polaris", "Il l’a rendue… inutile.", N, DR, POLARIS_AUTHOR, "NATO made useless: criticism, no exit call"),
    # ---- souchet (his nosdeputes.fr page; the line "3 interventions trouvées." is left out; the run is the
    # first fragment, which ends at the "..." gap of the excerpt)
    ("souchet", "Monsieur le président, monsieur le Premier ministre, messieurs les ministres, mes chers collègues, l'OTAN est une curiosité historique : la seule alliance à avoir survécu à la dissolution de son objet.",
     N, DR, "Dominique Souchet", "transcript line of the deputy whose page it is (guideline 5); criticism of NATO's survival, no exit call"),
    ("souchet", "Elle aurait dû disparaître en même temps que le Pacte de Varsovie.", N, DR, "Dominique Souchet",
     "'NATO should have disappeared' is criticism, not a call for France to leave (as seed example 12)"),
    # ---- gambetta (conference announcement, 13 January 2020; unsigned text of the organiser = [outlet]);
    # the date "Lundi 13 janvier 2020", glued to the first body sentence on the page, is left out
    ("gambetta", "Faut-il débrancher l’OTAN ?", N, DR, OUTLET, "raises the question without answering it (guideline 4.9)"),
    ("gambetta", "A l’heure où les tensions entre les États-Unis et l’Iran s’accroissent, il est utile de tirer des leçons des récentes interventions de la France sous la bannière de l’OTAN.",
     N, NO, OUTLET, "the text starts after the date glued to it on the page; learning lessons is no position"),
    ("gambetta", "Au regard des révélations sur WikiLeaks en 2015 d’actes d’espionnage des Présidents français, de l’interdiction d’exportation d’hélicoptères Mistral à la Russie, tout comme des sanctions extra-territoriales sur BNP Paribas à hauteur de 9 milliards d’euros dont les États-Unis sont à l’origine, il apparaît urgent de repenser la place de la France au sein de l’OTAN et l’évidente asymétrie qui caractérise la relation de ses membres avec les États-Unis.",
     N, DR, OUTLET, "rethinking France's place in NATO, no exit call"),
    ("gambetta", "Ainsi, comme le souligne Régis Debray dans son article « La France doit quitter l’OTAN » (Le Monde Diplomatique, mars 2013), « L’intégration n’a rien de réciproque.",
     F, LA, "Régis Debray", "the sentence conveys Debray's article whose title is the exit call itself; holder Debray (reported)"),
    ("gambetta", "Aussi les États-Unis sont-ils en droit d’espionner (soudoyer, intercepter, écouter, désinformer) leurs alliés qui, eux, se l’interdisent. »",
     N, DR, "Régis Debray", "continuation of Debray's quotation: criticism of US dominance in the alliance"),
    ("gambetta", "En compagnie d’Hadrien Desuin, essayiste et auteur de La France atlantiste (2017), de Caroline Galactéros, docteur en Sciences politiques, colonel dans la réserve opérationnelle des armées et présidente du think tank Géopragma, ainsi que de Jean de Gliniasty, ambassadeur de France en Russie de 2009 à 2013, nous nous interrogeons sur l’utilité et les fonctions de l’OTAN, deux décennies après la chute de l’URSS.",
     N, DR, OUTLET, "questions NATO's usefulness"),
    ("gambetta", "Est-elle une organisation de paix ou une machine de guerre au service des États-Unis ?", N, DR, OUTLET, ""),
    ("gambetta", "Cette organisation que Donald Trump qualifiait pendant sa campagne d’« obsolète » et qu’Emmanuel Macron déclarait récemment « en état de mort cérébrale », faut-il aujourd’hui la « débrancher » ?",
     N, DR, OUTLET, "question left open (guideline 4.9)"),
    ("gambetta", "Pour la remplacer par quoi ?", N, DR, OUTLET, "continues the open question about NATO"),
    ("gambetta", "Comment retrouver vis-à-vis des Américains une relation « d’alliés mais pas alignés » ?", N, DR, OUTLET, "allied but not aligned"),
]


sys.path.insert(0, str(HERE.parent))  # the checks every stance sheet shares: ../stance_sheet_checks.py
from stance_sheet_checks import check_sheet, numbered_rows, write_sheet, replace_counts  # noqa: E402

LANGUAGE = 'fr'


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
    out = [f"{len(rows)} French sentences from {len(source_ids)} pages ({n_pub} distinct publisher entries); "
           f"{min(per_page.values())}–{max(per_page.values())} sentences per page.", ""]
    out += ["**Labels** (language: fr only)", "", "| label | n | share |", "|---|---:|---:|"]
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
    out += ["", "**Sentences per page**", "", "| source_id | publisher | n |", "|---|---|---:|"]
    for key, sid in source_ids.items():
        out.append(f"| {sid} | {SOURCES[key][2]} | {per_page[sid]} |")
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
