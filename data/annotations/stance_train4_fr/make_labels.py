#!/usr/bin/env python3
"""Write the FRENCH stance TRAINING set no. 4: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command" (« La France doit sortir de
l'OTAN, ou de son commandement militaire intégré »), labelled per sentence following
../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position).

The sentences were copied verbatim from excerpts of public French-language news / opinion / blog /
transcript pages returned by a search tool over stored copies of public web pages (corpus "pages",
collected 2026-12-05). For each page one contiguous run of the article body (headline or first body
sentence onwards, at most 15 sentences) was taken and EVERY complete sentence of it was labelled,
stance-bearing or not. Non-body material inside or before the run (menus, bylines, datelines on their
own line, photo captions, pull quotes, metadata lines of transcripts) was left out; this is noted per
page below. The ITEMS of one source are in page order.

Every decision below was made by hand, by an annotator who did not read helpers/stance.py,
helpers/speakers.py, helpers/stance_report.py, data/reference/stance_lexicon.csv,
tests/test_stance*.py, tests/test_speakers*.py, notebooks/02-*.ipynb or data/processed, did not open
the other annotators' new directories, and did not run any classifier or other project code. This
script holds those decisions as an explicit table (SOURCES, ITEMS) and contains no heuristics. It
checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every speaker is non-empty,
  - every source is used, is French, has a unique URL, and its items are contiguous,
  - no source URL is in ../../raw/manifest.csv (seed pages) or in any ../stance*/sources.csv other
    than this sheet's own,
  - no item is a near-duplicate (difflib SequenceMatcher ratio >= 0.85, lower-cased) of another item
    or of any sentence of any ../stance*/labels.csv other than this sheet's own (globbed when the
    script runs, so sheets created by other annotators meanwhile are included),
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage (from /work/main):  python3 data/annotations/stance_train4_fr/make_labels.py
"""
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
ITEM_PREFIX, SOURCE_PREFIX = "n", "ns"
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
EM = "Emmanuel Macron"
CDG = "Charles de Gaulle"
NS = "Nicolas Sarkozy"
JPC = "Jean-Pierre Chevènement"
BK = "Bernard Kouchner"
PB = "Pascal Boniface"
TF = "Thomas Friang"
BT = "Bruno Tertrais"
JPP = "Jean-Paul Pierot"
PCFC = "Commission défense nationale et paix du PCF"
PRCF = "PRCF"
JPPAL = "Jean-Paul Paloméros"
FH = "François Hollande"
DLF = "Debout la France (DLF)"
FRGOV = "French government"

Q_AUT = "Macron autonomie stratégique européenne OTAN tribune"
Q_EX = "armée française exercice OTAN Roumanie Estonie"
Q_SK = "Sarkozy sommet Strasbourg Kehl 2009 retour OTAN"
Q_PCF = "PCF paix OTAN manifestation dissolution"
Q_JLM = "Mélenchon non-alignement politique étrangère France"
Q_DG = "1966 de Gaulle lettre Johnson retrait commandement"
Q_NOR = "entretien général français OTAN commandement allié transformation Norfolk"
Q_POLL = "sondage Ifop Français attachement OTAN Trump 2025 confiance alliés"
Q_CHE = "Chevènement OTAN réintégration erreur indépendance nationale tribune"
Q_BEL = "Belgique Le Soir France OTAN Macron retour commandement analyse"
Q_DLF = "Dupont-Aignan Debout la France quitter commandement intégré OTAN souveraineté"
Q_KOU = "Kouchner Morin défendent réintégration OTAN Assemblée débat 2009 indépendance préservée"

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published: as shown in the excerpt; "(not shown)" otherwise, with the URL slug or the date
# found in the URL or text given in brackets.
SOURCES = OrderedDict([
    ("iris", (LANG, "Autonomie stratégique européenne : haro sur Macron",
              "IRIS (iris-france.org), édito « Le point de vue de Pascal Boniface »",
              "https://www.iris-france.org/175232-autonomie-strategique-europeenne-haro-sur-macron/",
              "2023-04", Q_AUT)),
    ("labass", (LANG, "(not shown) [exercice « Dacian Fall 2025 »]", "labass.net",
                "https://labass.net/?p=89542", "(not shown) [events: 20 October - 13 November 2025]", Q_EX)),
    ("huma_stras", (LANG, "Ébullition pacifique dans une cité interdite",
                    "L'Humanité, comité de Strasbourg (humastrasbourg.free.fr), Jean-Paul Pierot",
                    "http://humastrasbourg.free.fr/spip.php?article9", "dimanche 29 mars 2009", Q_PCF)),
    ("delegfrance", (LANG, "CONSEIL DE L’ATLANTIQUE NORD ALLOCUTION DU PRESIDENT DE LA REPUBLIQUE, NICOLAS SARKOZY",
                     "Représentation permanente de la France auprès de l'OTAN (otan.delegfrance.org), transcript",
                     "https://otan.delegfrance.org/CONSEIL-DE-L-ATLANTIQUE-NORD,671",
                     "Strasbourg, 4 avril 2009", Q_SK)),
    ("pcf_congres", (LANG, "Pour une politique de défense nationale garantissant l’indépendance du peuple français et la paix",
                     "PCF, site des congrès (congres.pcf.fr), contribution collective",
                     "http://congres.pcf.fr/85483",
                     "(not shown) [text: « triumvirat Hollande-Valls-Le Drian », 2014-2016]", Q_PCF)),
    ("front_rep", (LANG, "(not shown) [URL slug: emmanuel-macron-responsabilise-lue-au-sujet-de-la-securite]",
                   "Front Républicain (front-republicain.com)",
                   "https://www.front-republicain.com/emmanuel-macron-responsabilise-lue-au-sujet-de-la-securite/",
                   "(not shown) [events: Macron at an online forum of the Atlantic Council, early 2021]", Q_AUT)),
    ("ftvi_constanta", (LANG, "(not shown) [URL slug: guerre-en-ukraine-au-coeur-de-la-base-militaire-de-l-otan-de-constanta]",
                        "franceinfo (francetvinfo.fr)",
                        "https://www.francetvinfo.fr/economie/emploi/metiers/armee-et-securite/guerre-en-ukraine-au-coeur-de-la-base-militaire-de-l-otan-de-constanta_5043043.html",
                        "2022-03", Q_EX)),
    ("prcf", (LANG, "(not shown) [URL slug: urcf-prcf-et-jrcf-quelle-mobilisation-pour-la-paix-voulons-nous]",
              "Initiative communiste (initiative-communiste.fr, PRCF)",
              "https://www.initiative-communiste.fr/articles/urcf-prcf-et-jrcf-quelle-mobilisation-pour-la-paix-voulons-nous",
              "(not shown) [events: June - 25 August 2025]", Q_PCF)),
    ("enfaits", (LANG, "(not shown) [URL slug: jean-luc-melenchon-defend-le-non-alignement]", "EnFaits (enfaits.fr)",
                 "https://enfaits.fr/2022/03/25/jean-luc-melenchon-defend-le-non-alignement/",
                 "(not shown) [URL: 2022/03/25]", Q_JLM)),
    ("europe1", (LANG, "(not shown) [URL slug: Melenchon-pour-une-defense-altermondialiste]", "Europe 1",
                 "https://europe1.fr/politique/Melenchon-pour-une-defense-altermondialiste-923192",
                 "(not shown) [events: 2012 presidential campaign]", Q_JLM)),
    ("huffpost", (LANG, "(not shown) [URL slug: la-politique-etrangere-de-melenchon-ou-jean-luc-au-pays-des-merv]",
                  "Le HuffPost (huffingtonpost.fr), blog de Thomas Friang",
                  "http://www.huffingtonpost.fr/thomas-friang/la-politique-etrangere-de-melenchon-ou-jean-luc-au-pays-des-merv_a_22039854/",
                  "2017-04", Q_JLM)),
    ("fx361", (LANG, "Ce que voulait de Gaulle en 1966",
               "fx361.cc (reprint in the magazine 法语学习 2013年3期 of an article by Dominique Vidal)",
               "https://m.fx361.cc/news/2013/0418/21759284.html", "2013-04-18", Q_DG)),
    ("bruxelles2", (LANG, "Relève française au commandement de l’ACT à Norfolk", "B2 Bruxelles2 (bruxelles2.eu), Nicolas Gros-Verheyde",
                    "https://www.bruxelles2.eu/2021/09/releve-francaise-au-commandement-de-lact-a-norfolk/",
                    "(not shown) [URL: 2021/09]", Q_NOR)),
    ("jforum", (LANG, "Un général français prend pour la 1e fois la tête d'un commandement suprême de l'Otan [URL slug]",
                "JForum (jforum.fr), AFP report",
                "https://www.jforum.fr/Un-general-francais-prend-pour-la-1e-fois-la-tete-d-un-commandement-supreme-de-l-Otan.html",
                "(not shown) [© 2009 AFP; events: September 2009]", Q_NOR)),
    ("geo2000", (LANG, "« AVEC TRUMP, QUEL AVENIR POUR L’OTAN? »", "Géostratégies 2000 (geo2000.org), compte rendu",
                 "http://www.geo2000.org/comptes-rendus-des-dernieres-manifestations/avec-trump-quel-avenir-pour-lotan-avec-le-general-2s-darmee-aerienne-jean-paul-palomeros-ancien-chef-detat-major-de-larmee-de-lair-a/",
                 "(not shown) [events: mercredi 16 novembre (2016)]", Q_NOR)),
    ("chevenement", (LANG, "(not shown) [URL slug: Chevenement-deplore-la-France-dans-l-Otan]",
                     "chevenement.fr (blog of Jean-Pierre Chevènement, relaying a press report)",
                     "https://chevenement.fr/Chevenement-deplore-la-France-dans-l-Otan_a777.html",
                     "(not shown) [events: « Talk Orange-Le Figaro », 2009]", Q_CHE)),
    ("come4news", (LANG, "(not shown) [URL slug: rupture-otan-en-emporte-le-vent]", "come4news.com (citizen blog)",
                   "https://come4news.com/rupture-otan-en-emporte-le-vent",
                   "(not shown) [events: Sarkozy's announced return, 2008-2009]", Q_CHE)),
    ("letemps", (LANG, "De l’Elysée à l’OTAN, le fantôme du Général de Gaulle", "Le Temps (Switzerland), chronique « Hexagone Express »",
                 "https://www.letemps.ch/opinions/lelysee-lotan-fantome-general-gaulle",
                 "(not shown) [events: NATO summit near London, early December 2019]", Q_BEL)),
    ("olj", (LANG, "Moins de la moitié des Français voient dans les USA de Trump un \"allié sûr\" selon un sondage",
             "L'Orient-Le Jour (Lebanon), news-agency report",
             "https://www.lorientlejour.com/article/1134050/moins-de-la-moitie-des-francais-voient-dans-les-usa-de-trump-un-allie-sur-selon-un-sondage.html",
             "(not shown) [events: Ifop poll, 2018]", Q_POLL)),
    ("tertrais", (LANG, "TRIBUNE. Bruno Tertrais : \"A l'Otan, Macron a pris des risques\"",
                  "Yahoo Actualités (fr.news.yahoo.com), reprint of a Le JDD op-ed",
                  "https://fr.news.yahoo.com/tribune-bruno-tertrais-lotan-macron-080000827.html",
                  "(not shown) [events: after the NATO London summit, December 2019]", Q_BEL)),
    ("dlf", (LANG, "(not shown) [URL slug: otan-francois-hollande-acte-la-fin-de-lindependance-de-la-france]",
             "Debout la France (debout-la-france.fr), party website",
             "https://debout-la-france.fr/actualite/otan-francois-hollande-acte-la-fin-de-lindependance-de-la-france",
             "(not shown) [text: « Le 4 janvier dernier », « Huit ans près » after 2008]", Q_DLF)),
    ("kouchner", (LANG, "Déclaration de M. Bernard Kouchner ... sur le retour de la France dans le commandement intégré de l'OTAN, Assemblée nationale, 17 mars 2009",
                  "vie-publique.fr (Direction de l'information légale et administrative), transcript",
                  "https://www.vie-publique.fr/discours/174587-bernard-kouchner-17032009-france-commandement-integre-otan",
                  "17 mars 2009 (speech)", Q_KOU)),
])

