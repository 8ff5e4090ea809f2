#!/usr/bin/env python3
"""Write the second fresh French stance TEST set: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command" (« La France doit sortir de
l'OTAN, ou de son commandement militaire intégré »), labelled per sentence following
../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position).

THIS IS A TEST SET. No model may be tuned on it (no thresholds, rules, lexicon entries, prompts,
features or hyper-parameters chosen with it, no error analysis followed by a new measurement). It is
to be used ONCE, to measure a finished model. It replaces ../stance_test/, which has been looked at
too often.

The sentences were copied verbatim from excerpts of public FRENCH pages (news reports, interviews,
analyses, blogs, a party press release, a radio programme page) returned by a search tool over
stored copies of public web pages (collected 2026-12-05). For every page, ONE contiguous run of the
article body was taken and EVERY complete sentence of that run was labelled (stance-bearing or
not), so the share of NONE is realistic. Every page URL was claimed in the shared claim register
before use, so no page is shared with another sheet.

Every decision below was made by hand, by an annotator who did not read helpers/stance.py,
helpers/speakers.py, helpers/stance_report.py, data/reference/stance_lexicon.csv,
tests/test_stance*.py, tests/test_speakers*.py, notebooks/02-*.ipynb or data/processed/, and did
not run any classifier. This script holds those decisions as an explicit table (SOURCES, ITEMS) and
contains no heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every item has a speaker,
  - every source is French, used, declared, with one contiguous passage, and no URL is used twice,
  - no source URL is a seed URL (../../raw/manifest.csv) or a URL of any other stance sheet
    (../stance*/sources.csv other than this one, whatever exists when the script runs),
  - no two items are near-identical (difflib SequenceMatcher ratio >= 0.85, lower-cased), and no
    item is a near-duplicate of a sentence of any other stance sheet (../stance*/labels.csv other
    than this one),
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage (from /work/main):  python3 data/annotations/stance_test2_fr/make_labels.py
"""
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
ITEM_PREFIX, SOURCE_PREFIX = "q", "qs"
LANGUAGE = "fr"

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

# canonical speakers (data/reference/actors.csv, collectives.csv; otherwise the full name as in the text)
JLM = "Jean-Luc Mélenchon"
MLP = "Marine Le Pen"
JB = "Jordan Bardella"
EM = "Emmanuel Macron"
CDG = "Charles de Gaulle"
NS = "Nicolas Sarkozy"
NDA = "Nicolas Dupont-Aignan"
DDV = "Dominique de Villepin"
FR_ = "Fabien Roussel"
DT = "Donald Trump"
LBJ = "Lyndon B. Johnson"
SS = "Stéphane Séjourné"
RN = "National Rally (RN)"
PCF = "French Communist Party (PCF)"
ELY = "Élysée (French presidency)"

# queries (all run on 2026-12-05, corpus "pages"); the one that found each page is in sources.csv
Q1 = "sortie de l'OTAN proposition candidat présidentielle"
Q2 = "Mélenchon OTAN sortir commandement intégré"
Q3 = "réintégration commandement intégré 2009 débat Assemblée"
Q4 = "de Gaulle 1966 retrait OTAN anniversaire"
Q5 = "Macron OTAN sommet allié France engagement"
Q6 = "Rassemblement national OTAN programme défense"
Q7 = "Zemmour Reconquête quitter commandement intégré OTAN voix indépendante"
Q8 = "sondage Français favorables sortie de l'OTAN"
Q9 = "Trump menace alliés OTAN réaction Paris ministre des Armées"
Q10 = "retour de la France dans l'OTAN Sarkozy critique gaullistes Villepin faute"
Q11 = "Grèce retrait commandement militaire OTAN 1974 Chypre"
Q12 = "Parti communiste Roussel dissoudre l'OTAN sortir"
Q13 = "Sarkozy annonce retour de la France dans le commandement intégré de l'OTAN discours École militaire"
Q14 = "sortir de l'OTAN serait une folie irresponsable ministre répond"
Q15 = "rapport Védrine Hollande maintien commandement intégré OTAN 2012"
Q16 = "Macron la France restera dans l'OTAN réponse Mélenchon sortie alliance"
Q17 = "LFI résolution sortie OTAN Guetté réactions gouvernement députés"
ALL_QUERIES = [Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q8, Q9, Q10, Q11, Q12, Q13, Q14, Q15, Q16, Q17]

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published: as shown in the excerpt; "(not shown)" otherwise, with the URL slug, the URL
# date or the date implied by the text in brackets.
SOURCES = OrderedDict([
    ("europe1", ("fr", "(not shown) [URL slug: otan-ce-que-proposent-les-principaux-candidats-a-la-presidentielle]",
                 "Europe 1",
                 "https://www.europe1.fr/politique/otan-ce-que-proposent-les-principaux-candidats-a-la-presidentielle-4100861",
                 "2022-03", Q1)),
    ("franceinter_candidats", ("fr", "(not shown) [URL slug: rester-dans-l-otan-un-peu-beaucoup-pas-du-tout-ce-que-proposent-les-candidats-a-la-presidentielle]",
                               "France Inter",
                               "https://www.franceinter.fr/monde/rester-dans-l-otan-un-peu-beaucoup-pas-du-tout-ce-que-proposent-les-candidats-a-la-presidentielle",
                               "2022-04", Q1)),
    ("rt_candidats", ("fr", "(not shown) [URL slug: candidats-qui-revoient-leur-copie-otan-aune-conflit-ukraine]",
                      "RT France",
                      "https://francais.rt.com/international/97380-candidats-qui-revoient-leur-copie-otan-aune-conflit-ukraine",
                      "2022-03", Q1)),
    ("tf1info", ("fr", "(not shown) [URL slug: election-presidentielle-2022-que-proposent-emmanuel-macron-et-marine-le-pen-sur-l-otan]",
                 "TF1 Info",
                 "https://www.tf1info.fr/politique/election-presidentielle-2022-que-proposent-emmanuel-macron-et-marine-le-pen-sur-l-otan-2216624.html",
                 "(not shown) [text: between the two rounds, April 2022]", Q1)),
    ("businessam", ("fr", "(not shown) [URL slug: alors-que-la-finlande-et-la-suede-sappretent-a-rejoindre-lotan-la-france-pourrait-faire-un-pas-de-cote]",
                    "Business AM (fr.businessam.be)",
                    "https://fr.businessam.be/alors-que-la-finlande-et-la-suede-sappretent-a-rejoindre-lotan-la-france-pourrait-faire-un-pas-de-cote",
                    "(not shown) [text: NUPES programme, Finland and Sweden applying: May 2022]", Q2)),
    ("publicsenat", ("fr", "Défense : Mélenchon veut sortir de l’OTAN et parler avec la Russie",
                     "Public Sénat",
                     "https://www.publicsenat.fr/actualites/politique/defense-melenchon-veut-sortir-de-l-otan-et-parler-avec-la-russie-58102",
                     "(not shown) [text: 2017 presidential campaign, Fillon and Macron candidates]", Q2)),
    ("ivoirecanal", ("fr", "(not shown) [URL slug: il-y-a-56-ans-le-general-de-gaulle-retirait-la-france-de-lotan-avant-que-le-pays-ne-reintegre-cette-structure-en-1995]",
                     "Ivoire Canal Info (ivoirecanalinfo.net)",
                     "https://ivoirecanalinfo.net/il-y-a-56-ans-le-general-de-gaulle-retirait-la-france-de-lotan-avant-que-le-pays-ne-reintegre-cette-structure-en-1995",
                     "(not shown) [URL slug: 56 years after 1966, i.e. 2022]", Q4)),
    ("franceinter_affaires", ("fr", "« Le jour où… la France a quitté le commandement militaire intégré de l’OTAN » (programme page, Affaires sensibles)",
                              "France Inter",
                              "https://www.franceinter.fr/emissions/affaires-sensibles/affaires-sensibles-14-fevrier-2018",
                              "(not shown) [URL: 14 février 2018]", Q4)),
    ("lorientlejour", ("fr", "Macron appelle les alliés à \"ne pas fragiliser\" l'OTAN",
                       "L'Orient-Le Jour",
                       "https://www.lorientlejour.com/article/1125069/macron-appelle-les-allies-a-ne-pas-fragiliser-lotan.html",
                       "(not shown) [text: NATO summit in Brussels, Trump and Merkel: July 2018]", Q5)),
    ("journaltransalpin", ("fr", "(not shown) [URL slug: macron-a-recu-stoltenberg-a-lelysee]",
                           "Le Journal transalpin (lejournaltransalpin.fr)",
                           "https://lejournaltransalpin.fr/2019/11/28/macron-a-recu-stoltenberg-a-lelysee/",
                           "(not shown) [URL: 2019/11/28]", Q5)),
    ("observatoire_rn", ("fr", "L’extrême droite française retire un manifeste qui incluait la Russie controversée et les projets de l’OTAN",
                         "Observatoire de l'Europe (observatoiredeleurope.com), byline Martin Goujon",
                         "https://observatoiredeleurope.com/?p=29669",
                         "(not shown) [text: before the elections of 30 June and 7 July 2024]", Q6)),
    ("lifelines_bardella", ("fr", "Ukraine : Bardella n’est plus en faveur d’une sortie du commandement intégré de l’Otan en 2027 «si la guerre est toujours en cours»",
                            "web.lifelines.name (reprint of a French news report)",
                            "https://web.lifelines.name/read/4c8f91ef-2a24-5fe7-9433-e67eb1e71da6",
                            "(not shown) [text: European election campaign, spring 2024]", Q6)),
    ("nhk", ("fr", "Les alliés de l’OTAN décrient les propos de Donald Trump",
             "NHK World (édition française)",
             "https://www3.nhk.or.jp/nhkworld/fr/news/20240213_06/",
             "(not shown) [URL: 2024-02-13]", Q9)),
    ("likepage", ("fr", "L’OTAN sous la menace des « foucades » de Donald Trump",
                  "likepage.cloud (reprint of a French press report)",
                  "https://likepage.cloud/?p=7341",
                  "(not shown) [text: Trump's Pentagon speech of Thursday 17 January: 2019]", Q9)),
    ("20minutes", ("fr", "En France, le camp du non à la réintégration ne désarme pas",
                   "20 Minutes",
                   "https://www.20minutes.fr/france/317539-20090403-france-camp-non-a-reintegration-desarme",
                   "(not shown) [URL: 2009-04-03]", Q10)),
    ("2villepin", ("fr", "(not shown) [URL slug: video-du-discours-de-dominique-de-villepin-a-l-assemblee-nationale]",
                   "2villepin.fr (supporters' blog), citing France Soir",
                   "https://2villepin.fr/index.php/2009/04/03/1080-video-du-discours-de-dominique-de-villepin-a-l-assemblee-nationale",
                   "(not shown) [URL: 2009/04/03]", Q10)),
    ("rakotoarison", ("fr", "Nicolas Sarkozy et l'OTAN : gaulliste ou gaullien ?",
                      "rakotoarison.over-blog.com (reprint of a Le Monde column by Patrick Jarreau)",
                      "http://rakotoarison.over-blog.com/article-30599608.html",
                      "20.06.08 (Le Monde; updated 16.04.09)", Q10)),
    ("histoireetsociete", ("fr", "(not shown) [URL slug: communique-de-presse-du-pcf-contre-lacharnement-therapeutique-il-faut-sortir-de-lotan-pcf]",
                           "Histoire et société (blog), reprinting a PCF press release",
                           "https://histoireetsociete.wordpress.com/2019/11/09/communique-de-presse-du-pcf-contre-lacharnement-therapeutique-il-faut-sortir-de-lotan-pcf/",
                           "(not shown) [URL: 2019/11/09]", Q12)),
    ("franceinfo_roussel", ("fr", "(not shown) [URL slug: video-crise-des-sous-marins-il-faut-marquer-le-coup-et-quitter-le-commandement-integre-de-l-otan-estime-fabien-roussel]",
                            "franceinfo (francetvinfo.fr)",
                            "https://www.francetvinfo.fr/monde/asie/crise-des-sous-marins-australiens/video-crise-des-sous-marins-il-faut-marquer-le-coup-et-quitter-le-commandement-integre-de-l-otan-estime-fabien-roussel_4776733.html",
                            "2021-09", Q12)),
    ("euronews", ("fr", "Otan : Nicolas Sarkozy se débarasse de l'héritage gaulliste",
                  "Euronews (fr.euronews.com)",
                  "http://fr.euronews.com/2009/03/11/otan-nicolas-sarkozy-se-debarasse-de-l-heritage-gaulliste",
                  "(not shown) [URL: 2009/03/11]", Q13)),
    ("forget_blog", ("fr", "Sarkozy défend le retour de la France dans l’OTAN , Bayrou le dénonce.",
                     "forget.e-monsite.com (personal blog)",
                     "http://forget.e-monsite.com/blog/sarkozy-defend-le-retour-de-la-france-dans-l-otan-bayrou-le-denonce.html",
                     "(not shown) [text: a few weeks before the April 2009 Strasbourg-Kehl summit, Munich speech]", Q13)),
    ("tf1info_2024", ("fr", "(not shown) [URL slug: otan-rassemblement-national-reconquete-l-extreme-droite-est-elle-pour-la-sortie-de-l-alliance-comme-l-affirme-emmanuel-macron]",
                      "TF1 Info",
                      "https://www.tf1info.fr/politique/otan-rassemblement-national-reconquete-l-extreme-droite-est-elle-pour-la-sortie-de-l-alliance-comme-l-affirme-emmanuel-macron-2303696.html",
                      "2024-06", Q16)),
])

