#!/usr/bin/env python3
"""Write the FRENCH stance TRAINING set no. 5: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command" (La France doit sortir de
l'OTAN, ou de son commandement militaire intégré), labelled per sentence following
../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position), including the
2026-12-05 additions of section 5 (canonical collectives, signed opinion pieces, transcripts).

The sentences were copied verbatim from excerpts of public French-language pages (parliamentary
transcripts, news reports, a blog, op-eds / tribunes, a radio interview report) returned by a
search tool over stored copies of public web pages (corpus "pages"), collected 2026-12-05. For each
page one contiguous run of the article body (headline or first body sentence shown onwards) was
taken and EVERY complete sentence of it was labelled, stance-bearing or not. The ITEMS of one
source are in page order. Every URL was claimed with /tmp/stance_claims/claim.sh before use.

Every decision below was made by hand, by an annotator who did not read helpers/stance.py,
helpers/speakers.py, helpers/stance_report.py, data/reference/stance_lexicon.csv,
tests/test_stance*.py, tests/test_speakers*.py, notebooks/02-*.ipynb or data/processed, did not
open the other annotators' new directories, and did not run any classifier. This script holds
those decisions as an explicit table (SOURCES, ITEMS) and contains no heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every speaker is non-empty,
  - every source is used and French, items of one source are contiguous,
  - no source URL is a seed URL (data/raw/manifest.csv) or a URL of any other
    data/annotations/stance*/sources.csv,
  - no two items are near-identical (difflib ratio >= 0.85, lower-cased), also against every
    sentence of any other data/annotations/stance*/labels.csv present when the script runs,
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage (from /work/main):  python3 data/annotations/stance_train5_fr/make_labels.py
"""
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
ITEM_PREFIX, SOURCE_PREFIX = "v", "vs"
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
EZ = "Éric Zemmour"
CDG = "Charles de Gaulle"
NS = "Nicolas Sarkozy"
VP = "Vladimir Putin"
SL = "Sébastien Lecornu"
FA = "François Asselineau"
FRGOV = "French government"
JLM_EZ = "Jean-Luc Mélenchon; Éric Zemmour"
DEP16 = "unnamed: deputy (nosdeputes.fr intervention 284179)"
PSDEP = "unnamed: deputy speaking for the Socialistes et apparentés group"
DEP09 = "unnamed: deputy (2009 debate, associating François-Xavier Villain)"
DEPRET = "unnamed: deputy backing the return (2009 debate)"
SEN = "unnamed: senator (nossenateurs.fr intervention 1635971)"
QDP = "unnamed: author of Le Quotidien du Pharmacien article"
YB = "Yves Bonnet"
JT = "unnamed: author of Le Journal Toulousain article"
GC = "Gérard Charasse"
FB = "François Bayrou"
DDV = "Dominique de Villepin"
NDA_DDV = "Nicolas Dupont-Aignan; Dominique de Villepin"
EM = "Emmanuel Macron"
MODEM = "unnamed: author of MoDem Colombes blog post"
DEP10 = "unnamed: deputy (nosdeputes.fr intervention 545708)"
DEP24 = "unnamed: deputy (nosdeputes.fr intervention 612540)"
GDRDEP = "unnamed: deputy speaking for the communist, republican and Parti de gauche deputies"
GDR = "Communist, republican and Parti de gauche deputies (GDR group)"
DEP08 = "unnamed: deputy (nosdeputes.fr intervention 282286)"

Q_SEN = "Sénat débat OTAN France commandement intégré"
Q_LP = "Le Pen rapprochement OTAN Russie 2017"
Q_FON = "siège OTAN Fontainebleau Paris 1967 départ"
Q_NUC = "dissuasion nucléaire France groupe des plans nucléaires OTAN"
Q_GAU = "gaullistes critique OTAN tribune"
Q_ZEM = "Zemmour Reconquête OTAN position"
Q_UPR = "Asselineau UPR sortir de l'OTAN article 13"
Q_BAY = "retour de la France dans l'OTAN 2009 Villepin Bayrou critique indépendance"
Q_PCF = "Roussel PCF sortir du commandement intégré de l'OTAN programme"

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
SOURCES = OrderedDict([
    ("nd284179", ("fr", "(not shown) [intervention in the Assemblée nationale, 16th legislature]", "NosDéputés.fr (Regards Citoyens)",
                  "https://nosdeputes.fr/16/intervention/284179", "(not shown) [16th legislature, 2022-2024]", Q_SEN)),
    ("nd279797", ("fr", "(not shown) [intervention in the Assemblée nationale, 16th legislature]", "NosDéputés.fr (Regards Citoyens)",
                  "https://nosdeputes.fr/16/intervention/279797", "(not shown) [16th legislature, 2022-2024]", Q_SEN)),
    ("nd142828", ("fr", "(not shown) [intervention in the Assemblée nationale debate on the return to NATO's integrated command]",
                  "NosDéputés.fr 2007-2012 (Regards Citoyens)", "https://2007-2012.nosdeputes.fr/intervention/142828",
                  "(not shown) [13th legislature; debate of March 2009 from context]", Q_SEN)),
    ("nd142759", ("fr", "(not shown) [intervention in the Assemblée nationale debate on the return to NATO's integrated command]",
                  "NosDéputés.fr 2007-2012 (Regards Citoyens)", "https://2007-2012.nosdeputes.fr/intervention/142759",
                  "(not shown) [13th legislature; debate of March 2009 from context]", Q_SEN)),
    ("ns1635971", ("fr", "(not shown) [intervention in a Senate committee on a NATO-related bill]", "NosSénateurs.fr archive (Regards Citoyens)",
                   "https://archive.nossenateurs.fr/intervention/1635971", "(not shown) [after the 2014 Ukraine crisis, from context]", Q_SEN)),
    ("webjosh", ("fr", "Le Pen prône un « rapprochement stratégique » de l’OTAN avec Moscou après la guerre",
                 "webjosh.com (reprint of Radio-Canada / AFP)",
                 "https://webjosh.com/article/le-pen-pr%C3%B4ne-un-%C2%AB%C2%A0rapprochement-strat%C3%A9gique%C2%A0%C2%BB-de-l-otan-avec-moscou-apr%C3%A8s-la-guerre-1649875012-22897",
                 "(not shown) [13 April 2022 from context]", Q_LP)),
    ("bfmtv", ("fr", "À rebours de Macron, Le Pen appelle à un \"rapprochement stratégique entre l'Otan et la Russie\"", "BFMTV",
               "https://www.bfmtv.com/politique/elections/presidentielle/a-rebours-de-macron-le-pen-appelle-a-un-rapprochement-strategique-entre-l-otan-et-la-russie_AV-202204130464.html",
               "(not shown) [URL: 2022-04-13]", Q_LP)),
    ("egea", ("fr", "Petits détails amusants sur l'OTAN", "égéa (blog, egeablog.net)",
              "http://www.egeablog.net/index.php?post/2011/12/14/Petits-d%25C3%25A9tails-amusants-sur-l-OTAN",
              "(not shown) [URL: 2011/12/14]", Q_FON)),
    ("qdp", ("fr", "Encore une polémique inutile", "Le Quotidien du Pharmacien (archives)",
             "https://static3.lequotidiendupharmacien.fr/archives/encore-une-polemique-inutile",
             "(not shown) [2009, return to the integrated command, from context]", Q_GAU)),
    ("cf2r", ("fr", "Se retirer de l’OTAN ?", "CF2R (Centre français de recherche sur le renseignement), tribune",
              "https://cf2r.org/tribune/se-retirer-de-lotan/", "(not shown)", Q_GAU)),
    ("jtoul", ("fr", "Autant en emporte l’OTAN", "Le Journal Toulousain (tribune libre)",
               "http://www.lejournaltoulousain.fr/archives/points-de-vue/tribune-libre/autant-en-emporte-lotan-602",
               "(not shown) [2009, return to the integrated command, from context]", Q_GAU)),
    ("orange", ("fr", "Débat : la sortie de l'Otan, seul point d'accord entre Mélenchon et Zemmour", "Orange Actualités (actu.orange.fr)",
                "https://actu.orange.fr/politique/debat-la-sortie-de-l-otan-seul-point-d-accord-entre-melenchon-et-zemmour-magic-CNT000001EGiRg.html",
                "vendredi 24 septembre 2021", Q_ZEM)),
    ("sputnik", ("fr", "(not shown) [URL slug: lecornu-le-deploiement-darmes-nucleaires-en-pologne-pourrait-annuler-lacte-fondateur-otan-russie]",
                 "Sputnik Afrique (fr.sputniknews.africa)",
                 "https://fr.sputniknews.africa/amp/20240425/lecornu-le-deploiement-darmes-nucleaires-en-pologne-pourrait-annuler-lacte-fondateur-otan-russie--1066235469.html",
                 "(not shown) [URL: 2024-04-25]", Q_NUC)),
    ("sudradio", ("fr", "Asselineau : \"Sortir de l’UE et rester en bons termes avec nos voisins\"", "Sud Radio",
                  "https://sudradio.fr/politique/asselineau-sortir-de-lue-et-rester-en-bons-termes-avec-nos-voisins",
                  "(not shown) [March 2017, from context]", Q_UPR)),
    ("charasse", ("fr", "(page title: Gérard Charasse, tag OTAN) [intervention in the Assemblée nationale]", "NosDéputés.fr 2007-2012 (Regards Citoyens)",
                  "https://2007-2012.nosdeputes.fr/parlementaire/gerard-charasse/tag/OTAN",
                  "(not shown) [13th legislature; 2009 return debate from context]", Q_GAU)),
    ("modem", ("fr", "Bayrou et l'OTAN", "MoDem Colombes (blog, modem-colombes.over-blog.com)",
               "http://modem-colombes.over-blog.com/article-27792535.html", "(not shown) [February 2009, from context]", Q_BAY)),
    ("nd545708", ("fr", "(not shown) [intervention in the Assemblée nationale]", "NosDéputés.fr 2007-2012 (Regards Citoyens)",
                  "https://2007-2012.nosdeputes.fr/intervention/545708", "(not shown) [13th legislature, after the 2009 return]", Q_BAY)),
    ("nd612540", ("fr", "(not shown) [intervention in the Assemblée nationale, 16th legislature]", "NosDéputés.fr (Regards Citoyens)",
                  "https://nosdeputes.fr/16/intervention/612540", "(not shown) [2024: 'Quinze ans plus tard']", Q_BAY)),
    ("nd142806", ("fr", "(not shown) [intervention in the Assemblée nationale debate on the return to NATO's integrated command]",
                  "NosDéputés.fr 2007-2012 (Regards Citoyens)", "https://2007-2012.nosdeputes.fr/intervention/142806",
                  "(not shown) [13th legislature; debate of March 2009 from context]", Q_PCF)),
    ("nd282286", ("fr", "(not shown) [intervention in the Assemblée nationale debate on the planned return]",
                  "NosDéputés.fr 2007-2012 (Regards Citoyens)", "https://2007-2012.nosdeputes.fr/intervention/282286",
                  "(not shown) [13th legislature; 2008, from context]", Q_BAY)),
])