# -----------------------------------------------------------------------------------------------
# ITEMS: (source key, text copied verbatim, label, position, speaker, note for hard calls)
ITEMS = [
    # ---- iris (Pascal Boniface, signed editorial, April 2023): the rubric line "Édito Le point de vue de
    # Pascal Boniface" is left out; the run stops after the tenth sentence (size). The author of the
    # editorial is the speaker of his own sentences.
    ("iris", '''Autonomie stratégique européenne : haro sur Macron''', N, NO, OUTLET, ""),
    ("iris", '''Emmanuel Macron a déclenché une tempête diplomatique et médiatique après son séjour en Chine en évoquant l’autonomie stratégique européenne.''',
     N, DR, EM, "Macron's call for European strategic autonomy (reported): distance_or_reform, no exit call"),
    ("iris", '''Tout le monde ou presque lui est tombé dessus en disant que cette attitude était irresponsable et qu’il allait briser la nécessaire unité du monde occidental.''',
     N, NO, "unnamed: Macron's critics", "critics defend Western unity; France's place in NATO is not at stake in the sentence"),
    ("iris", '''Pourtant, l’autonomie stratégique européenne n’est pas un concept nouveau.''', N, NO, PB, ""),
    ("iris", '''C’est un projet français ancien qui date du début de la Ve République.''', N, NO, PB,
     "history of the concept, no position taken in the sentence"),
    ("iris", '''Bien sûr, les atlantistes ou néoconservateurs sont contre l’autonomie stratégique européenne.''', N, NO, PB, ""),
    ("iris", '''Ils pensent qu’il faut rester étroitement liés aux États-Unis.''', N, NO, "unnamed: Atlanticists and neoconservatives",
     "ties to the United States in general, NATO membership not named: none"),
    ("iris", '''Lorsque de Gaulle reconnaît la Chine en 1964, lorsque Mitterrand refuse la Strategic Defense Initiative – la « guerre des étoiles » – de Reagan, là aussi ce sont des tempêtes de prestation.''',
     N, NO, PB, "typo 'prestation' kept verbatim"),
    ("iris", '''En même temps, de Gaulle et Mitterrand ont été les plus forts soutiens des États-Unis dans les pires moments des crises de la Guerre froide, qu’il s’agisse de la crise de Cuba, du mur de Berlin, ou de la tempête des euromissiles.''',
     N, NO, PB, ""),
    ("iris", '''Car la politique française depuis la Ve République, c’est allié, mais non aligné.''', N, DR, PB,
     "'allié, mais non aligné' = non-alignment within the alliance: distance_or_reform"),
    # ---- labass (Dacian Fall 2025 exercise); run stops after the sixth sentence (size)
    ("labass", '''L’Organisation du traité de l’Atlantique Nord (OTAN) a donné le coup d’envoi de l’exercice «Dacian Fall 2025 » en Roumanie et en Bulgarie, dans un contexte stratégique dominé par la guerre en Ukraine et par la nécessité de consolider la défense du flanc oriental de l’Alliance nord-atlantique.''',
     N, NO, OUTLET, ""),
    ("labass", '''Cet entraînement interallié, organisé sous l’autorité du quartier général multinational de division Sud-Est basé à Bucarest, vise à renforcer la cohésion opérationnelle entre les États membres.''',
     N, NO, OUTLET, ""),
    ("labass", '''Du 20 octobre au 13 novembre, une brigade multinationale spécialement constituée par des unités françaises, belges, luxembourgeoises et espagnoles, multiplie tirs réels, franchissements et manœuvres avec les forces roumaines, l’objectif étant de valider la capacité de l’armée française à monter en puissance et à se déployer rapidement en cas de crise.''',
     N, NO, OUTLET, ""),
    ("labass", '''Depuis 2022, Paris maintient en Roumanie près de 1.500 militaires au sein d’un bataillon avancé, appelé à atteindre 5.000 hommes si la situation l’exige.''',
     N, NO, OUTLET, "deployment as a bare fact (country as subject of a fact = narration)"),
    ("labass", '''«Nous devons démontrer notre capacité à nous intégrer pleinement dans une division otanienne, sur les procédures comme dans la chaîne de commandement », explique le général Maxime Do Tran, à la tête de la 7e brigade blindée.''',
     N, NO, "Maxime Do Tran", "operational goal of an exercise (interoperability), not a position on France's place in NATO or its command"),
    ("labass", '''Cet entraînement doit aussi envoyer un signal clair de cohésion au sein de l’Alliance.''', N, NO, OUTLET,
     "outside the quotation marks: the outlet's narration"),
    # ---- huma_stras (L'Humanité, Strasbourg, 29 March 2009): the dateline/byline line is left out
    ("huma_stras", '''Ébullition pacifique dans une cité interdite''', N, NO, OUTLET, ""),
    ("huma_stras", '''Le pouvoir joue la tension à quelques jours du sommet de l’OTAN.''', N, NO, OUTLET, ""),
    ("huma_stras", '''Du 3 au 5 avril, les pacifistes ont rendez-vous dans la capitale alsacienne.''', N, NO, OUTLET, ""),
    ("huma_stras", '''Le mouvement pacifiste est bien décidé à faire entendre sa voix lors du sommet de l’OTAN qui doit officialiser le retour de la France dans le commandement intégré de l’Alliance dominée par les États-Unis.''',
     N, NO, OUTLET, "the peace movement's position is not stated in the sentence; the return is background"),
    ("huma_stras", '''Cette réunion, qui coïncide avec le 60e anniversaire de l’Organisation du traité de l’Atlantique Nord, se tient à Strasbourg les 3 et 4 avril.''',
     N, NO, OUTLET, ""),
    ("huma_stras", '''La ville s’est transformée en une citadelle sous haute surveillance, et manifestement les autorités craignent moins pour la sécurité des chefs d’État et de gouvernement qu’elles ne redoutent la contestation pacifiste et pacifique d’une décision dangereuse du président Sarkozy, qui nous ramène à plus de quarante-trois ans en arrière, avant que le général de Gaulle n’ait mis fin, en 1966, à la présence des bases de l’US Army sur le territoire français.''',
     F, LC, JPP, "the signed article itself calls the 2009 return 'une décision dangereuse' that takes France back before 1966: opposing the return (guideline 4.1); speaker = the author"),
    ("huma_stras", '''Des deux côtés du Rhin, le mouvement pour la paix se mobilise.''', N, NO, OUTLET, ""),
    ("huma_stras", '''Du 3 au 5 avril, une conférence internationale sera, pour les participants, l’occasion de dresser un autre bilan des soixante ans de l’OTAN et de réfléchir à un système de sécurité collective.''',
     N, DR, "unnamed: peace movement (counter-summit participants)", "an alternative collective-security system to NATO, no call on France to leave"),
    ("huma_stras", '''« Soixante ans d’OTAN, soixante ans de menaces sur la paix », « Soixante ans, c’est plus que suffisant », « Le dépassement de l’OTAN » sont les principaux thèmes qui seront débattus par des personnalités : Oskar Lafontaine, Jean Ziegler, Noam Chomsky…''',
     N, DR, "unnamed: peace movement (counter-summit participants)", "criticism of NATO and 'going beyond NATO', without a French exit call"),
    ("huma_stras", '''Le 4 avril, une grande manifestation partira symboliquement du pont de l’Europe, qui enjambe le Rhin et relie la France et l’Allemagne.''',
     N, NO, OUTLET, ""),
    ("huma_stras", '''Le parcours a fait l’objet de longues négociations avec le ministère de l’Intérieur, désireux d’éloigner les manifestants le plus loin possible de la ville.''',
     N, NO, OUTLET, ""),
    # ---- delegfrance (Sarkozy at the North Atlantic Council, Strasbourg, 4 April 2009): the dateline
    # "Strasbourg, 4 avril 2009" and the salutations ("Mes Chers Amis,", "Monsieur le Secrétaire
    # général,") are left out; run stops after the thirteenth sentence (size)
    ("delegfrance", '''CONSEIL DE L’ATLANTIQUE NORD ALLOCUTION DU PRESIDENT DE LA REPUBLIQUE, NICOLAS SARKOZY''', N, NO, OUTLET, ""),
    ("delegfrance", '''Je serai très bref parce que nous avons beaucoup de retard.''', N, NO, NS, ""),
    ("delegfrance", '''Quelques mots : d’abord pour l’Allemagne et la France, vous accueillir, c’est un symbole.''', N, NO, NS, ""),
    ("delegfrance", '''L’OTAN est une organisation au service de la paix ; pas de la guerre, de la paix.''', N, NO, NS,
     "praise of NATO as such; France's membership is not at stake in the sentence"),
    ("delegfrance", '''Et le fait que ce soit l’Allemagne et la France qui vous reçoivent ensemble montre bien cette volonté de paix.''', N, NO, NS, ""),
    ("delegfrance", '''L’entente, l’amitié entre l’Allemagne et la France, ce n’est pas simplement un choix, c’est un devoir.''', N, NO, NS, ""),
    ("delegfrance", '''Il y a eu des millions de morts entre nous et le devoir des dirigeants de nos deux pays, c’est de porter l’amitié entre nos deux peuples comme un trésor, peut-être le plus précieux, le plus nécessaire en Europe.''',
     N, NO, NS, ""),
    ("delegfrance", '''La France reprend donc toute sa place dans l’Alliance parce que la position de la France n’était plus comprise.''',
     A, RD, NS, "the return announced and justified by its author at the summit"),
    ("delegfrance", '''Nous sommes de la famille, nous sommes dans la famille.''', A, ST, NS,
     "right after the return: affirms that France belongs in the Alliance (membership, command not named): stay"),
    ("delegfrance", '''Nous sommes des alliés, nous sommes des amis.''', A, ST, NS, "same reading as the previous sentence"),
    ("delegfrance", '''Nous avons nos convictions, nous voulons être des alliés et des amis debout.''', A, ST, NS,
     "wants France to be an ally ('debout' = keeping its convictions): membership affirmed"),
    ("delegfrance", '''Chacun, ici, peut compter sur la France et la France sait qu’elle peut compter sur chacun de ceux qui sont autour de cette table.''',
     A, ST, NS, "mutual commitment between France and the allies around the table"),
    ("delegfrance", '''Bien sûr qu’il faut rénover notre concept stratégique, il date de 1999.''', N, NO, NS,
     "updating the alliance's strategic concept, said by a committed member: not a loosening of alignment"),
    # ---- pcf_congres (contribution of the PCF's defence commission): site name / menu lines are left
    # out; run stops after the eighth sentence (size)
    ("pcf_congres", '''Pour une politique de défense nationale garantissant l’indépendance du peuple français et la paix - Contribution collective de l’ensemble des camarades de la Commission défense nationale et paix du PCF.''',
     N, NO, PCFC, ""),
    ("pcf_congres", '''Notre pays n'a plus, ni stratégie de défense indépendante, ni véritable visée propre de politique étrangère.''', N, NO, PCFC,
     "loss of independence in general; NATO / Washington not named in the sentence"),
    ("pcf_congres", '''Le triumvirat Hollande-Valls-Le Drian dans la suite de la présidence de Nicolas Sarkozy met en oeuvre une liaison dangereuse entre le concept de défense et celui de sécurité intérieur.''',
     N, NO, PCFC, ""),
    ("pcf_congres", '''Il se réfère à une chimérique « Europe de la défense » pour mieux s'enfermer dans une communauté occidentale « de valeurs et d'intérêts » sous contrôle de l'OTAN.''',
     N, DR, PCFC, "criticism of alignment under NATO control, no exit call"),
    ("pcf_congres", '''Il revendique des « interdépendances librement consenties » qui ne sont en fait que servitude vis à vis de l'Alliance atlantique et de l'Union européenne.''',
     N, DR, PCFC, "'servitude' towards the Atlantic Alliance: criticism, no exit call"),
    ("pcf_congres", '''Il enferme la pensée stratégique et géopolitique de notre pays dans le carcan de la « guerre contre le terrorisme » et du « choc des civilisations ».''',
     N, NO, PCFC, ""),
    ("pcf_congres", '''Notre pays vit une véritable régression par rapport aux choix politiques faits lorsqu'il quitta le commandement militaire intégré de l'OTAN en 1966.''',
     F, LC, PCFC, "calls the present (France back in the command) a regression from the 1966 exit: opposing the return (guideline 4.1)"),
    ("pcf_congres", '''L’armée française est privée des moyens humains, matériels et conceptuels d'assurer la défense de notre indépendance nationale.''',
     N, NO, PCFC, ""),
    # ---- front_rep (Macron at the Atlantic Council, 2021); run stops before the cut-off Turkey sentence
    ("front_rep", '''Le président français Emmanuel Macron pousse les Européens à adopter l’autonomie stratégique comme le meilleur moyen de revitaliser l’OTAN et de relever les défis mondiaux, de la pandémie au changement climatique en passant par la maîtrise des armements.''',
     N, DR, EM, "strategic autonomy (inside NATO): distance_or_reform"),
    ("front_rep", '''Soulager l’intervention américaine hors de ses terres''', N, NO, OUTLET, "subheading"),
    ("front_rep", '''S’exprimant jeudi sur un forum en ligne du Conseil atlantique, M. Macron a déclaré : « nous devons être beaucoup plus responsables de notre voisinage ».''',
     N, NO, EM, ""),
    ("front_rep", '''Il exhorte les autres nations européennes à augmenter leurs dépenses de défense, démontrant ainsi clairement leur engagement à partager le fardeau de la sécurité avec les États-Unis.''',
     N, NO, EM, "burden sharing by European nations, France's place in NATO not at stake"),
    ("front_rep", '''Plus tard, en réponse à une question, M. Macron a déclaré que « le Moyen-Orient et l’Afrique sont notre voisinage, pas celui des États-Unis ».''',
     N, NO, EM, ""),
    ("front_rep", '''Il a ajouté que l’engagement accru de l’UE en matière de dépenses de sécurité mettait fin à une situation perdante où les États-Unis doivent engager un grand nombre de forces sur le continent et où les Européens n’ont pas leur mot à dire dans les grandes décisions concernant leur propre défense.''',
     N, DR, EM, "Europeans having their say on their defence vs. US dominance: distance_or_reform"),
    ("front_rep", '''« Nous entrons maintenant dans une nouvelle ère », a-t-il déclaré.''', N, NO, EM, ""),
    ("front_rep", '''M. Macron a affirmé qu’il souhaitait que les Européens considèrent l’UE comme une entité concernée par la sécurité autant que par les questions économiques.''',
     N, NO, EM, "EU, other target"),
    ("front_rep", '''L’Union devrait être une entité qui travaille en « coordination politique avec l’OTAN » pour assurer l’interopérabilité lorsqu’elle est appelée à agir.''',
     N, NO, EM, "EU-NATO coordination, France's place in NATO not at stake"),
    ("front_rep", '''A titre d’exemple, il a cité les opérations françaises en Syrie avec les Etats-Unis et le Royaume-Uni pour savoir comment cela peut fonctionner avec succès.''',
     N, NO, EM, ""),
    ("front_rep", '''Mais en ce qui concerne l’OTAN elle-même, il a voulu ajouter une dimension politique plus forte à sa « superstructure militaire » dans les années à venir.''',
     N, DR, EM, "reform of NATO (a stronger political dimension): distance_or_reform"),
    ("front_rep", '''La Turquie dans le viseur''', N, NO, OUTLET, "subheading"),
    # ---- ftvi_constanta (franceinfo, March 2022); run stops before the subheading (size)
    ("ftvi_constanta", '''Sur la base militaire de l'OTAN de Constanta (Roumanie), les entraînements se multiplient.''', N, NO, OUTLET, ""),
    ("ftvi_constanta", '''La base est à quelques kilomètres de la frontière ukrainienne.''', N, NO, OUTLET, ""),
    ("ftvi_constanta", '''Elle abrite des soldats de six nationalités différentes, qui apprennent à faire la guerre ensemble.''', N, NO, OUTLET, ""),
    ("ftvi_constanta", '''En Roumanie, l'OTAN affiche sa force, ses soldats et ses équipements : des centaines de véhicules militaires, bien visibles.''',
     N, NO, OUTLET, ""),
    ("ftvi_constanta", '''En cas d'alerte, chaque contingent a sa mission.''', N, NO, OUTLET, ""),
    ("ftvi_constanta", '''Pour l'armée française, c'est la protection des frontières.''', N, NO, OUTLET, ""),
    ("ftvi_constanta", '''Plus de 800 Français et Belges à Constanta''', N, NO, OUTLET, "subheading"),
    # ---- prcf (Initiative communiste, PRCF site, 2025); the party's own site: narration = [outlet],
    # the party's stated positions = PRCF
    ("prcf", '''À la fin du mois de juin, le PRCF a naturellement pris part à une rencontre avec l’URC et le FSE afin de travailler à la construction d’une dynamique de mobilisation pour la paix.''',
     N, NO, OUTLET, ""),
    ("prcf", '''Cette démarche s’inscrit dans la continuité de son engagement de longue date : meeting national du 11 novembre 2023, rassemblements à Paris, ou encore mobilisation simultanée dans la capitale et plusieurs grandes villes de province le 8 mai dernier.''',
     N, NO, OUTLET, ""),
    ("prcf", '''Lors de cet échange, l’idée d’une manifestation nationale à Paris a été évoquée, avec la date hautement symbolique du 11 novembre.''',
     N, NO, OUTLET, ""),
    ("prcf", '''Le PRCF et les JRCF ont proposé un appel court, rassembleur, mettant en cause clairement les fauteurs de guerre.''', N, NO, PRCF, ""),
    ("prcf", '''Ils ont également insisté pour engager des actions dès que possible, afin de répondre à l’escalade guerrière actuelle qui exige la construction urgente d’un rapport de force populaire.''',
     N, NO, PRCF, ""),
    ("prcf", '''Après l’été, une nouvelle réunion s’est tenue le 25 août.''', N, NO, OUTLET, ""),
    ("prcf", '''Le PRCF y a présenté un projet de texte d’appel, basé sur une proposition formulée en août par l’URC.''', N, NO, OUTLET,
     "only says that a text was presented, not what it says about NATO: narration"),
    ("prcf", '''Mais une difficulté de fond est apparue : certains refusent de nommer directement l’Union européenne comme acteur majeur de la guerre.''',
     N, NO, OUTLET, "EU, other target"),
    ("prcf", '''Or, c’est bien l’UE qui impose l’économie de guerre, qui dicte l’austérité à travers ses traités, et qui a joué un rôle central dans l’engrenage en Ukraine depuis le coup d’État de 2014.''',
     N, NO, PRCF, "EU, other target"),
    ("prcf", '''Ses traités comportent la même clause que l’article 5 de l’OTAN, et tous ses États membres appartiennent déjà à l’alliance atlantique : prétendre sortir de l’OTAN sans sortir de l’UE, c’est entretenir une dangereuse illusion.''',
     F, LA, PRCF, "does not reject leaving NATO: says a real NATO exit also requires leaving the EU, i.e. the speaker wants France out of both"),
    ("prcf", '''Malgré ces divergences, le PRCF poursuit son engagement pour une mobilisation unitaire, convaincu que la paix ne peut se défendre qu’en brisant l’Union sacrée des capitalistes et en s’attaquant aux véritables responsables de la guerre et de l’austérité : l’UE, l’OTAN et Macron.''',
     N, DR, PRCF, "NATO named among those responsible for war: criticism, no exit call in the sentence"),
    # ---- enfaits (EnFaits, 25 March 2022); subheadings inside the run are labelled
    ("enfaits", '''Contre l’OTAN, complaisant vis-à-vis de Vladimir Poutine, Jean-Luc Mélenchon et sa politique internationale questionnent.''',
     N, DR, JLM, "'contre l'OTAN' characterises his position but the sentence states no exit"),
    ("enfaits", '''Lui, plaide pour une politique de non-alignement.''', N, DR, JLM, ""),
    ("enfaits", '''« Je propose la sortie de l’OTAN, organisation inutile, qui provoque par son agitation un peu partout des tensions, espérant en retirer ici où là des subventions pour je ne sais quelle agence » a plaidé le candidat insoumis au meeting de Lyon début mars.''',
     F, LA, JLM, ""),
    ("enfaits", '''À la place de cette organisation, il propose des alliances altermondialistes qui partiraient de l’intérêt général humain tant pour prévenir des conflits que pour la protection des biens communs.''',
     F, LA, JLM, "'à la place de cette organisation' (= NATO, previous sentence): alliances proposed instead of NATO membership, a continuation of the exit plan"),
    ("enfaits", '''Le non-alignement pour l’Ukraine''', N, DR, JLM, "subheading summarising his non-alignment position"),
    ("enfaits", '''Fin février, Jean-Luc Mélenchon disait sur le plateau de France 2 que l’agresseur dans la crise ukrainienne, c’était l’OTAN — et par extension les États-Unis — et non Vladimir Poutine.''',
     N, DR, JLM, ""),
    ("enfaits", '''Mais depuis le début de la guerre, ses propos ont changé : il condamne la guerre que mène la Russie envers l’Ukraine mais continue de prôner le non-alignement dans ce conflit.''',
     N, DR, JLM, ""),
    ("enfaits", '''Le candidat insoumis est hostile à tout envoi d’armes occidentales à l’Ukraine et est favorable à des négociations dans le cadre de l’Organisation pour la sécurité et la coopération en Europe (OSCE).''',
     N, NO, JLM, "arms to Ukraine / OSCE, NATO not named"),
    ("enfaits", '''Vendredi dernier, Yannick Jadot est revenu sur la position de ce dernier : « son non-alignement dans le conflit en Ukraine revient à une capitulation face à Poutine ».''',
     N, NO, "Yannick Jadot", "criticises non-alignment in the war, not a position on NATO membership"),
    ("enfaits", '''Des alliances altermondialistes''', N, NO, OUTLET, "subheading"),
    ("enfaits", '''Si le candidat LFI insiste bien sur le fait que le non-alignement n’est pas synonyme de neutralité et condamne l’invasion de l’Ukraine par la Russie, il prône également une politique d’alliances altermondialistes.''',
     N, DR, JLM, ""),
    ("enfaits", '''Début mars, il soutenait qu’en étant « non alignés, nous serons libres pour mener une diplomatie vraiment altermondialiste » et surtout, selon ses dires, la France ne sera pas un pantin des États-Unis et de l’OTAN.''',
     N, DR, JLM, "non-alignment, 'not a puppet of NATO': stops short of an exit call (guideline 4.9)"),
    # ---- europe1 (2012 campaign); the excerpt holds three sentences, no headline
    ("europe1", '''Jean-Luc Mélenchon, candidat du Front de Gauche à l'élection présidentielle, a plaidé vendredi pour une réorganisation totale du système diplomatique et de défense de la France autour d'un concept d'"alliance altermondialiste", avec les pays émergents pour points d'appui.''',
     N, DR, JLM, ""),
    ("europe1", '''Opposant l'"universalisme" de la France à la volonté "hégémonique" des Etats-Unis, Jean-Luc Mélenchon a développé un projet stratégique qui passe par le retrait de la France "de toutes les organisations qui résultent de l'ancien ordre du monde", comme l'Otan, le G8 ou le G20.''',
     F, LA, JLM, ""),
    ("europe1", '''Une réflexion qui est le fruit des travaux des commissions défense du Parti communiste et du Parti de Gauche, "en désaccord complet avec la doctrine de défense du Parti socialiste", a constaté le candidat du Front de Gauche.''',
     N, NO, JLM, ""),
    # ---- huffpost (Thomas Friang, blog, April 2017); run stops before the subheading « Contradictions géopolitiques »
    ("huffpost", '''Jean-Luc Mélenchon a réussi, ces dernières semaines, à attirer l'attention sur son projet pour la France.''', N, NO, TF, ""),
    ("huffpost", '''Mais quel est cet "avenir en commun" qu'il nous propose, sur le plan de la politique étrangère?''', N, NO, TF, ""),
    ("huffpost", '''Nous avons entendu parler de l'"Alliance bolivarienne" mais au-delà de l'écume médiatique, que contient réellement son programme?''', N, NO, TF, ""),
    ("huffpost", '''La colonne vertébrale de la vision du monde de Jean-Luc Mélenchon repose sur une sortie rapide de l'OTAN.''', F, LA, JLM,
     "the blogger reports Mélenchon's programme: the holder of the exit position is Mélenchon"),
    ("huffpost", '''Couper nos liens avec les alliés de l'Atlantique Nord, avec qui nos services de renseignement et nos forces spéciales coopèrent au plus prêt pour lutter contre le terrorisme, me paraît dangereux à court terme.''',
     A, ST, TF, "argument that exit would be harmful (guideline 4.7)"),
    ("huffpost", '''Mais admettons un instant que M.Mélechon eût en tête, à l'instar du Général de Gaulle, de remettre la France sur le chemin de l'indépendance stratégique: dans quel cadre bâtirait-il cette indépendance?''',
     N, NO, TF, ""),
    ("huffpost", '''Ruptures historiques''', N, NO, OUTLET, "subheading"),
    ("huffpost", '''En effet, au retrait de l'OTAN, M.Mélechon ajoute l'arrêt immédiat du projet d'Europe de la défense.''', F, LA, JLM,
     "'au retrait de l'OTAN ... ajoute': the NATO withdrawal is restated as part of his programme"),
    ("huffpost", '''Mais qui sont nos alliés si ce ne sont les pays avec lesquels nous avons créé une communauté de destin, basée sur les valeurs démocratiques et le respect des droits de l'Homme?''',
     N, NO, TF, "rhetorical defence of European partners; NATO not named: none"),
    ("huffpost", '''Qui sont nos alliés si ce ne sont les pays avec lesquels nous commerçons le plus, au profit d'une paix durable qui fait figure d'exception dans l'histoire de notre continent?''',
     N, NO, TF, ""),
    ("huffpost", '''Qui sont nos alliés si ce ne sont les pays avec qui nous construisons depuis des décennies, au sein des Nations unies, ce projet de société durable, respectueuse de la planète?''',
     N, NO, TF, ""),
    # ---- fx361 (Dominique Vidal's article reprinted in a French-learning magazine): the app banner,
    # date/author/keyword lines are left out; punctuation spacing and the footnote digits glued to
    # words (direct1, Johnson2le, intégré3de, 1949).4, compte5, altérer6le) are kept verbatim; the
    # first paragraph (quotation + « C’est ainsi que ... ») is split at the closing guillemet
    ("fx361", '''Ce que voulait de Gaulle en 1966''', N, NO, OUTLET, ""),
    ("fx361", '''«La France considère que les changements accomplis ou en voie de l’être,depuis 1949,en Europe,en Asie et ailleurs,ainsi que l’évolution de sa propre situation et de ses propres forces ne justifient plus,pour ce qui la concerne,les dispositions d’ordre militaire prises après la conclusion de l’Alliance.»''',
     F, LC, CDG, "de Gaulle's letter of 7 March 1966 (quoted, speaker named in the next sentence): the military arrangements no longer justified for France"),
    ("fx361", '''C’est ainsi que,le 7 mars 1966,Charles de Gaulle—réélu trois mois plus tôt président de la République,mais au suffrage universel direct1,par 55%des voix contre 45%àFrançois Mitterrand—annonce au président américain Lyndon Baines Johnson2le retrait de Paris du commandement militaire intégré3de l’Organisation du traitéde l’Atlantique nord(OTAN,créée en 1949).4''',
     F, LC, CDG, "announcement of the withdrawal from the command (guideline 4.3, decision)"),
    ("fx361", '''Concrètement,la France,précise le général,«se propose de recouvrer sur son territoire l’entier exercice de sa souveraineté,actuellement entamé par la présence permanente d’éléments militaires alliés ou par l’utilisation habituelle qui est faite de son ciel,de cesser sa participation aux commandements intégrés et de ne plus mettre de forcesàla disposition de l’OTAN».''',
     F, LC, CDG, ""),
    ("fx361", '''Certes,elle«est disposéeàs’entendre avec ses alliés quant aux facilités militaires às’accorder mutuellement dans le cas d’un conflit oùelle s’engageraitàleurs côtés».''',
     N, NO, CDG, "offer of military facilities to allies in a conflict: neither an exit call nor a call to stay in the command"),
    ("fx361", '''Bref,elle«croit devoir,pour son compte5,modifier la forme de l’alliance sans en altérer6le fond».''',
     F, LC, CDG, "'modifier la forme de l'alliance sans en altérer le fond' = leave the integrated structure, keep the alliance: leave_command"),
    ("fx361", '''Un an plus tard,c’est chose faite:le 14 mars 1967,le général américain Lyman Lemnitzer,commandant suprême des forces alliées en Europe(Saceur)et des forces américaines en Europe,préside,à Saint-Germain-en-Laye,la cérémonie de départ.''',
     N, NO, OUTLET, ""),
    ("fx361", '''La bannièreétoilée,descendue et soigneusement pliée,sera hissée au nouveau siège de Casteau,près de Mons(Belgique).''', N, NO, OUTLET, ""),
    # ---- bruxelles2 (B2, September 2021); run stops after the ninth sentence (size)
    ("bruxelles2", '''Relève française au commandement de l’ACT à Norfolk''', N, NO, OUTLET, ""),
    ("bruxelles2", '''(B2 à Norfolk, Virginie) La relève est assurée au commandement 'Transformation' de l'OTAN (ACT), l'un des principaux commandements militaires de l'Alliance''',
     N, NO, OUTLET, "sentence ends at the paragraph break without a full stop (verbatim)"),
    ("bruxelles2", '''Le général (français) Philippe Lavigne a pris le relais de son compatriote le général André Lanata, à la tête de ce qui est un des principaux commandements de l'Alliance atlantique.''',
     N, NO, OUTLET, ""),
    ("bruxelles2", '''L'ACT est chargé de la Transformation de l'Alliance, c'est-à-dire de veiller au grain sur les évolutions futures et de préparer l'OTAN aux conflits et crises de demain... ou d'après-demain.''',
     N, NO, OUTLET, ""),
    ("bruxelles2", '''Dans la grande salle du musée naval de la ville était rassemblé tout l'aréopage de l'OTAN.''', N, NO, OUTLET, ""),
    ("bruxelles2", '''La plupart des représentants militaires au sein de l'Alliance ont fait le déplacement aux USA pour assister à la cérémonie.''', N, NO, OUTLET, ""),
    ("bruxelles2", '''Mais une bonne cérémonie militaire ne se conçoit pas sans un orchestre...''', N, NO, OUTLET, ""),
    ("bruxelles2", '''À ceux qui pourraient douter de la présence de la France dans le commandement intégré de l'OTAN, il n'y a ici aucun doute.''',
     N, NO, OUTLET, "the outlet's observation that France is in the command, no position"),
    ("bruxelles2", '''« La France est un allié de l'OTAN fort et très apprécié, avec des capacités de pointe et des forces hautement professionnelles », lance d'ailleurs le secrétaire général dans son discours.''',
     N, NO, "Jens Stoltenberg", "praise of France as an ally, without saying it should stay or integrate more"),
    # ---- jforum (AFP, September 2009): the photo credit line is left out; the page prints the lead
    # twice, glued ("... en 1966.Un général ..."): the run starts at its second copy; the photo caption
    # (Sarkozy and Rasmussen, 3 September 2009) between two paragraphs is left out
    ("jforum", '''Un général français prend mercredi à Norfolk (Virginie, est des Etats-Unis) l’un des deux commandements « suprêmes » de l’Otan, clef de voûte du retour de la France dans l’appareil militaire intégré de l’Alliance atlantique dont de Gaulle avait claqué la porte en 1966.''',
     N, NO, OUTLET, "return and 1966 exit as background in the outlet's narration (guideline 4.4)"),
    ("jforum", '''« C’est la première fois dans l’histoire de l’Otan que l’un de ses commandements suprêmes est confié à un non Américain », souligne le général Stéphane Abrial, ancien chef d’état-major de l’armée de l’air, qui succèdera à un officier du Corps des Marines, le général James N. Mattis.''',
     N, NO, "Stéphane Abrial", ""),
    ("jforum", '''La passation de commandement aura lieu sur la base navale américaine de Norfolk, la plus grande au monde, à bord de l’un des onze porte-avions géants de l’US Navy, l’USS Dwight D. Eisenhower.''',
     N, NO, OUTLET, ""),
    ("jforum", '''Le général Abrial deviendra ainsi le premier officier européen à prendre la tête de l’un des deux commandements dits « stratégiques » ou « suprêmes » de l’Otan, le Commandement allié Transformation (ACT), véritable « tête chercheuse » de l’Alliance.''',
     N, NO, OUTLET, ""),
    ("jforum", '''Cette nomination, a-t-il déclaré à l’AFP, représente « une énorme valeur symbolique », la « reconnaissance du poids de la France dans l’Alliance, de son savoir-faire et de son expérience militaire ».''',
     A, RD, "Stéphane Abrial", "values the top command obtained with the return as recognition of France's weight in the Alliance: more influence inside NATO"),
    ("jforum", '''Avec quelques jours d’avance, Nicolas Sarkozy et le secrétaire général de l’Otan, le Danois Anders Fogh Rasmussen en visite jeudi à Paris, avaient eux-mêmes marqué l’événement d’une pierre blanche.''',
     N, NO, OUTLET, ""),
    # ---- geo2000 (Géostratégies 2000, report of a breakfast talk, November 2016); run stops after the
    # fifth sentence (size)
    ("geo2000", '''« AVEC TRUMP, QUEL AVENIR POUR L’OTAN? »''', N, NO, OUTLET, ""),
    ("geo2000", '''Le mercredi 16 novembre, le Général d’Armée Aérienne Jean-Paul Paloméros était l’invité du petit-déjeuner mensuel de Géostratégies 2000, dans les salons du Palais du Luxembourg.''',
     N, NO, OUTLET, ""),
    ("geo2000", '''L’ancien Chef d’État Major de l’Armée de l’Air, ancien Commandeur suprême de l'OTAN pour la transformation, nous a donné sa vision de la politique de défense européenne, indissociable, selon lui, de l’Alliance Atlantique et de l’OTAN.''',
     A, ST, JPPAL, "'indissociable, selon lui, de l'Alliance' = Europe's (and France's) defence needs NATO: stay"),
    ("geo2000", '''Face aux nuages qui s’amoncèlent dans le ciel de notre Vieux Continent et aux incertitudes liées à l’élection de Donald Trump, il a exhorté l’Europe à surpasser ses mésententes et à s’unir autour de ses valeurs.''',
     N, NO, JPPAL, ""),
    ("geo2000", '''A se poser en partenaire crédible et ambitieux dans un monde de plus en plus imprévisible.''', N, NO, JPPAL,
     "verbless continuation of 'il a exhorté l'Europe ...'"),
    # ---- chevenement (Chevènement on the 2009 return); the run stops before the excerpt repeats its
    # subheading and paragraph
    ("chevenement", '''Jean-Pierre Chevènement déplore le retour de la France dans l'Otan.''', F, LC, JPC,
     "deploring the 2009 return (to the command, although the sentence says 'dans l'Otan'): guideline 4.1"),
    ("chevenement", '''L'ancien ministre de la défense de François Mitterrand s'en est expliqué hier lors du « Talk Orange-Le Figaro ».''', N, NO, OUTLET,
     "only says that he explained himself: narration"),
    ("chevenement", '''Pour lui, cette décision de Nicolas Sarkozy « a une portée politique et symbolique très forte.''', N, NO, JPC,
     "assessment of the decision's weight, no position stated in the sentence"),
    ("chevenement", '''Elle revient sur la décision prise par le général de Gaulle en mars 1966.''', N, NO, JPC,
     "description of what the return reverses, inside his quotation"),
    ("chevenement", '''Elle abolit la distance que nous avions conservée avec l'organisation militaire intégrée de l'Otan ».''', N, DR, JPC,
     "values the distance from the integrated organisation but states no exit in the sentence"),
    ("chevenement", '''Une distance qui, selon Jean-Pierre Chevènement, permettait à la France de s'opposer à des décisions prises « à la Maison-Blanche ».''',
     F, LC, JPC, "argument that being outside the command was beneficial, by an opponent of the return (guideline 4.7)"),
    ("chevenement", '''Or, « quand vous êtes à l'intérieur, quand vous êtes autour de la table, on peut dire non une fois.''', F, LC, JPC,
     "argument that being inside the integrated command is harmful, by an opponent of the return"),
    ("chevenement", '''Mais c'est un fusil à un coup.''', N, DR, JPC, "elliptical metaphor continuing the argument; on its own it states no exit"),
    ("chevenement", '''On ne peut pas dire non tout le temps quand on est intégré », a-t-il assuré.''', F, LC, JPC,
     "argument against being integrated, by an opponent of the return"),
    ("chevenement", '''« Que le PS se mette à la page »''', N, NO, JPC, "subheading quoting him; about the Socialist Party"),
    ("chevenement", '''Chevènement redoute que ce retour place la France en situation de dépendance vis-à-vis des États-Unis.''', F, LC, JPC,
     "fears the consequences of the return: opposing it (guideline 4.1)"),
    ("chevenement", '''« Nous sommes de plus en plus tributaires d'une alliance qui obéit aux tropismes de la politique américaine », a-t-il regretté avant d'assurer ne pas avoir eu connaissance de discussions entamées par François Mitterrand pour réintégrer l'Otan.''',
     N, DR, JPC, "criticism of a US-driven alliance, no exit call"),
    ("chevenement", '''« Cela n'est jamais venu à mes oreilles.''', N, NO, JPC, ""),
    ("chevenement", '''Si ces discussions ont eu lieu, c'est tout à fait à mon insu », a-t-il dit.''', N, NO, JPC, ""),
    # ---- come4news (citizen blog, 2008-2009, author not shown: [outlet]); run stops after the ninth
    # sentence (size)
    ("come4news", '''Faisant fi de plus de quarante ans de vie politique française, Nicolas Sarkozy a unanimement décidé seul de faire réintégrer l'Otan à la France.''',
     A, RD, NS, "Sarkozy's decision to return carries his stance (guideline 4.3); the blogger's hostility is in the participle clause"),
    ("come4news", '''Prenant ainsi le contre-pied d'un acte fort mené par le Général De Gaulle.''', N, NO, OUTLET,
     "verbless continuation; de Gaulle's act only mentioned as what is reversed"),
    ("come4news", '''Le Général De Gaulle, pour les ignorants ou ceux qui ne disposeraient comme manuel d'histoire que de Gala ou Paris Match , était un militaire puis homme politique français qui fut même président du temps d'avant que Nicolas Sarkozy le soit.''',
     N, NO, OUTLET, ""),
    ("come4news", '''Car en effet il faut se souvenir qu'il y eut une vie, des hommes, des idées, la croissance même , avant notre suprême Président.''', N, NO, OUTLET, ""),
    ("come4news", '''De Gaulle disais-je, celui qui s'est toujours "fait une certaine idée de la France", avait quitté avec fracas l'organisation politico-militaire au nom de l'indépendance de notre pays.''',
     F, LC, CDG, "de Gaulle's 1966 act with his reason (guideline 4.3); the blog's 'organisation politico-militaire' is the integrated structure, so leave_command"),
    ("come4news", '''Sa position fut confirmée par les présidents suivants car il y eut d'autres présidents avant Nico 1er, si si, enfin des sous-présidents, des chauffeurs de salle si on peut dire.''',
     N, NO, OUTLET, "the blogger's snark about later presidents; the position is not stated in the sentence"),
    ("come4news", '''Pour le coup, la salle est désormais chauffée et cette nouvelle décision unilatérale ne manque pas de faire réagir à gauche comme à droite.''',
     N, NO, OUTLET, "reactions mentioned, their content not given"),
    ("come4news", '''Car au-delà du bien-fondé, c'est d'abord la méthode qui interpelle, un homme seul annonce sa volonté début avril de réintégrer un pays.''',
     N, NO, OUTLET, "criticism of the method (no parliamentary vote), the blogger sets the merits aside"),
    ("come4news", '''Tout chef des armées qu'il soit, quand on dit vouloir revaloriser le rôle du parlement, c'est tout de même bien cavalier de l'écarter de tout débat voire d'un vote.''',
     N, NO, OUTLET, ""),
    # ---- letemps (Le Temps, opinion column, December 2019): the column name "Hexagone Express" and
    # the rubric word "OPINION." before the standfirst are left out; author not shown: [outlet]
    ("letemps", '''De l’Elysée à l’OTAN, le fantôme du Général de Gaulle''', N, NO, OUTLET, ""),
    ("letemps", '''A la veille du mouvement social que va connaitre la France ce 5 décembre, Emmanuel Macron a dit, à Londres, assumer le «mauvais rôle» en interrogeant l’OTAN et son avenir.''',
     N, DR, EM, "questioning NATO and its future: distance_or_reform"),
    ("letemps", '''Une posture puisée dans le registre d’absolue souveraineté du général de Gaulle.''', N, NO, OUTLET, ""),
    ("letemps", '''Mais avec quelle crédibilité?''', N, NO, OUTLET, ""),
    ("letemps", '''Un fantôme plane sur l’Elysée: celui du général de Gaulle.''', N, NO, OUTLET, ""),
    ("letemps", '''En dénonçant la «mort cérébrale» de l’OTAN avant le sommet du 70e anniversaire de l’Alliance qui vient de s’achever à Watford, près de Londres, Emmanuel Macron a renoué avec une tradition française.''',
     N, DR, EM, "'brain death': distance_or_reform"),
    ("letemps", '''«C’est la vocation historique de la France» de poser de telles questions, a-t-il d’ailleurs justifié lors de sa conférence de presse, durant laquelle il s’est félicité de la prochaine réflexion stratégique que les 29 pays alliés ont promis d’engager, à l’article 7 de leur communiqué final.''',
     N, DR, EM, "France's vocation to question NATO, welcomes a strategic review: distance_or_reform"),
    ("letemps", '''Soit.''', N, NO, OUTLET, ""),
    ("letemps", '''Mais pour obtenir quoi et avec quel levier?''', N, NO, OUTLET, ""),
    ("letemps", '''Dans les années 1960, appuyé sur l’héritage de la France libre, Charles de Gaulle avait frappé fort en décidant de sortir du commandement intégré de l’OTAN, et de fermer les bases américaines dans l’Hexagone.''',
     F, LC, CDG, "de Gaulle's decision narrated as his act (guideline 4.3)"),
    ("letemps", '''Le commandement de l’Alliance avait alors déménagé de la banlieue parisienne (à Rocquencourt, dans les Yvelines) pour prendre ses quartiers en Belgique.''',
     N, NO, OUTLET, ""),
    ("letemps", '''La divergence était actée.''', N, NO, OUTLET, ""),
    ("letemps", '''Sauf que la France de l’époque profitait à plein de deux réalités.''', N, NO, OUTLET, ""),
    # ---- olj (L'Orient-Le Jour, Ifop poll, 2018): the search box and "Dernières Infos" lines are left out;
    # run stops after the fifth sentence (size)
    ("olj", '''Moins de la moitié des Français voient dans les USA de Trump un "allié sûr" selon un sondage''', N, NO, OUTLET,
     "poll about the US as an ally, not about NATO membership"),
    ("olj", '''Les Français, dont 77% qualifiaient les Etats-Unis d'"allié ou partenaire sûr" en 2014, ont largement perdu cette confiance depuis l'arrivée de Donald Trump à la Maison Blanche, à peine 44% leur reconnaissant encore cette fiabilité, selon un sondage en ligne publié mercredi.''',
     N, NO, OUTLET, ""),
    ("olj", '''L'Allemagne, en revanche, reste un roc à leurs yeux : 89% la classent dans la catégorie des alliés sûrs (82% en 2014, 65% en 1994), montre cette étude réalisée par l'Ifop pour la Fondation pour l'innovation politique, l'American Jewish Committee Europe et Le Sursaut, un collectif de centres de réflexion et d'ONG.''',
     N, NO, OUTLET, ""),
    ("olj", '''Désormais, ils appréhendent l'allié historique américain comme étant "plutôt un adversaire sur le plan économique", que ce soit pour accélérer la croissance française (78%) ou européenne (81%), ou pour combattre le réchauffement climatique (88)%, après le retrait des Etats-Unis de l'Accord de Paris.''',
     N, NO, OUTLET, ""),
    ("olj", '''"Au coeur de ce basculement : un président des Etats-Unis qui fait figure de repoussoir" et recueille "seulement 17% de bonnes opinions, contre 83% de mauvaises, dont une majorité de très mauvaises opinions(54%)", analyse l'Ifop.''',
     N, NO, "Ifop", ""),
    # ---- tertrais (Bruno Tertrais, op-ed): the pull quote ("Macron a ouvert un débat légitime ...")
    # between the third and fourth sentences is left out; run stops before the cut-off sentence
    ("tertrais", '''TRIBUNE. Bruno Tertrais : "A l'Otan, Macron a pris des risques"''', N, NO, BT, ""),
    ("tertrais", '''Voici la tribune de Bruno Tertrais : "Emmanuel Macron a été critiqué de toutes parts pour avoir jugé que l'Otan était en état de "mort cérébrale" et pour avoir semblé remettre en question le caractère sacré de l'engagement de défense collective de l'Alliance.''',
     N, NO, BT, "main clause: Macron was criticised (the op-ed author's narration); Macron's own words only in the subordinate clause"),
    ("tertrais", '''Pour autant, loin d'arriver au sommet de Londres la tête couverte de cendres, le Président a donné l'impression de faire sienne la célèbre phrase du maréchal Foch : "Mon centre cède, ma droite recule, impossible de me mouvoir, situation excellente, j'attaque!"''',
     N, NO, BT, ""),
    ("tertrais", '''Ainsi a-t\u2011il interprété les réactions défensives des alliés comme validant sa démarche, tiré argument de la perte tragique de treize soldats au Mali pour faire valoir que le "partage du fardeau" au sein de l'Alliance atlantique devait tenir compte des sacrifices consentis par la France, et réitéré ses questionnements sur la nature et les missions de l'Otan.''',
     N, DR, EM, "Macron's questioning of NATO's nature and missions, reported by Tertrais: distance_or_reform"),
    ("tertrais", '''A-t\u2011il pour autant réussi, à Londres, à faire bouger les lignes?''', N, NO, BT, ""),
    ("tertrais", '''Oui, et ce sommet est plutôt un succès pour lui.''', N, NO, BT, ""),
    ("tertrais", '''Ses déclarations provocatrices d'avant-sommet ont paradoxalement poussé les 29 alliés – Donald Trump compris – à resserrer les rangs, à proclamer leur unité et à réaffirmer leur solidarité.''',
     N, NO, BT, ""),
    # ---- dlf (Debout la France website, on Hollande and the NATO headquarters protocol; no author
    # named: the party's own evaluative sentences get the party as speaker); run stops before the
    # cut-off sentence
    ("dlf", '''Le 4 janvier dernier, le Conseil des ministres a donné en toute discrétion son accord sur un projet de loi “autorisant l’accession de la France au protocole sur le statut des quartiers généraux militaires internationaux créés en vertu du Traité de l’Atlantique Nord“.''',
     A, RD, FRGOV, "the government's decision to accede to NATO's headquarters protocol: a step of deeper integration (decision)"),
    ("dlf", '''Opposé au retour de la France dans le commandement intégré de l’Otan, Français Hollande en 2008, alors Premier Secrétaire du Parti Socialiste, avait brocardé le gouvernement de François Fillon en affirmant que “dans toute démocratie digne de ce nom, de tels arbitrages auraient été rendus après un vaste débat dans le pays”.''',
     F, LC, FH, "Hollande's 2008 opposition to the return (guideline 4.1), although his quoted words are procedural; 'Français' for François kept verbatim"),
    ("dlf", '''Huit ans près, ce même François Hollande approuve un projet de loi qui prévoit la réintégration totale de la France dans l’OTAN, sans aucune consultation du peuple français.''',
     A, RD, FH, "approving a bill for 'full reintegration' = deepening integration (decision); 'près' kept verbatim"),
    ("dlf", '''Le Président de la République rompt ainsi avec cinquante années de tradition d’indépendance de la France en matière de politique étrangère, depuis que le Général de Gaulle annonçait au Président des Etats-Unis Lyndon Baines Johnson le retrait de notre pays de l’OTAN.''',
     F, LC, DLF, "the party condemns the further integration as a break with the independence inherited from the 1966 withdrawal: opposing reintegration (guideline 4.1)"),
    ("dlf", '''François Hollande brade ainsi l’indépendance, la crédibilité, l’honneur de la France pour quelques postes, alors que le commandement suprême est et restera toujours américain, sans anticiper que nous en perdrons beaucoup plus et que nous troquerons une influence planétaire pour une influence factice.''',
     F, LC, DLF, "argument that (re)integration into the command is harmful, by its opponent"),
    ("dlf", '''Il est complètement contre-productif pour la France de se renier, notamment face aux pays émergents trop souvent qualifiés d’adversaires par la doctrine américaine du “choc des civilisations”.''',
     F, LC, DLF, "'se renier' = the reintegration (previous sentences): argued to be counter-productive, by its opponent"),
    ("dlf", '''Notre pays va voir sa position internationale diminuée, il se privera d’une carte maîtresse vis-à-vis du monde comme de ses partenaires européens.''',
     F, LC, DLF, "predicted harm of the reintegration, by its opponent (same reading as the previous sentences)"),
    # ---- kouchner (answer to a question in the National Assembly, 17 March 2009): the metadata lines
    # ("Prononcé le", "Intervenant(s) :", "Circonstance : ...", "Texte intégral") are left out; run
    # stops after « Voilà ce qui aurait changé ! » (size)
    ("kouchner", '''Déclaration de M. Bernard Kouchner, ministre des affaires étrangères et européennes, en réponse à une question d'actualité sur le retour de la France dans le commandement intégré de l'OTAN, Assemblée nationale, 17 mars 2009.''',
     N, NO, OUTLET, "title of the transcript"),
    ("kouchner", '''Madame la Députée, je suis d'accord avec tout ce que vous avez dit au début.''', N, NO, BK, ""),
    ("kouchner", '''Mais je ne suis pas d'accord avec ce que vous avez dit ensuite.''', N, NO, BK, ""),
    ("kouchner", '''Oui, il y a eu un consensus de quarante ans qui, d'ailleurs, suivait un consensus de près de vingt ans.''', N, NO, BK, ""),
    ("kouchner", '''En 1966, le général de Gaulle posa un acte majeur dans un contexte très particulier, celui de la guerre froide, du stationnement, sur notre territoire, d'armées étrangères, et d'une riposte, intégrée, quasi-automatique, face au Pacte de Varsovie.''',
     N, NO, BK, "Kouchner sets de Gaulle's act in its Cold War context; the act itself is not described, and the speaker is Kouchner, not de Gaulle"),
    ("kouchner", '''Oui, le général de Gaulle a préservé à ce moment-là notre indépendance.''', N, NO, BK,
     "concession about 1966, no position on France's place today"),
    ("kouchner", '''Mais, le monde ayant changé, si nous avions conservé ce dispositif, c'est notre influence qui aurait diminué.''', A, RD, BK,
     "argument for the return: staying outside the command would have reduced France's influence"),
    ("kouchner", '''J'y crois et je l'affirme, ce qui renforce ma croyance.''', N, NO, BK, ""),
    ("kouchner", '''Le monde a changé, le Pacte de Varsovie a été rompu.''', N, NO, BK, ""),
    ("kouchner", '''Sur le Kosovo, vous n'avez pas tout à fait raison.''', N, NO, BK, ""),
    ("kouchner", '''Nous ne connaissions pas l'origine des plans, parce que nous n'étions pas dans le bureau intégré des plans militaires.''', A, RD, BK,
     "cost of being outside the integrated structure, as an argument for the return"),
    ("kouchner", '''Certes, cela ne nous a pas empêché de dire notre désaccord.''', N, NO, BK, ""),
    ("kouchner", '''Mais si nous avions participé au scénario, nous aurions eu l'occasion de le dire neuf mois avant.''', A, RD, BK,
     "benefit of integration, as an argument for the return"),
    ("kouchner", '''Voilà ce qui aurait changé !''', N, NO, BK, ""),
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
    out += ["**Labels**", "", "| label | n | share |", "|---|---:|---:|"]
    for lab in (F, A, N):
        c = sum(1 for r in rows if r["label"] == lab)
        out.append(f"| {lab} | {c} | {100 * c / len(rows):.0f}% |")
    out += ["", "**By language**", "", "| language | FAVOR | AGAINST | NONE | total |", "|---|---:|---:|---:|---:|"]
    for lang in sorted({r["language"] for r in rows}):
        sub = [r for r in rows if r["language"] == lang]
        cs = [sum(1 for r in sub if r["label"] == lab) for lab in (F, A, N)]
        out.append(f"| {lang} | {cs[0]} | {cs[1]} | {cs[2]} | {len(sub)} |")
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
    out += ["", "**Pages**", "", "| source_id | publisher | sentences |", "|---|---|---:|"]
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