# -----------------------------------------------------------------------------------------------
# ITEMS: (source key, text copied verbatim, label, position, speaker, note for hard calls)
# All complete sentences of one contiguous passage per page, in page order.
ITEMS = [
    # ---- europe1 (2022-03): from the first body sentence; the excerpt ends in a cut sentence ("Le dé")
    ("europe1", '''La guerre en Ukraine a braqué les projecteurs sur une alliance militaire internationale : l'Otan.''', N, NO, OUTLET, ""),
    ("europe1", '''L'Organisation du traité de l'Atlantique nord est décriée par beaucoup de candidats, qui l'accusent d'être inefficace dans la résolution du conflit ukrainien, et d'être trop dépendante des États-Unis.''',
     N, DR, "unnamed: many presidential candidates", "criticism of NATO (ineffective, too dependent on the US) by unnamed candidates, no exit call"),
    ("europe1", '''En novembre 2019, le président Emmanuel Macron avait déclaré que cette alliance occidentale était en état de "mort cérébrale", sans vouloir toutefois en sortir.''',
     A, ST, EM, "criticism ('brain death') plus 'sans vouloir toutefois en sortir': he does not want to leave = stay, as with 'Critique sur l'Otan, Macron refuse de quitter' on the TF1 Info page"),
    ("europe1", '''Europe 1 fait le point sur les propositions des principaux candidats à la présidentielle.''', N, NO, OUTLET, ""),
    ("europe1", '''Nicolas Dupont-Aignan''', N, NO, OUTLET, "subheading (a name only) is a sentence of the run"),
    ("europe1", '''"Fidèle à la pensée du général de Gaulle", le candidat de Debout la France! Nicolas Dupont-Aignan veut faire sortir la France du commandement intégré de l'Otan.''',
     F, LC, NDA, "the '!' belongs to the party name 'Debout la France!': one sentence"),
    ("europe1", '''Le député rappelle l'épisode des sous-marins australiens, "une trahison anglo-saxonne" qui "illustre le danger pour la France d’être encapsulée dans un organisme inféodé aux intérêts américains".''',
     N, DR, NDA, "the danger of being inside an organisation subservient to US interests: criticism of NATO, the exit call is in the previous sentence"),
    ("europe1", '''L'indépendance "militaire et stratégique" regagnée par la France doit lui permettre de défendre "son intérêt supérieur", explique le candidat.''',
     F, LC, NDA, "'regagnée' = regained by leaving the command (previous sentences): argument that the exit is beneficial, by its advocate (guideline 4.7); command only"),
    ("europe1", '''Anne Hidalgo''', N, NO, OUTLET, "subheading"),
    ("europe1", '''Anne Hidalgo ne mentionne pas l'Otan dans son programme, mais dans un tweet de novembre 2021, la maire de Paris soulignait que les États-Unis et la France étaient "des alliés indéfectibles" qui partageaient une "histoire commune".''',
     N, NO, "Anne Hidalgo", "bilateral US-France friendship, nothing about France's place in NATO"),
    ("europe1", '''La candidate du Parti socialiste met tout de même une "Europe souveraine" en avant.''',
     N, DR, "Anne Hidalgo", "a 'sovereign Europe' in a NATO context: European strategic autonomy, no exit call"),
    ("europe1", '''"Nous devons œuvrer à garantir nos intérêts et nos valeurs face au 'G2' États-Unis/Chine, mais aussi à garantir le respect de l’intégrité territoriale des États membres (de l'UE) face à la 'brutalisation' des relations internationales", défend-elle dans son programme.''',
     N, NO, "Anne Hidalgo", "EU interests facing the US/China 'G2': not about defence alignment or the alliance"),
    ("europe1", '''Yannick Jadot''', N, NO, OUTLET, "subheading"),
    ("europe1", '''Si Yannick Jadot a estimé sur France Inter que l'Otan était "une coquille vide", le candidat écologiste n'avance pas le projet d'en sortir.''',
     N, DR, "Yannick Jadot", "'an empty shell' is criticism; 'does not put forward a plan to leave' is the absence of an exit call, not a wish to stay"),

    # ---- franceinter_candidats (2022-04): from the chapô; the run ends before a cut quotation
    ("franceinter_candidats", '''La guerre en Ukraine a mis en lumière le rôle de l'Organisation du traité de l'Atlantique nord, obligeant du même coup les candidats à la présidentielle à se positionner sur le sujet.''', N, NO, OUTLET, ""),
    ("franceinter_candidats", '''Rester ou partir ?''', N, NO, OUTLET, "the outlet's question, no one answers it here"),
    ("franceinter_candidats", '''En s'invitant dans la campagne présidentielle, la guerre en Ukraine a forcé les candidats à se positionner sur la question de la présence française au sein de l'OTAN.''', N, NO, OUTLET, ""),
    ("franceinter_candidats", '''Créée en 1949, l'Organisation du traité de l'Atlantique nord était destinée à assurer la sécurité des pays européens face à l'URSS.''', N, NO, OUTLET, ""),
    ("franceinter_candidats", '''Si un pays membre était agressé, les autres pays devaient lui venir en aide.''', N, NO, OUTLET, ""),
    ("franceinter_candidats", '''En 1966, afin de retrouver une plus grande indépendance vis à vis des États-Unis, le général De Gaulle avait pris ses distances en quittant le commandement militaire intégré, qui fixe les stratégies militaires et les fait appliquer sur le terrain.''',
     F, LC, CDG, "de Gaulle as the subject of the 1966 act (guideline 4.3); command only"),
    ("franceinter_candidats", '''La France l'avait finalement réintégré en 2007, sous l'impulsion de Nicolas Sarkozy.''',
     A, RD, NS, "the return driven by Sarkozy: his act (guideline 4.3); '2007' sic"),
    ("franceinter_candidats", '''La France doit-elle quitter ou non l'OTAN ?''', N, NO, OUTLET, "the outlet's question"),
    ("franceinter_candidats", '''Si elle reste dans l'Organisation du Traité de l'Atlantique Nord, doit-elle en quitter le commandement militaire intégré ?''', N, NO, OUTLET, "the outlet's question"),
    ("franceinter_candidats", '''Voici ce que dit chacun des prétendants à l'Élysée sur le sujet.''', N, NO, OUTLET, ""),
    ("franceinter_candidats", '''Les candidats qui veulent rester dans l'OTAN''', A, ST, "unnamed: presidential candidates listed under the heading",
     "subheading that states the listed candidates' wish to stay; unlike a bare frame it has content"),
    ("franceinter_candidats", '''- Emmanuel Macron''', A, ST, EM,
     "list item completing the heading 'Les candidats qui veulent rester dans l'OTAN' (guideline 4.8); bullet kept as in the excerpt"),
    ("franceinter_candidats", '''Le 7 novembre 2019, le président français affirmait dans The Economist que l'OTAN était "en état de mort cérébrale", sur fond de tensions entre la France et les États-Unis et entre la France et la Turquie.''',
     N, DR, EM, "'brain death': criticism, no exit call"),
    ("franceinter_candidats", '''Il critiquait alors le désengagement américain vis-à-vis de ses alliés de l’OTAN et l'attitude en Syrie d'un membre de l'Alliance atlantique, à savoir la Turquie.''',
     N, DR, EM, ""),

    # ---- rt_candidats (2022-03): from the chapô; the run is ended after «Il ne faut pas donner le signal.» because the next sentence
    # (Le Pen's 'mais il faudra le faire') is a near-duplicate of a sentence of ../stance_train_fr (endings are only ever cut)
    ("rt_candidats", '''Longtemps en vogue dans les partis d'opposition français, la remise en cause de l'OTAN a pris du plomb dans l'aile avec l'opération militaire russe en Ukraine.''', N, NO, OUTLET, "the outlet's analysis"),
    ("rt_candidats", '''Plusieurs candidats à la présidentielle changent de discours sur l'alliance atlantique.''', N, NO, OUTLET, ""),
    ("rt_candidats", '''L'atlantisme a repris des couleurs avec la crise ukrainienne... et la remise en cause de l'OTAN qui caractérisait certains partis de l'opposition de droite et à gauche ne semble plus vraiment d'actualité.''',
     N, NO, OUTLET, "the outlet's analysis; kept as one unit: the ellipsis is followed by a lower-case 'et'"),
    ("rt_candidats", '''Le Monde a ainsi dressé un tableau le 25 mars des changements de discours des candidats à la présidentielle sur l'alliance.''', N, NO, OUTLET, ""),
    ("rt_candidats", '''En bonne place pour se qualifier au deuxième tour, Marine Le Pen a ainsi remis en question temporairement sa volonté de sortir du commandement intégré de l'OTAN.''',
     N, NO, MLP, "deferral (guideline 4.2): the sentence reports that she set her exit aim aside; 'temporairement' is the outlet's word and no exit is stated as kept"),
    ("rt_candidats", '''«On ne va pas le faire alors qu’il y a une guerre dans un pays européen», a-t-elle déclaré sur CNEWS.''',
     N, NO, MLP, "deferral without the aim in the same sentence"),
    ("rt_candidats", '''«Il ne faut pas donner le signal.''', N, NO, MLP, "continuation of the deferral; the run is ended here (the next sentence is a near-duplicate of a stance_train_fr sentence)"),

    # ---- tf1info (April 2022): chapô and first body line are glued in the excerpt ("transatlantique.Emmanuel"): split there
    ("tf1info", '''Le président-candidat et la candidate du RN campent sur des positions opposées au sujet de l'Alliance transatlantique.''', N, NO, OUTLET,
     "split at the glued full stop 'transatlantique.Emmanuel' of the excerpt"),
    ("tf1info", '''Emmanuel Macron était l'un des rares candidats à vouloir rester dans le commandement intégré, quand Marine Le Pen défend fermement une sortie dès la fin de la guerre.''',
     A, ST, EM, "two holders with opposite positions; the main clause is Macron's (stay in the command); Le Pen's exit is in the 'quand' clause"),
    ("tf1info", '''Avec un conflit aux portes de l'Europe, la place de la France dans l'Organisation du traité de l'Atlantique nord (Otan) s'est imposé comme un thème clé de la bataille électorale, avant même le premier tour.''', N, NO, OUTLET, ""),
    ("tf1info", '''L'entrée de l'Ukraine dans l'Alliance transatlantique était l'un des enjeux de la guerre en Ukraine à son déclenchement.''', N, NO, OUTLET, "another country's membership"),
    ("tf1info", '''L'Hexagone doit-il conserver sa place au sein de cette organisation historique, née au lendemain de la Seconde guerre mondiale ?''', N, NO, OUTLET, "the outlet's question"),
    ("tf1info", '''Les deux finalistes Emmanuel Macron et Marine Le Pen défendent des propositions aux antipodes sur cette question.''', N, NO, OUTLET, ""),
    ("tf1info", '''Critique sur l'Otan, Emmanuel Macron refuse pour autant de quitter le commandement intégré''', A, ST, EM,
     "subheading: refusing to leave the command = stay, despite the criticism"),
    ("tf1info", '''Il s'était démarqué par une proposition à contre-courant de la majorité des candidats pendant la campagne du premier tour : Emmanuel Macron ne souhaite pas quitter le commandement intégré de l'Otan, qui fixe les stratégies et les fait appliquer dans les opérations sur le terrain.''',
     A, ST, EM, ""),
    ("tf1info", '''Pour autant, le président-candidat ne s'est pas privé de la critiquer au cours de son mandat.''', N, DR, EM, ""),
    ("tf1info", '''Fin 2019, il s'était inquiété d'une "mort cérébrale de l’Otan", due d'après lui à une absence de "coordination de la décision stratégique des États-Unis avec les partenaires de l’Otan" mais aussi "une agression" turque en Syrie.''',
     N, DR, EM, ""),
    ("tf1info", '''Des propos critiqués au sein de l'Alliance, mais qu'il avait maintenus, s'en prenant même à nouveau à la Turquie en mai 2021.''',
     N, DR, EM, "he maintained his criticism of NATO"),
    ("tf1info", '''Depuis, l'Otan a reçu "un électrochoc" qui l'aurait tiré de cette léthargie, a assuré le chef de l'État fin mars.''',
     N, NO, EM, "a judgement on NATO's health, neither criticism nor a position on France's membership"),

    # ---- businessam (May 2022): from the first body sentence; the run ends before the cut LFI quotation
    ("businessam", '''La nomination de Jean-Luc Mélenchon au poste de Premier ministre français – encore faut-il que cela arrive, bien sûr – pourrait bien avoir un impact sur l’adhésion de la France à l’OTAN.''',
     N, NO, OUTLET, "the outlet's prediction"),
    ("businessam", '''L’homme fort du mouvement France Insoumise souhaite en effet soumettre au Parlement la question d’un possible retrait de l’Alliance.''',
     N, DR, JLM, "submitting 'the question of a possible withdrawal' to Parliament raises the question without answering it in the sentence"),
    ("businessam", '''La France est membre de l’Organisation du traité de l’Atlantique Nord depuis 1949 et membre du Commandant armé depuis 2009, suite à la réintégration du pays par Nicolas Sarkozy.''',
     N, NO, OUTLET, "background facts; Sarkozy's return is a passing mention in a subordinate phrase (guideline 4.4); 'Commandant armé' sic"),
    ("businessam", '''Une adhésion qui pourrait bientôt prendre fin si Jean-Luc Mélenchon est nommé Premier ministre par le président Emmanuel Macron, alors que la Finlande et la Suède ont soumis leur candidature.''',
     N, NO, OUTLET, "the outlet's prediction, not anyone's stated position"),
    ("businessam", '''Un souhait qu’il n’a jamais caché, mais le leader de la gauche radicale a tout de même nuancé sa pensée ce jeudi, lors d’une conférence de presse présentant le programme politique de la NUPES – une coalition de groupes de gauche –, indiquant qu’une « sortie immédiate » de l’OTAN ne serait tout de même pas à l’ordre du jour.''',
     F, LA, JLM, "'un souhait qu'il n'a jamais caché' (= ending France's NATO membership, previous sentence) keeps the aim in the same sentence as the deferral of an immediate exit: FAVOR (guideline 4.2)"),
    ("businessam", '''Il faut dire que la question est l’un des points de divergences au sein de la NUPES.''', N, NO, OUTLET, ""),
    ("businessam", '''Le document distribué aux journalistes lors de la conférence de presse n’en faisait d’ailleurs pas référence, comme le rapporte Euractiv, preuve que l’adhésion de tous les membres n’est pas acquise sur ce point.''', N, NO, OUTLET, ""),
    ("businessam", '''Le document préconise plutôt à « réaffirmer que l’ONU est le seul organe légitime pour la sécurité collective à l’échelle mondiale ».''',
     N, DR, "NUPES", "the UN as the only legitimate collective-security body: implicit challenge to NATO's role, no exit call"),
    ("businessam", '''Pour Mélenchon, sortir de l’OTAN permettrait à la France de devenir militairement indépendante, en particulier du géant américain.''',
     F, LA, JLM, "argument that leaving NATO is beneficial, by its advocate (guideline 4.7)"),
    ("businessam", '''Une sortie progressive''', F, LA, JLM,
     "subheading naming Mélenchon's staged exit from NATO (context: the alliance is the end point): FAVOR, speaker resolved from context"),
    ("businessam", '''Si la coalition de gauche venait à gagner les élections et que Mélenchon venait à être nommé Premier ministre, le parlement serait invité à voter sur l’adhésion ou la sortie de l’OTAN.''',
     N, DR, JLM, "a parliamentary vote on membership or exit: raises the question without answering it"),

    # ---- publicsenat (2017): headline, then chapô; repeated headline, 'Public Sénat' credit, reading time and date labels, and an embedded video title with its duration skipped
    ("publicsenat", '''Défense : Mélenchon veut sortir de l’OTAN et parler avec la Russie''', F, LA, JLM, "headline 'Statement: Speaker' form, reported"),
    ("publicsenat", '''Sortie de l’OTAN, conférence des frontières, service national obligatoire et piques à ses concurrents  de la présidentielle, Jean-Luc Mélenchon présentait, ce vendredi, son projet de Défense.''',
     F, LA, JLM, "the repeated headline before it was skipped; 'Sortie de l'OTAN' is listed as part of the project he presented (double space sic)"),
    ("publicsenat", '''Dans les locaux de l’Institut de Relations Internationales et Stratégiques (IRIS), Jean-Luc Mélenchon a présenté son programme « Défense et géopolitique » sobrement intitulé « Une France indépendante au service de la Paix ».''',
     N, NO, JLM, "the 'Public Sénat' credit and the reading-time / date labels before it were skipped; only says what he presented"),
    ("publicsenat", '''Le hasard du calendrier a voulu que François Fillon présente au même moment son propre projet Défense.''', N, NO, OUTLET, ""),
    ("publicsenat", '''Les deux candidats à l’élection présidentielle ont même poussé la similitude jusqu’à user des mêmes éléments de langage pour moquer la proposition d’un service national d’un mois prôné par Emmanuel Macron.''', N, NO, OUTLET, ""),
    ("publicsenat", '''« La colonie de vacances » pour Jean-Luc Mélenchon, des « centres aérés » où les jeunes pourront « gambader » pour le candidat LR.''',
     N, NO, "Jean-Luc Mélenchon; François Fillon", "national service, another topic"),
    ("publicsenat", '''Le leader de la France Insoumise estime qu’une telle proposition conduit à se « moquer » des jeunes.''', N, NO, JLM,
     "an embedded video title with its duration ('00:33') before it was skipped"),
    ("publicsenat", '''« Vous pouvez leur demander, l’impôt du temps, vous pouvez leur demander des sacrifices, vous pouvez  leur demander de la volonté, ils y sont prêts » a-t-il estimé.''', N, NO, JLM, "double space sic"),
    ("publicsenat", '''En conséquence, Jean-Luc Mélenchon propose  un service national obligatoire d’une durée comprise entre neuf et douze mois pour les 18-25 ans.''', N, NO, JLM, "double space sic"),
    ("publicsenat", '''Les jeunes concernés pourront effectuer leur service dans le civil ou le militaire en échange « d’une allocation d’autonomie équivalente au SMIC ».''', N, NO, JLM, ""),
    ("publicsenat", '''Autre mesure choc du candidat de la France Insoumise : le retrait immédiat de la France du commandement intégré de l’OTAN.''',
     F, LC, JLM, "only the command is named in this sentence: leave_command"),

    # ---- ivoirecanal (2022): from the first line under the title; the run ends before a cut sentence
    ("ivoirecanal", '''Annonce du retrait de la France de l’Organisation du traité de l’Atlantique Nord''', F, LC, CDG,
     "heading naming de Gaulle's 1966 announcement (named in the next sentence); his act is leave_command (guideline 3) although the heading says 'Organisation'"),
    ("ivoirecanal", '''Dans une lettre qu’il fait parvenir au président des États-Unis, Lyndon Johnson, le président français Charles de Gaulle annonce que son pays va se retirer de la structure militaire intégrée de l’Organisation du traité de l’Atlantique Nord (OTAN).''',
     F, LC, CDG, "de Gaulle's announcement (guideline 4.3)"),
    ("ivoirecanal", '''L’OTAN est une alliance mise sur pied le 4 avril 1949, dans le contexte de la Guerre froide.''', N, NO, OUTLET, ""),
    ("ivoirecanal", '''La France en fait partie avec plusieurs pays européens, ainsi que le Canada et les États-Unis.''', N, NO, OUTLET, "bare fact"),
    ("ivoirecanal", '''Peu de temps après son accession à la présidence, en 1958, Charles de Gaulle exprime le désir de modifier le fonctionnement de l’OTAN.''',
     N, DR, CDG, "a wish to reform NATO, no exit"),
    ("ivoirecanal", '''Sa proposition de former une direction à trois, avec les États-Unis et le Royaume-Uni, reste toutefois lettre morte.''',
     N, DR, CDG, "his reform proposal (tripartite directorate)"),
    ("ivoirecanal", '''Par la suite, la France se dote de sa force de frappe atomique et adopte une attitude plus autonomiste, retirant notamment du commandement de l’OTAN ses forces navales en Méditerranée et dans l’Atlantique.''',
     N, NO, OUTLET, "country as the subject of a historical fact, no person deciding or arguing (guideline 4.4, section 5)"),
    ("ivoirecanal", '''Après sa réélection, en décembre 1965, de Gaulle va encore plus loin.''', N, NO, CDG, "transition; what he does is in the next sentences"),
    ("ivoirecanal", '''Lors d’une conférence de presse, le 21 février 1966, il reconnaît la validité du traité de 1949, mais ajoute « que les mesures d’application qui ont été prises par la suite ne répondent plus à ce qu’elle (la France) juge satisfaisant, pour ce qui la concerne, dans les conditions nouvelles.»''',
     N, DR, CDG, "keeps the treaty, criticises the integrated arrangements, but announces no withdrawal in this sentence"),
    ("ivoirecanal", '''Le 7 mars, le président fait parvenir à son homologue américain, Lyndon Johnson, une lettre dans laquelle il réaffirme la volonté de son pays de « recouvrer sur son territoire l’entier exercice de sa souveraineté ».''',
     N, DR, CDG, "sovereignty over French territory: the command withdrawal itself is announced in the next sentence"),
    ("ivoirecanal", '''Dans cette optique, il confirme le retrait éventuel des forces françaises affectées au commandement de l’alliance, le départ des troupes et installations étrangères sur le territoire français ainsi que la fin de l’utilisation de l’espace aérien national par l’OTAN.''',
     F, LC, CDG, "de Gaulle confirms the withdrawal of French forces from the alliance's command: his act, command only"),
    ("ivoirecanal", '''La nouvelle a un grand retentissement.''', N, NO, OUTLET, ""),

    # ---- franceinter_affaires (programme page, 14 Feb 2018): from the episode title; two photo captions after it and the programme's partnership line after the run skipped
    ("franceinter_affaires", '''« Le jour où… la France a quitté le commandement militaire intégré de l’OTAN ».''', N, NO, OUTLET, "episode title: bare fact, country as subject"),
    ("franceinter_affaires", '''Le 21 février 1966 – lors d’une grande conférence de presse – le Général de Gaulle annonce « qu’au terme de la prochaine échéance de ses engagements avec l’Alliance atlantique, les soldats français quitteront le giron de l’OTAN et que toutes les forces militaires étrangères – stationnées sur le territoire national – passeront sous commandement français » !''',
     F, LC, CDG, "two photo captions before it were skipped; de Gaulle's 1966 announcement (guideline 4.3); 'le giron de l'OTAN' is the military organisation (France stayed in the alliance, as the page says), so leave_command"),
    ("franceinter_affaires", '''Dans les milieux diplomatiques, la nouvelle provoque une onde de choc…''', N, NO, OUTLET, "split at the ellipsis followed by a capital"),
    ("franceinter_affaires", '''Dans la presse également, mais c’est sans conteste aux États-Unis que l’émotion est la plus grande !''', N, NO, OUTLET, ""),
    ("franceinter_affaires", '''À Washington – en effet – le président Johnson fustige l’attitude de la France !''',
     A, ST, LBJ, "an opponent's reaction to France's withdrawal from the command (guideline 4.10): he condemns the exit"),
    ("franceinter_affaires", '''Car en plein contexte de guerre froide – et d’affrontement est-ouest – la décision prise par Paris est vécue outre-Atlantique, comme une trahison !''',
     A, ST, "unnamed: Americans", "debatable: the US reaction condemning the withdrawal as a betrayal = rejection of the exit, attributed to 'outre-Atlantique'"),
    ("franceinter_affaires", '''Aujourd’hui – plus de 70 ans après les faits – l’affaire de la « sortie de la France du commandement intégré de l’OTAN » reste encore très mal comprise...''',
     N, NO, OUTLET, "'plus de 70 ans' sic"),
    ("franceinter_affaires", '''Perçue le plus souvent comme un acte de politique étrangère brutal.''', N, NO, OUTLET, ""),
    ("franceinter_affaires", '''On l’associe à une rupture définitive de la France avec l’Alliance atlantique...''', N, NO, OUTLET, "vague 'on': the outlet's account of a common view"),
    ("franceinter_affaires", '''Pourtant – on va le voir – il n’en est rien !''', N, NO, OUTLET, ""),
    ("franceinter_affaires", '''En vérité, la France n’a jamais quitté l’OTAN !''', N, NO, OUTLET, "bare fact"),

    # ---- lorientlejour (July 2018): from the headline; search box and 'Dernières Infos' menu before it skipped; the run ends before a cut quotation
    ("lorientlejour", '''Macron appelle les alliés à "ne pas fragiliser" l'OTAN''', N, NO, EM,
     "search box and menu before it skipped; an appeal to the allies for NATO's cohesion says nothing about France's membership (mirror of distance_or_reform, not stay)"),
    ("lorientlejour", '''Emmanuel Macron a appelé mercredi les membres de l'OTAN à "ne pas fragiliser l'Alliance", sur fond de tensions entre Donald Trump et Angela Merkel sur les engagements financiers dans la défense collective, a déclaré l'Elysée.''',
     N, NO, EM, "as the headline: support for NATO's unity, no position on France leaving or staying"),
    ("lorientlejour", '''Le chef de l'Etat a "appelé" les dirigeants des 28 autres Etats membres de l'OTAN à "ne pas fragiliser l'Alliance", à l'occasion de la première réunion dans le cadre du sommet qui s'est ouvert en début d'après-midi au siège de cette organisation à Bruxelles, selon la présidence.''',
     N, NO, EM, ""),
    ("lorientlejour", '''Cette réunion à huis clos s'est ouverte dans "une ambiance générale plutôt bonne et constructive", a souligné l'Elysée.''', N, NO, ELY, ""),
    ("lorientlejour", '''Les heures précédentes avaient été marquées par de nouvelles critiques de Donald Trump, qui s'en est pris à l'Allemagne, jugeant qu'elle était "complètement contrôlée par la Russie".''', N, NO, DT, ""),
    ("lorientlejour", '''Au cours de sa courte intervention, le président français a averti qu'une désunion de l'OTAN "serait à terme la source de dépenses encore plus importantes" pour ses membres, confrontés alors à un "contexte encore plus incertain" en Europe.''',
     N, NO, EM, "warns against NATO disunity; nothing about France leaving"),
    ("lorientlejour", '''Pour lui, même si les médias parlent beaucoup de désunion, l'OTAN "démontre sa capacité à faire et à rassurer" et que "la réaction des Alliés a été à la hauteur des défis posés par l'environnement stratégique" ces dernières années, selon l'Elysée.''',
     N, NO, EM, "praise of NATO, not a statement about France's membership"),
    ("lorientlejour", '''Pour l'avenir de l'Organisation, Emmanuel Macron a insisté sur quatre priorités : la "crédibilité des moyens de défense collective", "l'efficacité dans la lutte contre le terrorisme et dans les opérations", "la modernité dans la gestion des ressources", pour laquelle l'OTAN doit être "exemplaire", et "l'unité de l'Alliance", a précisé la présidence française.''',
     N, NO, EM, "priorities to improve NATO, not a loosening of France's alignment"),

    # ---- journaltransalpin (28 Nov 2019): from the first body sentence; the run is ended early, before the 'Proclamer son attachement' quotation (size)
    ("journaltransalpin", '''Emmanuel Macron a reçu le 28 novembre à l’Elysée le secrétaire général de l’Otan, Jens Stoltenberg, trois semaines après ses propos sur la “mort cérébrale” de l’Alliance.''',
     N, NO, OUTLET, "narration of a meeting; 'brain death' is a passing mention"),
    ("journaltransalpin", '''Un entretien qu’il a dit “assumer totalement” lors d’une conférence de presse au côté de Jens Stoltenberg : “Il fallait peut-être un ‘wake-up call’, il a été donné, je m’en félicite.”''',
     N, DR, EM, "he stands by the 'brain death' interview"),
    ("journaltransalpin", '''En bousculant l’Alliance, qui se réunit le 3 et 4 décembre à Londres pour le sommet de ses 70 ans, le président français entend nourrir un débat sur ses orientations stratégiques.''',
     N, DR, EM, "shaking the alliance to open a debate on its strategy"),
    ("journaltransalpin", '''La lutte antiterroriste au Sahel se mesure à cette aune selon lui.''', N, NO, EM,
     "a line break inside the sentence ('selon / lui') in the excerpt was replaced by a space"),
    ("journaltransalpin", '''Pour Emmanuel Macron, l’avenir de l’Otan impose une “clarification sur notre ennemi commun.''',
     N, DR, EM, "questioning NATO's strategic orientation (its common enemy); the quotation runs over two sentences"),
    ("journaltransalpin", '''Le terrorisme qui a frappé chacun de nos pays : c’est contre les groupes terroristes que les militaires français se battent au Sahel.”''', N, NO, EM, ""),
    ("journaltransalpin", '''“L’engagement de la France au Sahel”, a-t-il souligné, “se fait au service de notre sécurité collective : c’est cela agir pour la sécurité de ses alliés, être à la hauteur de ses responsabilités militaires et opérationnelles”.''',
     N, NO, EM, "France's operations presented as serving collective security; no position on membership"),

    # ---- observatoire_rn (June 2024): from the headline; the byline and the repeated headline after it skipped; the run ends before a cut sentence
    ("observatoire_rn", '''L'extrême droite française retire un manifeste qui incluait la Russie controversée et les projets de l'OTAN''',
     N, NO, RN, "dropping an exit proposal is not a call to stay: NONE (like a deferral)"),
    ("observatoire_rn", '''PARIS — Alors que le compte à rebours avant les élections anticipées en France est en cours, le Rassemblement national vacille-t-il sur son programme de défense favorable à la Russie ?''',
     N, NO, OUTLET, "the byline 'Martin Goujon' and the repeated headline before it were skipped; dateline kept as part of the sentence"),
    ("observatoire_rn", '''Le parti d’extrême droite a discrètement retiré de son site Internet une partie de son offre de politique de défense, supprimant les sections proposant un approfondissement des relations diplomatiques avec la Russie, l’arrêt des projets de coopération avec l’Allemagne et la sortie du commandement militaire intégré de l’OTAN.''',
     N, NO, RN, "the party removes the command-exit proposal from its site: no exit call now, and no call to stay"),
    ("observatoire_rn", '''Alors que le Rassemblement national semble prêt à réaliser des gains parlementaires importants, ouvrant ainsi la porte à une entrée au gouvernement, le parti cherche à renforcer sa crédibilité sur la scène mondiale avant que les électeurs français ne se rendent aux urnes les 30 juin et 7 juillet.''',
     N, NO, OUTLET, "the outlet's analysis"),
    ("observatoire_rn", '''Les propositions supprimées provenaient de la campagne présidentielle de Marine Le Pen en 2022, au cours de laquelle son parti avait présenté 17 brochures thématiques décrivant ses propositions dans tous les domaines politiques.''', N, NO, OUTLET, ""),
    ("observatoire_rn", '''Alors que 16 brochures restent en ligne, celle sur la défense a été supprimée de la page Web quelque temps après le 11 juin.''', N, NO, OUTLET, ""),
    ("observatoire_rn", '''Elle est toujours disponible en ligne sur une page qui n’est plus liée au site Internet du parti.''', N, NO, OUTLET, ""),
    ("observatoire_rn", '''Dans son manifeste, le Rassemblement national prônait la distance par rapport à Washington tout en essayant de dialoguer avec Moscou.''',
     N, DR, RN, "distance from Washington, dialogue with Moscow: no exit call in the sentence"),
    ("observatoire_rn", '''Constatant que Washington « ne se comporte pas toujours en allié de la France », Le Pen proposait en 2022 dans son programme de rechercher « une alliance avec la Russie sur certaines questions », comme la sécurité européenne ou la lutte contre le terrorisme.''',
     N, DR, MLP, "rapprochement with Russia and criticism of the US ally"),

    # ---- lifelines_bardella (spring 2024): from the headline; the run is ended early, after «Si la guerre est toujours en cours, non» (size)
    ("lifelines_bardella", '''Ukraine : Bardella n’est plus en faveur d’une sortie du commandement intégré de l’Otan en 2027 «si la guerre est toujours en cours»''',
     N, NO, JB, "headline: a conditional deferral; no exit aim is kept in the sentence"),
    ("lifelines_bardella", '''Changement de pied au Rassemblement national.''', N, NO, OUTLET, ""),
    ("lifelines_bardella", '''Dans son programme présidentiel de 2022, Marine Le Pen ambitionnait, si elle était élue à la fonction suprême, que la France prenne sur le plan militaire «la mesure de ses responsabilités et opte pour une politique des mains libres».''',
     N, DR, MLP, "'a free-hands policy' is non-alignment; the command exit is only spelled out in the next sentence"),
    ("lifelines_bardella", '''«Cela suppose que la France se retire du commandement intégré de l'OTAN», exhortait la prétendante nationaliste.''',
     F, LC, MLP, "explicit exit from the command (2022 programme), quoted verbatim"),
    ("lifelines_bardella", '''Mais l’enlisement de la guerre en Ukraine depuis deux ans a eu raison de la position du parti à la flamme.''', N, NO, OUTLET, "the outlet's narration of the party dropping its position"),
    ("lifelines_bardella", '''Qui, confronté à la nouvelle donne géopolitique, n’en finit plus de devoir ajuster ses anciennes propositions.''', N, NO, OUTLET, ""),
    ("lifelines_bardella", '''Invité jeudi soir du «PlayBook Paris Election« de Politico, dans le cadre de la campagne des européennes, le président du Rassemblement national a opéré un léger virage.''',
     N, NO, JB, "says that he shifted, not what he said; closing guillemet '«' sic"),
    ("lifelines_bardella", '''Bien loin d’être anodin.''', N, NO, OUTLET, ""),
    ("lifelines_bardella", '''Dans l’hypothèse où le RN accéderait au pouvoir en 2027, la France quitterait-elle le commandement militaire intégré de l’alliance atlantique - instance qu’elle avait réintégrée en 2008 sous la présidence Sarkozy ?''',
     N, NO, OUTLET, "the interviewer's question as narrated; the return is a passing mention ('2008' sic)"),
    ("lifelines_bardella", '''«Si la guerre est toujours en cours, non», a répliqué l’eurodéputé du RN.''',
     N, NO, JB, "conditional refusal = deferral, not a wish to stay (guideline 4.2)"),

    # ---- nhk (13 Feb 2024): from the headline to the end of the excerpt
    ("nhk", '''Les alliés de l’OTAN décrient les propos de Donald Trump''', N, NO, "unnamed: NATO allies", ""),
    ("nhk", '''Les commentaires controversés de l'ancien président américain Donald Trump sur les membres de l'OTAN ont suscité de vives réactions de la part des dirigeants européens.''', N, NO, OUTLET, ""),
    ("nhk", '''Samedi, Donald Trump a révélé que lorsqu'il était au pouvoir, il avait déclaré que les États-Unis pourraient ne pas protéger leurs alliés de l'OTAN dans le cas d’une attaque russe, à moins qu'ils n'atteignent leurs objectifs de dépenses de défense.''',
     N, NO, DT, "the US's guarantee, not France's membership"),
    ("nhk", '''Lundi, le chancelier allemand Olaf Scholz a déclaré aux journalistes que la promesse de protection de l'OTAN était absolument valable pour tous les pays membres.''', N, NO, "Olaf Scholz", ""),
    ("nhk", '''Il a déclaré que relativiser l'aide de l'OTAN était irresponsable et dangereux, et que cela ne servait que les intérêts de la Russie.''', N, NO, "Olaf Scholz", ""),
    ("nhk", '''La ministre néerlandaise de la Défense, Kajsa Ollongren, a elle aussi réagi lundi.''', N, NO, OUTLET, "only says that she reacted"),
    ("nhk", '''Par le biais de l'agence de presse Reuters, elle a souligné que les propos de Donald Trump correspondent exactement à ce que le président russe Vladimir Poutine aime entendre.''', N, NO, "Kajsa Ollongren", ""),
    ("nhk", '''Elle a rappelé : « Notre force réside dans notre unité.''', N, NO, "Kajsa Ollongren", "the quotation runs over two sentences"),
    ("nhk", '''Et si nous ne sommes pas unis, cela nous affaiblit. »''', N, NO, "Kajsa Ollongren", ""),
    ("nhk", '''Le ministre français des Affaires étrangères, Stéphane Séjourné, a déclaré lors d'une conférence de presse qu'il ne cesserait de convaincre tous les dirigeants de la pertinence de l'alliance de l'OTAN.''',
     N, NO, SS, "hard call: defending NATO's relevance is the mirror of 'NATO has lost its relevance' (distance_or_reform), not a statement that France should stay"),
    ("nhk", '''Il a prévenu que chaque minute compte pour préparer les Européens à absorber le choc du scénario esquissé par Donald Trump.''',
     N, DR, SS, "preparing Europeans for a US disengagement: European defence autonomy, no exit call"),

    # ---- likepage (January 2019): from the headline to the end of the excerpt
    ("likepage", '''L’OTAN sous la menace des « foucades » de Donald Trump''', N, NO, OUTLET, ""),
    ("likepage", '''Donald Trump a assuré, jeudi 17 janvier, qu’il soutenait « à 100 % »l’Organisation du traité de l’Atlantique nord (OTAN).''',
     N, NO, DT, "the US's support, not France's membership; missing space '»l’' sic"),
    ("likepage", '''Il réitérait toutefois son appel aux pays européens membres de l’Alliance pour qu’ils augmentent leurs dépenses militaires.''', N, NO, DT, ""),
    ("likepage", '''« Vous devez changer de braquet et vous devez payer », déclarait le président depuis le Pentagone, dans un discours sur la stratégie de défense des Etats-Unis qui, ajoutait-il, ne peuvent plus être « l’idiot des autres ».''', N, NO, DT, ""),
    ("likepage", '''De ces propos aux formules imagées, les Européens auront surtout retenu la nouvelle mise en garde.''', N, NO, OUTLET, ""),
    ("likepage", '''Elle arrivait après un long article du New York Times : le 16 janvier, le quotidien détaillait, sur la base de témoignages – y compris de membres de l’entourage présidentiel s’exprimant anonymement –, la vision d’un homme intimement convaincu que l’organisation transatlantique ne représente qu’une charge inutile pour son pays.''',
     N, NO, "The New York Times", "Trump's view of NATO as a burden for the US: another country's membership (guideline 4.5)"),
    ("likepage", '''Et qui pourrait décider un jour que les Etats-Unis vont la quitter…''', N, NO, "The New York Times",
     "a possible US exit: another country (guideline 4.5)"),

    # ---- 20minutes (3 April 2009): from the headline; the run is ended before the Bayrou paragraph (size)
    ("20minutes", '''En France, le camp du non à la réintégration ne désarme pas''', F, LC, "unnamed: opponents of the reintegration",
     "headline: the opponents keep opposing France's return to the command = opposing the 2009 return (guideline 4.1)"),
    ("20minutes", '''Finie l'union libre, on se remet la bague au doigt.''', N, NO, OUTLET, "the outlet's metaphor for the return, nobody's position"),
    ("20minutes", '''Le retour de la France dans l'Alliance atlantique, qui doit être officialisé lors du sommet de l'Otan aujourd'hui et demain en Alsace, continue de créer la polémique au sein de la scène politique intérieure.''',
     N, NO, OUTLET, "refers to the return only to say it is controversial"),
    ("20minutes", '''Que ce soit dans l'opposition ou chez les souverainistes, ils sont encore nombreux à ne pas rendre les armes, malgré la confiance votée au gouvernement le 17 mars après un débat mouvementé à l'Assemblée nationale.''',
     F, LC, "unnamed: opposition and sovereignist politicians", "'ne pas rendre les armes' = keep fighting the return (headline frame); the confidence vote is in a concessive clause"),
    ("20minutes", '''Cela n'a clairement pas suffi.''', N, NO, OUTLET, ""),
    ("20minutes", '''Ainsi, Dominique de Villepin a fait salle comble mercredi soir au Palais-Bourbon, où il était convié par ses partisans à parler de l'Otan.''', N, NO, OUTLET, "only says that he spoke about NATO"),
    ("20minutes", '''Une invitation que l'ancien Premier ministre ne pouvait pas refuser.''', N, NO, OUTLET, ""),
    ("20minutes", '''« Dans la vie, nos actes nous suivent, a-t-il déclaré.''', N, NO, DDV, "the quotation runs over four sentences"),
    ("20minutes", '''Le retour complet dans l'Otan, voilà un acte qui suivra le président de la République.''',
     N, DR, DDV, "hard call: a warning that Sarkozy will answer for the return; it questions the return but does not say it is wrong or should be undone"),
    ("20minutes", '''Il est comptable des paris qu'il fait.''', N, NO, DDV, ""),
    ("20minutes", '''Les Français pourront juger. »''', N, NO, DDV, ""),
    ("20minutes", '''La décision de Nicolas Sarkozy est très contestée par la gauche aussi.''', F, LC, "unnamed: the left",
     "the left contests the return decision = opposing the 2009 return (guideline 4.1)"),
    ("20minutes", '''Pour Martine Aubry, première secrétaire du Parti socialiste, « rien ne justifie » le retour complet de la France dans l'Otan, « si ce n'est un atlantisme qui devient une idéologie ».''',
     F, LC, "Martine Aubry", "'nothing justifies' the full return: opposing the 2009 return"),
    ("20minutes", '''Car les craintes qui reviennent le plus souvent sont celles d'une perte d'autonomie et d'un alignement sur les positions américaines les plus radicales.''',
     N, DR, "unnamed: opponents of the return", "fears of lost autonomy and alignment on the US: distance, the opposition itself is not restated"),
    ("20minutes", '''Lors du débat parlementaire le mois dernier, Laurent Fabius (PS) avait souligné que la France n'aurait jamais pu s'opposer à la guerre en Irak si elle avait été pleinement intégrée à l'Otan.''',
     F, LC, "Laurent Fabius", "argument that full integration is harmful, made in the debate against the return: opposing the 2009 return"),

    # ---- 2villepin (3 April 2009, citing France Soir): from the first body sentence; the closing 'Source: France Soir' credit skipped
    ("2villepin", '''C’est sur le thème de « la France et l’Otan » que Dominique de Villepin a choisi de faire sa première réunion publique depuis son départ de Matignon, mercredi à l’Assemblée nationale.''', N, NO, OUTLET, ""),
    ("2villepin", '''Justifiant « avec émotion » son opposition au retour officiel de Paris dans le commandement intégré de l’Alliance, l’ancien Premier ministre a longuement déploré la « rupture » sarkozyste avec « l’héritage gaulliste », qui donnait à « la voix de la France une portée singulière ».''',
     F, LC, DDV, "his opposition to the return to the command (guideline 4.1)"),
    ("2villepin", '''« Quelle écoute lui donnera-t-on maintenant ? » s’est-il interrogé.''',
     N, DR, DDV, "rhetorical question on France's voice after the return: implicit, no statement against the return in the sentence"),
    ("2villepin", '''« Le Président s’est préoccupé très tôt de la place qu’il occupera sur la photo » mais « pour ce qui est de l’influence, c’est quelque chose de beaucoup plus complexe », a souligné Dominique de Villepin devant les 300 invités de ses six députés villepinistes.''',
     N, DR, DDV, "doubts the influence argument for the return, without saying it should be undone"),
    ("2villepin", '''« J’en connais d’autres qui ont commencé avec moins que ça », a-t-il ironisé.''', N, NO, DDV, ""),
    ("2villepin", '''« Une solution commode, mais pas courageuse »''', N, DR, DDV, "subheading quoting his criticism of NATO"),
    ("2villepin", '''Pour Dominique de Villepin, la décision du chef de l’Etat intervient « à contre temps », le monde bipolaire ayant vécu, à « contresens de l’histoire », la défense européenne lui semblant plus pertinente, et surtout « à contre-emploi et contre-nature », notre « spécificité diplomatique » tenant à « la vocation de la France d’être un trait d’union » entre tous les peuples.''',
     F, LC, DDV, "the return decision judged untimely and 'contre-nature': opposing the 2009 return"),
    ("2villepin", '''Soulignant que l’Otan est une organisation militaire, sous l’égide des Etats-Unis, il considère que « l’Alliance paralyse le traitement politique des crises ».''', N, DR, DDV, ""),
    ("2villepin", '''« Il est plus facile d’envoyer des soldats en Afghanistan que de se poser les questions politiques », a-t-il jugé, estimant que « l’Otan est une solution commode, mais pas courageuse ».''', N, DR, DDV, ""),
    ("2villepin", '''Selon lui, Nicolas Sarkozy a fait un pari dont il est « comptable » devant les citoyens, car « dès lors qu’il y a pari, il y a risque ».''',
     N, DR, DDV, "the return called a risky bet: questions it without saying it should be undone (as Villepin's 'acte qui suivra le président' on the 20 Minutes page)"),

    # ---- rakotoarison (reprint of a Le Monde column of 20.06.08): from the title line; the '(dépêche)' tag before it and the 'LE MONDE | date' line and 'Chronique' kicker after it skipped; the run is ended early, after the 1966 sentence (size)
    ("rakotoarison", '''Nicolas Sarkozy et l'OTAN : gaulliste ou gaullien ?, par Patrick Jarreau''', N, NO, OUTLET,
     "title line with byline; the '(dépêche)' tag before it skipped"),
    ("rakotoarison", '''Un des paradoxes de ce président, à tant d'égards étrange et si décalé par rapport à l'idée que les Français ont de sa fonction, est qu'il a, pour sa présidence, les plus hautes ambitions.''',
     N, NO, OUTLET, "the 'LE MONDE | 20.06.08' date line and the 'Chronique' kicker before it were skipped"),
    ("rakotoarison", '''Il n'est pas seulement gaulliste, il l'est absolument.''', N, NO, OUTLET, ""),
    ("rakotoarison", '''C'est-à-dire qu'il est gaullien.''', N, NO, OUTLET, ""),
    ("rakotoarison", '''Nicolas Sarkozy n'a rien de ce que le chef de la France libre devait à sa culture, au métier militaire, à son caractère et, par-dessus tout, à sa rencontre avec l'Histoire.''', N, NO, OUTLET, ""),
    ("rakotoarison", '''Mais il ne s'en juge pas moins capable d'une audace égale à celle dont fit preuve le général quand il revint au pouvoir, en 1958, et entreprit de transformer le pays pour lui faire épouser son siècle.''', N, NO, OUTLET, ""),
    ("rakotoarison", '''De cette audace, la décision de retirer les forces françaises de l'organisation militaire de l'OTAN, en 1966, a été un des accomplissements les plus extraordinaires.''',
     N, NO, OUTLET, "the columnist's assessment of the 1966 decision as history; de Gaulle is not narrated acting in the sentence (guideline 4.4), and no one says France should leave now"),

    # ---- histoireetsociete (9 Nov 2019, PCF press release reprinted on a blog): the release from its first sentence to the end of the excerpt
    ("histoireetsociete", '''Dans une interview au journal « The Economist », le Président Macron affirme que « l’Otan est en état de mort cérébrale ».''', N, DR, EM, ""),
    ("histoireetsociete", '''Contre l’acharnement thérapeutique, le PCF demande la sortie de la France de l’OTAN.''', F, LA, PCF, ""),
    ("histoireetsociete", '''Le président de la République fait enfin le constat que dans l’Alliance atlantique, les États-Unis commandent et les Européens obéissent.''',
     N, DR, PCF, "the release's own reading of Macron's words: criticism of US dominance in NATO; the text is the PCF's, so the PCF is the holder"),
    ("histoireetsociete", '''Macron prend conscience que Trump ne veut sauver ni la paix, ni la liberté, ni la démocratie en Europe et pour lui, l’OTAN est synonyme de guerre.''', N, DR, PCF, ""),
    ("histoireetsociete", '''Le chef de l’État voulait un pilier européen de l’OTAN dirigé par la France, traitant d’égal à égal avec les États-Unis, il est aujourd’hui bien obligé de reconnaître l’évidence : Le Pentagone ne partagera jamais son pouvoir absolu sur l’OTAN.''',
     N, DR, PCF, "Macron's former aim (a French-led European pillar) is background; the sentence's claim is the PCF's: the Pentagon dominates NATO"),
    ("histoireetsociete", '''Il continuera à rendre les armées européennes de plus en plus dépendantes de son système militaire pour le plus grand bénéfice du complexe militaro industriel étatsuniens.''', N, DR, PCF, ""),
    ("histoireetsociete", '''Depuis la chute du mur de Berlin, l’OTAN est passé de la guerre froide à la guerre chaude : Kosovo, Afghanistan, Lybie…''', N, DR, PCF, ""),
    ("histoireetsociete", '''Elle porte la responsabilité de la relance de la course aux armements nucléaires.''', N, DR, PCF, ""),
    ("histoireetsociete", '''L’installation de bases anti-missile a dés lors provoqué la rupture du Traité d’interdiction des missiles nucléaires de portées intermédiaires.''', N, DR, PCF, "criticism of NATO missile defence"),
    ("histoireetsociete", '''Au mépris de la parole donnée, l’OTAN poursuit une politique d’encerclement de la Russie qui, en multipliant les manœuvres militaires provocatrices, crée une situation de tension extrême qui pourrait déboucher sur un casus belli si l’Ukraine et la Géorgie venaient à intégrer l’Alliance Atlantique.''',
     N, DR, PCF, "opposes NATO's eastward policy and enlargement"),
    ("histoireetsociete", '''Elle a cautionné l’agression militaire turque contre la Syrie et les Kurdes, par la voix de son secrétaire général.''', N, DR, PCF, ""),
    ("histoireetsociete", '''Cette aventure guerrière en Syrie, n’est qu’une partie de la menace concrète de guerre que représente l’OTAN.''', N, DR, PCF, ""),
    ("histoireetsociete", '''Pour son indépendance, pour la paix et la sécurité collective du monde, la France doit sortir de l’OTAN.''', F, LA, PCF, ""),

    # ---- franceinfo_roussel (September 2021): from the chapô; a '>>' related-article link skipped; the run ends before the cut sentence on leaving NATO altogether
    ("franceinfo_roussel", '''Le secrétaire national du Parti communiste français et député du Nord estime que "c'est une crise, peut-être la première aussi forte entre la France et les États-Unis depuis la guerre mondiale."''',
     N, NO, FR_, "the submarine (AUKUS) crisis, not NATO"),
    ("franceinfo_roussel", '''Après la crise des sous-marins, "il faut marquer le coup et quitter le commandement intégré" de l'Otan, a déclaré Fabien Roussel, secrétaire national du Parti communiste français et député du Nord, candidat à l’élection présidentielle dimanche 19 septembre sur France Inter et franceinfo.''',
     F, LC, FR_, ""),
    ("franceinfo_roussel", '''C'est un "signal fort que la France devrait renvoyer aujourd'hui" aux États-Unis, d'après lui.''',
     F, LC, FR_, "'C'est' = leaving the integrated command (previous sentence): an argument for the exit by its advocate"),
    ("franceinfo_roussel", '''La rupture par l'Australie du contrat de vente de sous-marins français au profit d'un contrat avec les États-Unis, "c'est une crise, peut-être la première aussi forte entre la France et les États-Unis depuis la guerre mondiale, c'est extrêmement grave", estime Fabien Roussel.''',
     N, NO, FR_, "a '>>' related-article link before it was skipped; AUKUS, not NATO"),
    ("franceinfo_roussel", '''"Il faut en prendre la mesure" car cela n'est "pas qu'une affaire d'argent."''', N, NO, FR_, ""),
    ("franceinfo_roussel", '''"Cette crise fait la démonstration que les États-Unis n'ont pas d'alliés et que leur objectif n'est que de servir leurs propres intérêts stratégiques à eux." Fabien Roussel à franceinfo''',
     N, NO, FR_, "pull quote with its attribution line, kept as one unit as in the excerpt; criticism of the US over AUKUS, not tied to the alliance"),
    ("franceinfo_roussel", '''Dans ce contexte, la France doit envoyer un "signal fort" et "quitter le commandement armé de l'Otan", pour "montrer que la France a besoin de retrouver sa voix et son indépendance en matière de défense et de politique étrangère", affirme le candidat communiste.''',
     F, LC, FR_, ""),
    ("franceinfo_roussel", '''Il souligne qu'avant d'être en conflit "avec les États-Unis, notre soi-disant allié", la France était déjà "en conflit avec la Turquie qui attaque les Kurdes".''',
     N, DR, FR_, "criticism of two NATO allies ('so-called ally'), no exit call in the sentence"),
    # ---- euronews (11 March 2009): from the headline; 'DERNIERE MINUTE' banners before it, and 'Vous lisez:', the repeated headline and 'Taille du texte Aa Aa' after it skipped
    ("euronews", '''Otan : Nicolas Sarkozy se débarasse de l'héritage gaulliste''', A, RD, NS,
     "two 'DERNIERE MINUTE' banners before it skipped; headline narrating Sarkozy's act (the return): his decision carries rejoin_or_deepen (guideline 4.3); 'débarasse' sic"),
    ("euronews", '''Le président français a confirmé implicitement ce mercredi le retour de Paris dans le commandement intégré de l’Alliance atlantique après 43 ans d’absence.''',
     A, RD, NS, "'Vous lisez:', the repeated headline and the text-size widget before it were skipped; Sarkozy confirms the return"),
    ("euronews", '''Cette réintégration  doit être officialisée lors du sommet de l’Otan début avril.''', N, NO, OUTLET,
     "a future formality stated as fact, no actor arguing; double space sic"),
    ("euronews", '''“Le moment est venu pour la France de ne plus s’exclure, a déclaré  le chef de l‘état.''', A, RD, NS,
     "argues for the return; double space and 'l‘état' sic"),
    ("euronews", '''“Notre réflexion stratégique ne peut pas rester figée dans un monde où les conditions de notre sécurité ont radicalement changé (…) Je pense que la condition de son indépendance, c’est d’abord de savoir où est sa famille et que sa famille ne doute pas de vous”.''',
     A, RD, NS, "kept as one unit: the quotation's '(…)' joins the two parts; argument for the return"),
    ("euronews", '''Le chef de l‘état a assuré que la France resterait indépendante et qu’elle conserverait sa “liberté d’appréciation” sur l’envoi de ses troupes.''',
     N, NO, NS, "a reassurance about independence, neither the return itself nor an exit"),
    ("euronews", '''Mais ce retour, qui devrait entraîner le placement de 800 militaires français dans le commandement intégré de l’Otan, provoque des grincements de dents à Paris.''',
     N, NO, OUTLET, "the outlet's assessment that the return is contested (guideline 4.10); no named opponent"),

    # ---- forget_blog (early 2009): from the title; the 'L'avis de Bayrou et l'idée de Sarkozy ...' widget line after the run skipped
    ("forget_blog", '''Sarkozy défend le retour de la France dans l’OTAN , Bayrou le dénonce.''', A, RD, NS,
     "two holders in coordinated clauses (Sarkozy defends the return, Bayrou denounces it); labelled for the first, Sarkozy, who is the subject of the article; space before the comma sic"),
    ("forget_blog", '''A quelques semaines de l’officialisation du retour de la France dans le commandement intégré de l’OTAN, Nicolas Sarkozy a défendu sa décision samedi à Munich : "l’alliance avec les Etats-Unis et l’Alliance ne met pas en cause l’indépendance" de la France, mais «la renforce», a-t-il plaidé, en qualifiant l’OTAN de "famille".''',
     A, RD, NS, "defends his return decision"),
    ("forget_blog", '''Le retour de la France, sortie du commandement intégré sur décision du général de Gaulle en 1966, devrait être officialisé lors du sommet de l’OTAN à Strasbourg-Kehl début avril.''',
     N, NO, OUTLET, "a future formality stated as fact; de Gaulle's decision is a passing mention in an apposition (guideline 4.4)"),

    # ---- tf1info_2024 (June 2024): from the chapô; the run is ended after 'En réalité, ...' because the next sentence
    # (Le Pen's 2022 promise) is a near-duplicate of a sentence of ../stance_train3_fr (endings are only ever cut)
    ("tf1info_2024", '''Le chef de l’État accuse l’extrême droite de vouloir "la sortie de l’Otan".''', A, ST, EM,
     "hard call: accusing opponents of wanting to leave NATO condemns the exit (an opponent's reaction, guideline 4.10)"),
    ("tf1info_2024", '''Directement visés : Reconquête!, qui milite pour la sortie de la France du commandement intégré de l’alliance, et le Rassemblement national, qui la conditionne quant à lui à la fin de la guerre en Ukraine.''',
     F, LC, "Reconquête; National Rally (RN)", "Reconquête campaigns for leaving the command; the RN defers it to the end of the war but keeps it: both leave_command"),
    ("tf1info_2024", '''"Une bataille des valeurs."''', N, NO, EM, "kicker quotation of his press conference"),
    ("tf1info_2024", '''En conférence de presse ce mercredi 12 juin, le chef de l’État a justifié sa décision de dissoudre l’Assemblée nationale et de convoquer des élections législatives anticipées après la défaite de sa majorité aux européennes.''', N, NO, EM, ""),
    ("tf1info_2024", '''Pendant plus d’une heure et demie, Emmanuel Macron a tenté de rallier à son camp les forces politiques, appelées au "rassemblement" pour vaincre les "deux extrêmes".''', N, NO, EM, ""),
    ("tf1info_2024", '''Dans son viseur : la France insoumise d'une part, le Rassemblement national et Reconquête! de l'autre, et notamment leur position sur le plan international.''', N, NO, OUTLET, ""),
    ("tf1info_2024", '''"À l'extrême droite, c'est la sortie de l'Otan et l'ambiguïté à l'égard de la Russie", a martelé le président de la République, remettant sur le tapis la question de l'appartenance de la France à l'Alliance.''',
     A, ST, EM, "hard call: the exit is named as a charge against the far right, i.e. condemned (as the chapô's 'accuse')"),
    ("tf1info_2024", '''Pas de réelle sortie de l'Otan''', N, NO, OUTLET, "subheading: the outlet's fact-check, nobody's position"),
    ("tf1info_2024", '''En réalité, les deux formations d'extrême droite s'opposent davantage à la présence française au sein du commandement intégré de l’Otan (l'organe militaire) qu'à l’Alliance en elle-même.''',
     F, LC, "National Rally (RN); Reconquête", "the outlet describes both parties' opposition to France's presence in the command: leave_command"),
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
    langs = sorted({r["language"] for r in rows})
    out = [f"{len(rows)} sentences from {len(source_ids)} pages (all French; {n_pub} different publishers); "
           f"{min(per_page.values())}–{max(per_page.values())} sentences per page.", ""]
    out += ["**Labels by language**", "", "| label | " + " | ".join(langs) + " | all | share |",
            "|---|" + "---:|" * (len(langs) + 2)]
    for lab in (F, A, N):
        cs = [sum(1 for r in rows if r["label"] == lab and r["language"] == lg) for lg in langs]
        c = sum(cs)
        out.append(f"| {lab} | " + " | ".join(map(str, cs)) + f" | {c} | {100 * c / len(rows):.0f}% |")
    out.append("| **all** | " + " | ".join(str(sum(1 for r in rows if r["language"] == lg)) for lg in langs)
               + f" | {len(rows)} | 100% |")
    out += ["", "**Positions**", "", "| position | label | n |", "|---|---|---:|"]
    for pos in ("leave_alliance", "leave_command", "distance_or_reform", "none", "stay", "rejoin_or_deepen"):
        c = sum(1 for r in rows if r["position"] == pos)
        out.append(f"| {pos} | {LABEL_OF_POSITION[pos]} | {c} |")
    out += ["", "**Sentences per page**", "",
            "| source_id | publisher | sentences | FAVOR | AGAINST | NONE |", "|---|---|---:|---:|---:|---:|"]
    for key, sid in source_ids.items():
        rs = [r for r in rows if r["source_id"] == sid]
        cnt = Counter(r["label"] for r in rs)
        out.append(f"| {sid} | {SOURCES[key][2]} | {len(rs)} | {cnt[F]} | {cnt[A]} | {cnt[N]} |")
    stance = [r for r in rows if r["label"] != N]
    sp = Counter(r["speaker"] for r in stance)
    out += ["", f"**Speakers over FAVOR/AGAINST sentences** ({len(stance)} sentences)", "",
            "| speaker | FAVOR | AGAINST | total |", "|---|---:|---:|---:|"]
    for s, n in sorted(sp.items(), key=lambda kv: (-kv[1], kv[0])):
        fa = sum(1 for r in stance if r["speaker"] == s and r["label"] == F)
        out.append(f"| {s} | {fa} | {n - fa} | {n} |")
    hard = [r for r in rows if r["note"]]
    out += ["", f"**Hard calls and skipped page furniture** ({len(hard)} items with a note; full text in `labels.csv`)", ""]
    for r in hard:
        out.append(f"- `{r['item_id']}` {r['label']}/{r['position']}, {r['speaker']}: {r['note']}")
    return "\n".join(out)


def main():
    rows, source_ids = build()
    md = counts_markdown(rows, source_ids)
    print(md)
    if replace_counts(README, md):
        print(f"\n(updated counts in {README.name})")
    print(f"\nwrote {LABELS_OUT.name} ({len(rows)} rows) and {SOURCES_OUT.name} ({len(source_ids)} rows)")


if __name__ == "__main__":
    main()