# -----------------------------------------------------------------------------------------------
# ITEMS: (source key, verbatim text, label, position, speaker, note)
ITEMS = [
    # --- nd284179: Assemblée nationale transcript; the speaker's name is not in the excerpt (whole excerpt, 3 sentences)
    ("nd284179", "Le ministre s'est engagé à remettre un rapport sur le bilan, pour la France, de son retour au sein du commandement intégré de l'Otan.", N, NO, DEP16,
     "the deputy reports the minister's promise of a report on the return; no position on membership stated"),
    ("nd284179", "Nous souhaitons, sur le fondement de deux rapports parlementaires, un vote de l'Assemblée nationale sur l'opportunité du maintien de la France au sein de ce commandement intégré.", N, DR, DEP16,
     "asks for a vote on whether France should stay in the command: raises the question without answering it (distance_or_reform, not FAVOR)"),
    ("nd284179", "En la matière, si la décision appartient au Président de la République, l'Assemblée pourrait tout de même se prononcer sur l'opportunité de ce maintien.", N, DR, DEP16,
     "same: questions continued membership of the command without an exit call"),

    # --- nd279797: Socialist group speaker in the Assemblée nationale (whole excerpt)
    ("nd279797", "Le groupe Socialistes et apparentés est attaché à cette alliance à laquelle nous appartenons depuis un certain temps.", A, ST, PSDEP,
     "attachment to the alliance France belongs to: stay; speaker kept unnamed (the excerpt does not name the deputy)"),
    ("nd279797", "Néanmoins, un rapport sur notre place dans le commandement intégré de l'Otan et sur le rôle que nous y jouons nous semble extrêmement important.", N, DR, PSDEP,
     "asks for an assessment of France's place in the command: questions alignment, no exit call"),
    ("nd279797", "Je ne partage pas l'exposé des motifs de mes collègues de la France insoumise.", N, NO, PSDEP,
     "rejects LFI's statement of reasons, whose content is not in the excerpt; not read as an explicit rejection of exit"),
    ("nd279797", "Toutefois, le dernier rapport qui a tenté de porter un regard équilibré et sincère sur la réintégration du commandement intégré de l'Otan était celui d'Hubert Védrine, en 2012, il y a plus de dix ans.", N, NO, PSDEP, ""),
    ("nd279797", "Il me semble nécessaire de faire à nouveau ce travail que vous avez vous-même appelé de vos vœux, en toute objectivité et sans a priori.", N, DR, PSDEP,
     "'ce travail' = a new assessment of France's place in the integrated command: re-examination, no exit call"),

    # --- nd142828: 2009 debate, deputy opposing the return (whole excerpt; salutation kept because it is part of the sentence)
    ("nd142828", "Monsieur le président, monsieur le Premier ministre, messieurs les ministres, permettez-moi d'associer à mon propos François-Xavier Villain, député maire de Cambrai.", N, NO, DEP09, ""),
    ("nd142828", "Ce retour dans le commandement militaire intégré de l'OTAN nous paraît incongru et dangereux.", F, LC, DEP09,
     "opposing France's 2009 return to the integrated command is FAVOR leave_command (hard case 1)"),
    ("nd142828", "Incongru, d'abord, car personne ne le demandait, pas même les États-Unis.", F, LC, DEP09,
     "elliptical continuation of the argument against the return ('incongru' = the return)"),

    # --- nd142759: 2009 debate, deputy backing the return (whole excerpt; stage direction '(Exclamations ...)' left out)
    ("nd142759", "Dans ce domaine, rien n'est binaire.", N, NO, DEPRET, ""),
    ("nd142759", "Nous n'insisterons jamais assez sur ce point : la décision du Président de la République ne comporte aucun risque pour notre identité, nationale et européenne, car intégration n'est pas synonyme d'assimilation.", A, RD, DEPRET,
     "defends Sarkozy's decision to return to the integrated command: backing the return"),
    ("nd142759", "Je voudrais enfin aborder une dimension supplémentaire, peu évoquée : la dimension militaire de ce choix.", N, NO, DEPRET, ""),
    ("nd142759", "Aujourd'hui, nos soldats risquent leur vie en Afghanistan – les événements de ce week-end en témoignent – aux côtés de leurs camarades de l'Alliance.", N, NO, DEPRET, ""),
    ("nd142759", "Pour eux, la distinction entre Alliance atlantique et OTAN a-t-elle un sens ?", N, NO, DEPRET,
     "rhetorical question, prepares the argument but states no position by itself"),
    ("nd142759", "En a-t-elle encore un pour nous, du reste ?", N, NO, DEPRET, ""),
    ("nd142759", "La vérité, la voici : l'OTAN est devenu un outil indispensable qui a permis de développer une véritable communauté militaire fondée sur l'expérience des opérations.", A, ST, DEPRET,
     "argues France needs NATO ('outil indispensable'): stay"),
    ("nd142759", "Notre réintégration au sein du commandement intégré de l'Alliance ne peut que renforcer ce sentiment et relégitimer l'action sur le terrain.", A, RD, DEPRET, ""),
    ("nd142759", "Le présent débat m'amène à vous proposer, chers collègues, une relecture du traité de Washington, et notamment de son article 3.", N, NO, DEPRET, ""),
    ("nd142759", "Cet article nous engage à accroître nos capacités individuelles et collectives de résistance à une attaque armée.", N, NO, DEPRET, ""),
    ("nd142759", "Il légitime, me semble-t-il, les efforts consentis par la France pour développer l'Europe de la défense.", N, NO, DEPRET,
     "European defence effort presented as compatible with the treaty; no position on France's place in NATO"),

    # --- ns1635971: senator who had accepted the 2009 return and now votes against a NATO-related text (whole excerpt)
    ("ns1635971", "Il est certain qu'il s'agit d'un texte technique qui ne pose pas beaucoup de problème en soi.", N, NO, SEN, ""),
    ("ns1635971", "Toutefois, à titre personnel, je vais voter contre ce texte, alors que j'avais accepté la réintégration de la France dans les structures de commandement intégré de l'OTAN lorsque Nicolas Sarkozy, alors Président, l'avait proposée.", N, DR, SEN,
     "votes against a technical NATO text and recalls he had accepted the return; no statement that France should now leave the command"),
    ("ns1635971", "Ma position a évolué.", N, DR, SEN,
     "his position on NATO has changed, but the sentence does not say it is now for leaving the command"),
    ("ns1635971", "Alors que l'OTAN a été créée pour lutter contre le communisme et l'URSS dominante, le communisme a été vaincu.", N, DR, SEN,
     "questions NATO's raison d'être after the Cold War (like worked example 12): distance_or_reform"),
    ("ns1635971", "Pendant les quelques années qui ont suivi, il m'a semblé que l'OTAN s'interrogeait sur son utilité, jusqu'à la crise de l'Ukraine qui a provoqué une nouvelle tension avec la Russie.", N, DR, SEN, ""),
    ("ns1635971", "Les déclarations de cet été des dirigeants de l'OTAN sur la tension avec la Russie m'ont paru caricaturales.", N, DR, SEN,
     "criticism of NATO leaders on Russia: distance_or_reform"),
    ("ns1635971", "Pour ma part, je ne voterai donc pas ce texte.", N, DR, SEN,
     "vote against a NATO-related text motivated by criticism of NATO; no exit call"),
    ("ns1635971", "Il me semble que nous avons besoin d'une réflexion sur la place de la défense européenne et sur la place de l'OTAN au sein de l'Europe.", N, DR, SEN, ""),
    ("ns1635971", "Nous avons également besoin d'une réflexion au sein de l'OTAN parce qu'il me semble que le réseau militaro-industriel américain a parfois plus de poids que les décisions politiques américaines dans cette enceinte.", N, DR, SEN, ""),

    # --- webjosh (Radio-Canada / AFP): source line 'Radio-Canada' under the headline left out; run stops at the cut-off sentence
    ("webjosh", "Le Pen prône un « rapprochement stratégique » de l’OTAN avec Moscou après la guerre", N, DR, MLP,
     "headline paraphrasing her call (reported): rapprochement NATO-Russia, no exit call"),
    ("webjosh", "La candidate d'extrême droite à l'élection présidentielle française Marine Le Pen a plaidé mercredi pour un « rapprochement stratégique entre l'OTAN et la Russie », « dès que la guerre russo-ukrainienne sera achevée et aura été réglée par un traité de paix ».", N, DR, MLP, ""),
    ("webjosh", "C'est l'intérêt de la France et de l'Europe, mais aussi je crois des États-Unis qui n'ont [...] aucun intérêt à voir émerger une étroite union sino-russe, a estimé la candidate du Rassemblement national (RN), lors d'un point presse sur la diplomatie à Paris.", N, DR, MLP,
     "her justification of the NATO-Russia rapprochement (quote printed without quotation marks)"),
    ("webjosh", "Marine Le Pen, qui affrontera Emmanuel Macron lors du deuxième tour de la présidentielle française, ne souhaite ni soumission à Moscou ni suivisme à l'égard de l'administration Biden, particulièrement dans la région Asie et Océanie, a-t-elle affirmé.", N, DR, MLP,
     "non-alignment with Washington, no exit call"),
    ("webjosh", "Je le répète, sans ambiguïté, élue présidente, je quitterai le commandement intégré [de l'OTAN], mais ne renoncerai pas à l'application de l'article 5 du traité de l'Atlantique Nord, sur la sécurité collective exactement donc comme ce fut le cas avant 2009, a-t-elle ajouté.", F, LC, MLP,
     "explicit pledge to leave the integrated command while keeping article 5: leave_command"),
    ("webjosh", "Marine Le Pen propose dans son projet présidentiel une alliance avec la Russie pour l'inclure dans une architecture de sécurité européenne qui ne peut se confondre avec la seule OTAN, considérée comme une organisation belliciste.", N, DR, MLP,
     "security architecture beyond NATO, NATO called warmongering: criticism, no exit call"),
    ("webjosh", "La dirigeante d'extrême droite, qui avait été reçue par Vladimir Poutine lors de la campagne présidentielle de 2017, est régulièrement accusée par ses adversaires d'accointances avec le pouvoir russe.", N, NO, OUTLET, ""),
    ("webjosh", "En 2014, le Rassemblement nationalRN avait eu recours à un prêt russe de neuf millions d'euros, qu'il est toujours en train de rembourser, en suivant un rééchelonnement obtenu en 2020 auprès de ses créanciers, une firme russe dirigée par d'anciens militaires, Aviazapchast.", N, NO, OUTLET,
     "'nationalRN' is a typo of the page, kept verbatim"),

    # --- bfmtv: run stops at the cut-off sentence 'La candidate re...'
    ("bfmtv", "À rebours de Macron, Le Pen appelle à un \"rapprochement stratégique entre l'Otan et la Russie\"", N, DR, MLP, ""),
    ("bfmtv", "Montrer ses différences avec son adversaire de second tour tout en affichant sa crédibilité.", N, NO, OUTLET,
     "outlet's analysis of her campaign aim (verbless lead sentence)"),
    ("bfmtv", "Lors d'une conférence de presse sur sa vision de la diplomatie française ce mercredi, Marine Le Pen a plaidé pour des relations plus étroites entre l'Otan et Moscou, à contre-courant de la position actuelle de la France.", N, DR, MLP, ""),
    ("bfmtv", "\"Dès que la guerre russo-ukrainienne sera achevée et aura été réglée par un traité de paix (...), je militerai pour un rapprochement stratégique entre l'Otan et la Russie\", a expliqué la candidate, lors de cette conférence de presse organisée à Paris.", N, DR, MLP, ""),
    ("bfmtv", "La Russie un temps membre associé de l'OTAN", N, NO, OUTLET, "subheading, counted as a headline"),
    ("bfmtv", "Pour justifier l’offensive militaire de la Russie en Ukraine, Vladimir Poutine a pourtant évoqué le risque que représentait l’Organisation du traité de l'Atantique Nord pour son pays en cas d'adhésion de l'Ukraine.", N, DR, VP,
     "Putin opposing Ukraine's membership = criticism of NATO enlargement (hard case 5), not about France"),
    ("bfmtv", "Cette institution politico-militaire créé en 1949 par 12 pays, dont la France, avait pour objectif initial de contrer la menace d’expansion russe d’après-guerre en Europe.", N, NO, OUTLET, ""),
    ("bfmtv", "Jusqu’en avril 2014, la Russie en était membre associé.", N, NO, OUTLET, ""),
    ("bfmtv", "Toutefois, le statut a été suspendu à la suite de l’intervention en Ukraine et de l’annexion de la Crimée en mars 2014.", N, NO, OUTLET, ""),
    ("bfmtv", "Les attaques contre sa relation avec Poutine \"particulièrement injustes\"", N, NO, MLP, "subheading quoting her (reported)"),
    ("bfmtv", "Régulièrement attaquée sur le prêt russe contracté en 2017 pour financer sa campagne présidentielle, faute d'accord avec une banque française, et sa visite à Moscou pour rencontrer Vladimir Poutine la même année, Marine Le Pen s'est défendue.", N, NO, OUTLET,
     "says only that she defended herself, without the content: narration"),
    ("bfmtv", "\"Le procès qui m'est fait est particulièrement injuste\", a-t-elle encore avancé, assurant que n'avoir fait que \"défendre le seul intérêt de la France\".", N, NO, MLP, ""),
    ("bfmtv", "La députée a également rappelé qu'Emmanuel Macron avait reçu en grande pompe au début de son mandat Vladimir Poutine au château de Versailles, y voyant des \"similitudes\".", N, NO, MLP, ""),

    # --- egea (blog post): the line 'source' after the lead left out; run stops at the cut-off sentence 'Mais le film a été tourné en 1969...'
    ("egea", "Petits détails amusants sur l'OTAN", N, NO, OUTLET, ""),
    ("egea", "En cette période de Noël, un billet un peu léger ne nous fera pas de mal, alors qu'il nous faut encore digérer les excès du réveillon, en vue de préparer le suivant.", N, NO, OUTLET, ""),
    ("egea", "Il paraît qu'on parle un peu de l'OTAN sur égéa : voici un petit qq chose que vous ne saviez peut-être pas.", N, NO, OUTLET, ""),
    ("egea", "1/ Installé à Londres jusqu'en 1952, le siège de l'OTAN fut transféré au Palais de Chaillot à Paris dans des locaux temporaires construits en 1951 pour abriter l'Assemblée Générale des Nations Unies.", N, NO, OUTLET, ""),
    ("egea", "Le siège fut ainsi officiellement sis dans la capitale française le 28 avril 1952.", N, NO, OUTLET, ""),
    ("egea", "Le gouvernement français proposa un terrain en Seine-et-Oise, au Chesnay, dès le mois de novembre pour la construction du siège définitif.", N, NO, FRGOV,
     "French government's proposal about the site of NATO headquarters: an act, but about the building, not France's membership"),
    ("egea", "Aussi les membres se montrèrent peu enthousiastes à l'idée de s'éloigner de la capitale et de leurs délégations, et un autre terrain dans Paris, à proximité de la Porte Dauphine fut ainsi proposé en avril 1954.", N, NO, OUTLET, ""),
    ("egea", "Le Palais de l'OTAN y fut officiellement inauguré le 15 décembre 1959.", N, NO, OUTLET, ""),
    ("egea", "Suite à l'annonce de la décision du général de Gaulle en mars 1966 de retirer la France du commandement intégré des forces de l'OTAN, le Conseil de l'Atlantique Nord décida au mois de décembre suivant de transférer le Conseil et le Secrétariat à Bruxelles, en Belgique.", N, NO, "NATO",
     "main clause narrates the North Atlantic Council moving to Brussels; de Gaulle's 1966 decision appears only in a subordinate time phrase (passing mention, hard case 4)"),
    ("egea", "Le SHAPE s'installera à Mons et le SACEUR quittera Fontainebleau en 1967.", N, NO, OUTLET, ""),
    ("egea", "Le Palais laissé vide fut investi par un des deux établissements d'enseignement supérieur créés après les évènements de mai 1968 et qui deviendra Université Paris IX-Dauphine en 1970.", N, NO, OUTLET, ""),
    ("egea", "L'établissement est aujourd'hui un des plus renommés pour la qualité de son enseignement en matière de gestion et d'économie.", N, NO, OUTLET, ""),
    ("egea", "D'ailleurs, le film \"le cerveau\" montre à un moment un des agents sortir du palais de l'OTAN, place Dauphine.", N, NO, OUTLET, ""),

    # --- qdp: opinion column (author not named in the excerpt); run stops at the cut-off sentence 'Que là-dessus la gauche...'
    ("qdp", "Encore une polémique inutile", N, NO, QDP,
     "headline dismissing the controversy; the return is not named in it, so no position is stated by the sentence itself"),
    ("qdp", "LE PRÉSIDENT de la République s’en est fort bien expliqué : en restant en dehors du commandement intégré, la France subissait plus d’inconvénients qu’elle ne bénéficiait d’avantages.", A, RD, NS,
     "the President (Sarkozy, 2009) justifying the return, reported approvingly: rejoin_or_deepen"),
    ("qdp", "Des décisions étaient prises sans nous.", A, RD, QDP,
     "continues the case for the return (decisions taken without France outside the command); the columnist's argument"),
    ("qdp", "Or même de Gaulle n’a jamais envisagé que la France quitte l’OTAN.", N, NO, QDP,
     "historical claim about de Gaulle; states no position on France's place by itself"),
    ("qdp", "Il avait décidé de se retirer du commandement intégré en 1966 uniquement parce que la France était en train de constituer sa force de frappe et qu’il voulait, comme à son habitude, réaffirmer avec vigueur l’indépendance de la France.", F, LC, CDG,
     "narrates de Gaulle's 1966 decision as his act (hard case 3): leave_command, speaker de Gaulle, even though the column minimises it"),
    ("qdp", "L’autonomie nucléaire française étant fermement établie, le retour au commandement intégré nous permettra de participer à une série de décisions au moment où l’OTAN tente de définir sa vocation de l’après guerre froide.", A, RD, QDP,
     "signed column's argued position (section 5 addition): backs the return"),
    ("qdp", "D’ailleurs, il reste une structure de l’OTAN d’où nous serons absents ; le Groupe des plans nucléaires.", N, NO, QDP, ""),
    ("qdp", "Originaux ou casse-pieds ?", N, NO, QDP, "subheading"),
    ("qdp", "Comme on pouvait s’y attendre, le gouvernement ne manque pas de détracteurs qui voient dans sa décision un abandon de souveraineté.", F, LC, "unnamed: detractors of the government's decision",
     "critics condemning the 2009 return ('sa décision' = the return) as an abandonment of sovereignty: opposing the return is leave_command"),
    ("qdp", "C’est l’une des accusations qui fait florès chaque fois qu’il est question de hâter l’intégration européenne ou de mettre un terme à notre marginalisation au sein du camp atlantique.", N, NO, QDP,
     "comments on the recurrence of the accusation; the approval of the return is only implicit"),
    ("qdp", "M. Sarkozy (qui dit : arrêtons l’hypocrisie) se contente de constater que la France appartient bel et bien au camp dit occidental.", A, RD, NS,
     "Sarkozy's justification of the return (reported): rejoin_or_deepen"),
    ("qdp", "Ce camp est certes dominé par les Américains, mais rien, à ce jour ne peut laisser croire qu’un leadership russe ou chinois pourrait remplacer celui des États-Unis.", N, NO, QDP, ""),
    ("qdp", "Rien, surtout, ne peut laisser croire que nous serions plus heureux sous la coupe d’un pays non-démocratique.", N, NO, QDP, ""),
    ("qdp", "Ce qui fonde le camp atlantique, c’est la démocratie, c’est la liberté.", N, NO, QDP,
     "praise of the 'Atlantic camp' as values, not about NATO membership or the command"),

    # --- cf2r: signed tribune by Yves Bonnet (byline line 'Yves BONNET' left out); run stops at the cut-off sentence 'Charles De Gaulle s’était retiré du commandement intégré de ...'
    ("cf2r", "Se retirer de l’OTAN ?", N, DR, YB,
     "headline raises the question without answering it (guideline example 17)"),
    ("cf2r", "« Ne pas se tromper de siècle ni d’adversaire » : cette simple remarque de bon sens devrait figurer au fronton du Quai d’Orsay, dont les hôtes successifs manifestent une touchante propension à chausser les pantoufles de leurs devanciers.", N, NO, YB, ""),
    ("cf2r", "J’en ai connu personnellement plusieurs, dont certains du plus près et je dois en revenir à cette évidence que jamais nos Talleyrand n’ont été aussi grands que lorsqu’ils ont obéi au Prince, roi, empereur ou président.", N, NO, YB, ""),
    ("cf2r", "On se gaussait de Maurice Couve de Murville mais alors la France était respectée, et sa parole écoutée … parce qu’à la vérité c’était celle du général De Gaulle.", N, NO, YB, ""),
    ("cf2r", "Le vieux monarque – premier président de la Vème République – faisait notre politique extérieure, à Phnom Penh, à Bonn, à Moscou et à Dakar.", N, NO, YB, ""),
    ("cf2r", "Car nous avions une politique extérieure.", N, NO, YB, ""),
    ("cf2r", "Maurice Couve de Murville ajoutait la finesse, l’humour, la retenue et la France retrouvait son audience et sa place à la table des plus grands.", N, NO, YB, ""),
    ("cf2r", "Nous pouvions quitter l’OTAN, montrer aux Américains que nous ne sommes pas leurs obligés ni leurs faire-valoir, que nous ne sommes pas des valets même impertinents, mais des alliés qui savaient construire tout seuls leurs sous-marins nucléaires, capables d’expédier où nous le décidions nos missiles nucléaires.", N, DR, YB,
     "past-tense praise of Gaullist independence ('we could leave NATO' then); no call that France should leave now in this sentence: distance_or_reform"),
    ("cf2r", "La force de dissuasion française, complètement et jusqu’au dernier boulon, française, ne devait qu’à nos marins, nos ingénieurs et nos ouvriers et rien, rien, aux Américains qui avaient oublié la part prise par Frédéric Joliot-Curie dans la mise au point de la première bombe atomique.", N, DR, YB,
     "defence independence from Washington (nuclear): distance_or_reform"),
    ("cf2r", "Charles De Gaulle s’était rudement affronté à Roosevelt qui le détestait.", N, NO, YB, ""),
    ("cf2r", "Et pour cause.", N, NO, YB, ""),
    ("cf2r", "Revenu au pouvoir, il se montrait beau joueur et ami fidèle mais laissait à d’autres – qui l’ont suivi – les oripeaux de laquais qu’ils ont enfilé sans vergogne.", N, DR, YB,
     "calls later leaders lackeys of Washington: criticism of alignment, no exit call"),

    # --- jtoul: tribune libre, author not named; subheading 'Liberté' left out (one-word section label); run stops at the cut-off sentence 'C’est grâce à cette doctrine que le président Chirac ...'
    ("jtoul", "Autant en emporte l’OTAN", N, NO, JT, "headline, no position stated by itself"),
    ("jtoul", "Si l’on posait à un professeur des écoles de trente ans ce que représente pour lui le général de Gaulle, on obtiendrait sûrement plusieurs réponses.", N, NO, JT, ""),
    ("jtoul", "La première serait sans nul doute le fameux appel du 18 juin 1940, appel à la résistance devant l’envahisseur allemand.", N, NO, JT, ""),
    ("jtoul", "Certains autres évoqueraient la constitution de 1958 de la cinquième république destinée à mettre fin aux instabilités gouvernementales de la quatrième république.", N, NO, JT, ""),
    ("jtoul", "D’autres plus contestataires évoqueraient mai 1968, et d’autres plus romantiques sa promenade en compagnie de son épouse au bord de la mer d’Irlande après sa démission en homme d’honneur à la suite de l’échec du référendum qu’il avait initié en 1969.", N, NO, JT, ""),
    ("jtoul", "Ce moment de nostalgie n’est pas sans rappeler le regard d’exil vers  la France de Napoléon Bonaparte.", N, NO, JT, "double space kept verbatim"),
    ("jtoul", "Que reste-t-il du Gaullisme ?", N, NO, JT, ""),
    ("jtoul", "Une page jaunie de notre histoire sans aucun lien avec les réalités du moment ?", N, NO, JT, ""),
    ("jtoul", "Ceux qui pensent cela, se trompent et la vague de protestation sur l’entrée de la France dans le commandement intégré de l’OTAN le prouve.", N, NO, JT,
     "the sentence's claim is that Gaullism is still alive; the protests against the return are cited as evidence, not endorsed as a position here"),
    ("jtoul", "Aussi bien les gens de droite que ceux de gauche se réfèrent au général pour dénoncer une manœuvre qui remet en question la position de notre pays sur l’échiquier international en matière de politique étrangère et de défense.", F, LC, "unnamed: critics on the right and the left",
     "critics on both sides denounce the return to the integrated command ('une manœuvre'): opposing the 2009 return is leave_command"),
    ("jtoul", "Après la cuisante défaite subie en 1940 par notre armée sous équipée et insuffisamment préparée, il paraissait indispensable pour notre pays d’asseoir désormais sa défense sur des bases solides avec une armée capable de se défendre en cas d’attaque, d’où qu’elle vienne.", N, NO, JT, ""),
    ("jtoul", "C’est la politique de dissuasion qui s’interdit de porter la guerre ailleurs, guerre dont on sait depuis la nuit des temps qu’elle est toujours perdue lorsqu’elle s’oppose à la liberté d’un peuple quelle que soit son importance face à l’envahisseur.", N, NO, JT, ""),

    # --- orange: repeated headline, photo caption and 'publié le ...' line left out; run stops at the cut-off quote 'Nous sommes t...'
    ("orange", "Débat : la sortie de l'Otan, seul point d'accord entre Mélenchon et Zemmour", F, LA, JLM_EZ,
     "headline: both men favour leaving NATO; two holders, both named"),
    ("orange", "Les deux hommes pensent que la France doit quitter l'Otan, une alliance qui \"mène des guerres\" et dont les membres doivent \"se soumettre\".", F, LA, JLM_EZ, ""),
    ("orange", "Un débat de deux heures et un constat tranché : Éric Zemmour et Jean-Luc Mélenchon sont en \"opposition totale\" sur tous les sujets ?", N, NO, OUTLET, ""),
    ("orange", "Tous ?", N, NO, OUTLET, ""),
    ("orange", "Non, les deux hommes ont trouvé un point d'accord : la sortie de l'Organisation du traité de l'Atlantique nord (Otan).", F, LA, JLM_EZ, ""),
    ("orange", "\"Je ne veux pas qu'on dise qu'en définitive, les idées ne sont qu'une apparence, que nous nous combattrions pour la forme. Les idées sont sérieuses, notre opposition est totale\", a asséné Jean-Luc Mélenchon jeudi 23 septembre Jean-Luc Mélenchon en préambule de son débat face à Éric Zemmour, sur BFMTV.", N, NO, JLM,
     "quotation with its attribution kept as one segment (the quote spans two sentences); repeated name is the page's"),
    ("orange", "Tous les sujets y sont passés, parfois agrémenté de noms d'oiseaux : sécurité, immigration, économie, climat...", N, NO, OUTLET, ""),
    ("orange", "Sans que le candidat de la France insoumise et le polémiste ne tombent d'accord.", N, NO, OUTLET, ""),
    ("orange", "Sauf en ce qui concerne la nécessaire sortie de l'Otan.", F, LA, JLM_EZ,
     "elliptical continuation: the two men agree on the 'necessary' exit from NATO"),
    ("orange", "\"C'est ma position constante, je pense que nous n'avons rien à faire dans cette alliance militaire, qui d'ailleurs n'a pas de sens : ça a été créé pour faire face à l'URSS. Il n a plus d'URSS, il y a toujours l'Otan\", a estimé Jean-Luc Mélenchon.", F, LA, JLM,
     "'nous n'avons rien à faire dans cette alliance' = France should not be in NATO; quote + attribution kept as one segment"),
    ("orange", "\"Ça s'appelle le traité de l'Atlantique Nord, et ça mène des guerres dans des endroits où il n'y a pas d'Atlantique, ni au Nord ni au Sud. C'est le cas de l'Afghanistan et combien d'autres\", a-t-il encore déclaré.", N, DR, JLM,
     "criticism of NATO's out-of-area wars, no exit call in this segment"),
    ("orange", "\"Je dis ça depuis des années aussi, je pense que l'Otan aurait dû se dissoudre en 1990 quand l'URSS a disparu, et quand le Pacte de Varsovie a disparu\", a abondé Éric Zemmour.", N, DR, EZ,
     "'NATO should have dissolved in 1990' is criticism without an explicit exit call for France (worked example 12)"),

    # --- sputnik: the excerpt starts mid-article ('Or, ...'); whole excerpt
    ("sputnik", "Or, le déploiement des armes nucléaires en Pologne nécessiterait une discussion entre les alliés car il annulerait l'Acte fondateur sur les relations, la coopération et la sécurité mutuelles entre la Russie et l'Otan, a expliqué le ministre français de la Défense dans une interview accordée au journal allemand Frankfurter Allgemeine Zeitung.", N, DR, SL,
     "'le ministre français de la Défense' in April 2024 = Sébastien Lecornu (named in the URL slug); NATO-Russia relations: distance_or_reform"),
    ("sputnik", "\"Nous sommes la seule puissance nucléaire de l'UE, mais notre particularité est que nous ne faisons pas partie du Groupe des plans nucléaires de l'Otan. Nous sommes totalement autonomes dans notre planification et notre système de dissuasion\", a-t-il ajouté.", N, DR, SL,
     "French nuclear autonomy outside NATO's Nuclear Planning Group: autonomy, no exit call"),

    # --- sudradio: byline 'Par Benjamin Jeanjean' and 'Thumbnail' left out; run stops at the cut-off sentence 'Ma troisième décision ...'
    ("sudradio", "Asselineau : \"Sortir de l’UE et rester en bons termes avec nos voisins\"", N, NO, FA, "EU exit, other target"),
    ("sudradio", "Présent sur le plateau du Grand Matin week-end de Sud Radio ce samedi, le candidat (UPR) à la présidence de la République, François Asselineau, a notamment évoqué son ambition de faire sortir la France de l’Union européenne et de l’Otan.", F, LA, FA, ""),
    ("sudradio", "C’est une candidature qui en a surpris plus d’un, mais qui a bel et bien été validée par le Conseil constitutionnel ce vendredi 10 mars.", N, NO, OUTLET, ""),
    ("sudradio", "Président-fondateur de l’UPR (Union Populaire Républicaine)François Asselineau (59 ans) sera bel et bien sur la ligne de départ de la course à l’Elysée le 23 avril prochain pour le premier tour.", N, NO, OUTLET, ""),
    ("sudradio", "Interrogé au micro de Philippe Verdier ce samedi dans le cadre du Grand Matin week-end de Sud Radio, le nouveau candidat a notamment révélé les trois premières décisions qu’il prendrait s’il était élu président de la République, avec un leitmotiv maintes fois répété : redonner toute son indépendance à la France.", N, NO, FA,
     "frame announcing his three decisions; carries no content about NATO by itself (hard case 8)"),
    ("sudradio", "\"Un Frexit n’isolera pas la France du reste du monde\"", N, NO, FA, "subheading quoting him; EU exit, other target"),
    ("sudradio", "\"Ma première décision sera de convoquer un sommet extraordinaire des chefs d’État et de gouvernement de l’Union européenne pour dire que nous appliquerons l’article 50 pour sortir de l’UE.", N, NO, FA, "EU exit, other target"),
    ("sudradio", "Mais nous resterons en très bons termes avec nos voisins, nous ne nous isolerons pas du tout du reste du monde !", N, NO, FA, ""),
    ("sudradio", "Regardez la Suisse qui n’est ni dans l’Union européenne, ni dans l’euro, ni dans l’Otan : est-ce un pays fermé sur le monde ?", F, LA, FA,
     "argument by the advocate of exit that being outside NATO (and the EU) does not isolate a country (hard case 7)"),
    ("sudradio", "Est-ce un pays extrémiste ?", N, NO, FA, ""),
    ("sudradio", "Pas du tout !", N, NO, FA, ""),
    ("sudradio", "C’est au contraire le pays où l’on se porte le mieux au monde d’après le PNUD, idem pour la Norvège et l’Islande.", N, NO, FA, ""),
    ("sudradio", "Ma deuxième décision sera de notifier au gouvernement de Washington la volonté de la France de sortir de l’Otan, en utilisant l’article 13 du Traité de l’Atlantique nord.", F, LA, FA,
     "announced decision to notify withdrawal under article 13: leave_alliance"),

    # --- charasse: tag page of Gérard Charasse (page title names him; transcript rule of section 5); line '1 intervention trouvée.' left out; run stops at the cut-off sentence 'Son résultat en atteste ...'
    ("charasse", "Monsieur le président, monsieur le Premier ministre, messieurs les ministres, mes chers collègues, j'ai peu de temps pour dire beaucoup.", N, NO, GC, ""),
    ("charasse", "Je vais donc exprimer trois choses simples, évoquer les trois dangers qui nous guettent si la France devait se fondre, demain, dans l'OTAN.", F, LC, GC,
     "warns against France 'melting into' NATO = the planned return to the integrated command (2009 debate): opposing the return is leave_command"),
    ("charasse", "Le premier danger, c'est de briser le consensus.", F, LC, GC,
     "first argument against the return ('danger' resolved from the previous sentence)"),
    ("charasse", "Depuis Suez et les gerboises, la France a choisi une stratégie, celle du général de Gaulle, entérinée par les Assemblées, les Gouvernements et les Présidents de la République qui ont suivi.", N, NO, GC, ""),
    ("charasse", "Cette stratégie du faible au fort, cette stratégie d'union nationale autour du concept de défense a été la bonne.", N, DR, GC,
     "praise of the Gaullist independent defence strategy; no exit call in the sentence"),
    # --- modem: local MoDem blog post (author not named); the page's hard line breaks inside sentences are replaced by one space.
    #     The run starts at the first body sentence: the headline "Bayrou et l'OTAN" is identical to the headline of another
    #     blog post already in ../stance_train_fr (near-duplicate rule), so it is not an item here.
    ("modem", "Au nom de l'indépendance de la France - principe cher à son coeur, pour lequel il s'était battu contre l'occupation allemande - le Général de Gaulle avait refusé de soumettre les forces armées françaises aux décisions des Etats-Unis, dont l'hégémonie se faisait de plus en plus prégnante au sein de l'Otan.", F, LC, CDG,
     "de Gaulle's refusal to put French forces under US-dominated NATO decisions = his 1966 withdrawal from the command, narrated as his act"),
    ("modem", "En mars 1966, il avait envoyé une lettre au président américain Lyndon B. Johnson, le priant cordialement de retirer ses troupes stationnant sur le territoire français.", F, LC, CDG,
     "part of de Gaulle's 1966 withdrawal (his act, hard case 3)"),
    ("modem", "Dans le même temps, il avait signifié à l'Otan que dorénavant la France ne mettrait plus de troupes à sa disposition et ne prêterait plus systématiquement son espace aérien.", F, LC, CDG,
     "de Gaulle notifying NATO that French troops leave its disposal: withdrawal from the integrated command, his act"),
    ("modem", "Par cette décision, le Général de Gaulle entendait en finir avec l'atlantisme, qu'il considérait comme une forme de domination américaine, et voulait signifier aux Etats-Unis qu'ils devaient traiter la France en alliée, non en vassal.", F, LC, CDG,
     "de Gaulle's aim in the 1966 decision; France stays an ally, so command only"),
    ("modem", "La volonté du Président de la République de réintégrer le commandement de l'Otan viendrait annuler la décision historique prise par le Général de Gaulle.", F, LC, MODEM,
     "the blog post's own argued position (section 5 addition): the return would undo de Gaulle's decision; opposing the return"),
    ("modem", "Des voix se sont élevées chez les Gaullistes ; Nicolas Dupont-Aignan et Dominique de Villepin sont clairement contre.", F, LC, NDA_DDV,
     "'contre' = against the return to the command; two named holders"),
    ("modem", "Lors de la Conférence Nationale de dimanche dernier, François Bayrou s'est élevé contre cette décision de réintégrer l'Otan.", F, LC, FB, ""),
    ("modem", "Pour lui, revenir dans l'OTAN serait une défaite pour la France et pour l'Europe.", F, LC, FB,
     "'revenir dans l'OTAN' = returning to the integrated command (context): opposing the return"),
    ("modem", "Une telle décision aurait dû être soumise à un référendum.", N, NO, FB,
     "procedural demand (referendum) about the return, no position on the return itself in this sentence"),
    ("modem", "«On peut être indépendants en étant alliés, on ne peut pas être indépendants en étant intégrés...»", F, LC, FB,
     "quote continuing Bayrou's speech: stay allied but not integrated = outside the integrated command"),
    ("modem", "Pour lui, c'est \"un aller sans retour\" qu'est en train d'effectuer le chef de l'Etat.", F, LC, FB, ""),
    ("modem", "\"En nous alignant, nous abandonnons un élément de notre identité dans le concert des nations\", a-t-il déclaré, \"nous abandonnons une part d'héritage et nous l'abandonnons pour rien\".", F, LC, FB, ""),

    # --- nd545708: opposition deputy, name not in the excerpt (whole excerpt)
    ("nd545708", "Enfin, quel bilan tirer du retour de la France dans l'OTAN ?", N, NO, DEP10, "question introducing the assessment; no position by itself"),
    ("nd545708", "La défense européenne, qui a servi de prétexte, n'a en rien progressé.", F, LC, DEP10,
     "argues that the return's justification failed; the speaker ends by refusing the policy: opposing the return"),
    ("nd545708", "Sans doute invoquera-t-on l'accord franco-britannique sur la maintenance des ogives nucléaires, mais il s'agit d'un accord technique et bilatéral qui ne touche en rien au concept de défense.", N, NO, DEP10, ""),
    ("nd545708", "Le général de Gaulle avait décidé de quitter l'OTAN pour deux raisons.", F, LC, CDG,
     "de Gaulle's 1966 decision narrated as his act; 'quitter l'OTAN' is loose wording for the integrated command, so leave_command"),
    ("nd545708", "D'abord, pour ne pas s'en remettre à d'autres pour assurer notre défense.", F, LC, CDG,
     "elliptical item completing 'de Gaulle decided to leave for two reasons' (hard case 8)"),
    ("nd545708", "Or nous voyons surgir un projet transatlantique de défense anti-missile auquel la France se rallie sans réflexion sérieuse sur sa compatibilité avec notre politique de dissuasion nucléaire.", N, DR, DEP10,
     "criticism of NATO missile defence and France's alignment"),
    ("nd545708", "Ce ne sont pourtant ni les mêmes concepts, ni la même chaîne de décision, ni la même approche des intérêts vitaux.", N, DR, DEP10, ""),
    ("nd545708", "Ensuite, pour ne pas se laisser entraîner dans des conflits qui n'étaient pas les nôtres.", F, LC, CDG,
     "second item completing de Gaulle's reasons for leaving (hard case 8)"),
    ("nd545708", "C'est pourtant bien ce que nous faisons dans le conflit afghan : si notre engagement initial était justifié, nous nous trouvons aujourd'hui le plus souvent opposés à ceux-là mêmes que nous soutenions dans les années 80.", N, DR, DEP10,
     "criticism of being drawn into NATO's Afghan war; no exit call"),
    ("nd545708", "Monsieur le ministre, l'ensemble de cette politique est un véritable problème pour la France.", F, LC, DEP10,
     "'cette politique' = the return to NATO and what followed: rejected"),
    ("nd545708", "C'est la raison pour laquelle nous la refusons.", F, LC, DEP10,
     "refusal of the return policy ('la' = cette politique)"),

    # --- nd612540: deputy in 2024 (name not in the excerpt; whole excerpt)
    ("nd612540", "Lors de la réintégration de la France dans le commandement intégré de l'Otan, j'ai consulté les archives pour réexaminer les positions de chacun en 2009.", N, NO, DEP24, ""),
    ("nd612540", "Jean-Luc Mélenchon, à gauche, s'était opposé à cette réintégration et prônait même une sortie progressive de l'organisation.", F, LA, JLM,
     "opposed the return and called for a gradual exit from NATO: staged exit ending in the alliance"),
    ("nd612540", "François Bayrou, au centre, déclarait que cette réintégration signifiait l'abandon d'un élément de notre identité nationale et de notre indépendance, allant jusqu'à parler de défaite pour la France et pour l'Europe.", F, LC, FB, ""),
    ("nd612540", "Dominique de Villepin, à droite, qualifiait cette décision de « faute », affirmant que la France se plaçait sous la domination d'un autre pays.", F, LC, DDV,
     "calling the 2009 return a 'faute' (hard case 1)"),
    ("nd612540", "Il ajoutait que la crise irakienne lui avait appris la difficulté de résister aux pressions américaines, surtout lorsqu'il s'agit de sécurité.", N, DR, DDV,
     "supporting argument about US pressure; no statement about the command in this sentence"),
    ("nd612540", "Quinze ans plus tard, je pose deux questions.", N, NO, DEP24, ""),
    ("nd612540", "Premièrement, la réintégration du commandement intégré de l'OTAN par la France en 2009 était censée rendre les industries françaises de l'armement plus profitables.", N, NO, DEP24, ""),
    ("nd612540", "Cela s'est-il confirmé ?", N, DR, DEP24, "questions the benefits of the return without answering: distance_or_reform"),
    ("nd612540", "Deuxièmement, le Président de la République évoque souvent ce concept de l'autonomie stratégique européenne, surtout en période d'élections européennes.", N, DR, EM,
     "the President in 2024 = Emmanuel Macron; European strategic autonomy (reported)"),
    ("nd612540", "Une autonomie stratégique européenne, fondée sur une défense commune entre Européens, est-elle compatible avec l'OTAN, qui regroupe Européens, Nord-Américains et Turcs ?", N, DR, DEP24, ""),
    ("nd612540", "Est-il vraiment possible de cumuler deux alliances militaires aux intérêts potentiellement divergents ?", N, DR, DEP24,
     "raises the question of NATO membership vs European defence without answering it"),

    # --- nd142806: GDR (communist, republican, Parti de gauche) speaker in the 2009 debate; run stops at the cut-off sentence 'Nous considérons que la France et l'Europe doivent ...'
    ("nd142806", "Il s'agit d'une vision tournée vers le passé, non vers un avenir pacifié.", N, NO, GDRDEP,
     "the referent of 'une vision' is not in the excerpt"),
    ("nd142806", "La France rejoint une organisation qui s'élargit géographiquement, qui multiplie ses missions, sans qu'une réflexion globale ait été menée, et ce dans le but de préserver les intérêts du monde occidental.", N, DR, GDRDEP,
     "criticism of NATO's enlargement and missions; the return is only the setting"),
    ("nd142806", "La France rejoint non pas une alliance qui a vocation à faire face à un ennemi communément craint – que vous ne parvenez d'ailleurs pas à nommer –, mais un club dont l'ambition est de dicter les règles du monde.", N, DR, GDRDEP,
     "criticism of what NATO has become"),
    ("nd142806", "À ce jeu-là, la France risque de perdre sa crédibilité, son rayonnement et sa singularité politique aux yeux du monde.", F, LC, GDRDEP,
     "argument that the return harms France: opposing the return"),
    ("nd142806", "Par cette décision, elle affirmera sa banalisation dans le camp occidental.", F, LC, GDRDEP,
     "'cette décision' = the return to the integrated command, condemned"),
    ("nd142806", "Ce qui est dangereux, c'est la logique véhiculée selon laquelle l'union de tous les peuples du monde étant irréaliste, il suffit d'en déléguer les droits à un club d'États qui se ressemblent dans leur puissance, leur richesse et leur culture.", N, DR, GDRDEP, ""),
    ("nd142806", "Dans cette configuration, les États-Unis renouvellent plus que jamais une volonté d'hégémonie qu'il leur est indispensable de maintenir tant qu'une organisation de ce type entendra ainsi prendre une place qui devrait revenir aux Nations unies.", N, DR, GDRDEP, ""),
    ("nd142806", "C'est au regard de ce qu'est devenue cette nouvelle alliance, une arme de consolidation de la domination occidentale et de ses intérêts, que les députés communistes, républicains et du parti de gauche s'opposent au retour de la France dans le commandement intégré de l'OTAN.", F, LC, GDR,
     "explicit opposition to the return (hard case 1); collective holder named in the text"),
    ("nd142806", "Les députés communistes, républicains et du parti de gauche défendent le concept d'une politique étrangère fondée sur le maintien de la paix et le développement de la coopération.", N, NO, GDR, ""),
    ("nd142806", "Nous considérons que la recherche de sécurité doit essentiellement se fonder sur des voies politiques de réduction des menaces militaires.", N, NO, GDRDEP, ""),
    ("nd142806", "Le combat pour la paix, le désarmement et la sécurité doit être réactivé.", N, NO, GDRDEP, ""),

    # --- nd282286: deputy in the 2008 debate on the planned return; run stops at the cut-off sentence 'Quant à l'eng...'
    ("nd282286", "Messieurs les ministres, j'ai écouté avec attention vos interventions et je suis assez perplexe.", N, NO, DEP08, ""),
    ("nd282286", "D'abord, comme l'a dit M. Loncle, je ne vois pas en quoi le fait d'être membre de l'Alliance atlantique interdirait de réfléchir.", N, NO, DEP08,
     "takes membership for granted while asking for reflection; no position on leaving or rejoining"),
    ("nd282286", "Je suis stupéfait que le Gouvernement s'engage à réintégrer le commandement militaire intégré de l'OTAN en repoussant à plus tard la réflexion sur l'avenir de l'Alliance.", F, LC, DEP08,
     "dismay at the government's commitment to rejoin the command: opposing the return"),
    ("nd282286", "Dès lors, on donne tout sans rien obtenir.", F, LC, DEP08, "the return is a bad bargain: argument against it"),
    ("nd282286", "Comme l'a dit Alain Juppé, c'est un marché de dupes !", F, LC, DEP08,
     "the deputy adopts Juppé's words about the return; speaker is the deputy (main clause)"),
    ("nd282286", "S'agissant notamment de l'Europe de la défense, sa mise sous tutelle n'incitera certainement pas les pays qui n'investissent pas dans leur défense à le faire, bien au contraire.", N, DR, DEP08,
     "European defence 'under tutelage' of NATO: criticism, no explicit statement about the command"),
    ("nd282286", "J'ai également été surpris de n'entendre nulle mention du rôle géopolitique de la France et de l'évolution du monde.", N, NO, DEP08, ""),
    ("nd282286", "Dans les journaux, M. Morin explique que la situation géopolitique a changé depuis le temps du Général de Gaulle.", N, NO, "Hervé Morin",
     "the minister's argument is implicit (the return is not named in the sentence)"),
    ("nd282286", "C'est tout à fait exact, et elle a précisément changé dans le sens que le général avait si remarquablement anticipé.", N, NO, DEP08, ""),
    ("nd282286", "Dans le monde multipolaire actuel, je ne vois pas l'intérêt de se lier totalement aux États-Unis.", N, DR, DEP08, ""),
    ("nd282286", "Au contraire, la France devrait conserver son rôle et sa mission et ne surtout pas abandonner cette carte majeure, au même titre que son siège au Conseil de sécurité de l'ONU.", F, LC, DEP08,
     "'cette carte majeure' = France's position outside the integrated command, which it should not give up: opposing the return"),
    ("nd282286", "En définitive, votre politique est parfaitement cohérente : elle s'inscrit dans une vision idéologique où la France appartiendrait au camp occidental.", N, DR, DEP08, ""),
    ("nd282286", "Mais non, la France n'appartient à personne !", N, DR, DEP08, "non-alignment claim"),
    ("nd282286", "Elle a un message à livrer au monde, on l'a bien vu lors de la guerre en Irak, et je suis heureux, monsieur Kouchner, que vous n'ayez pas été ministre à ce moment-là, tandis que Dominique de Villepin, lui, a su à l'époque porter ce message.", N, NO, DEP08, ""),
    ("nd282286", "Par ailleurs, le Livre blanc sur la défense, que vous nous avez présenté ici, monsieur Morin, réduit notre effort de défense et nous placera en seconde position, derrière la Grande-Bretagne.", N, NO, DEP08, ""),
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
    hard = [r for r in rows if r["note"]]
    out += ["", f"**Notes** ({len(hard)} items with a note; full text in `labels.csv`)", ""]
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
