#!/usr/bin/env python3
"""Write the fresh TEST stance set: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command", labelled per sentence
following ../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position).

This is a TEST set: it is meant to measure a model once. No model, threshold, lexicon or rule may
be tuned on it.

The sentences were copied verbatim from excerpts of public news / opinion / blog / think-tank pages
returned by a search tool over stored copies of public web pages (collected 2026-11-23). For every
page, ONE contiguous run of the article body was taken and EVERY complete sentence of that run was
labelled (stance-bearing or not), so the share of NONE is realistic. None of the pages is one of the
workbook's five seed articles or one of the pages of ../stance_heldout/sources.csv. Every decision
below was made by hand, by an annotator who did not read helpers/stance.py, helpers/speakers.py,
helpers/stance_report.py, data/reference/stance_lexicon.csv, tests/test_stance*.py,
notebooks/02-*.ipynb or data/processed/, and did not run any classifier. This script holds those
decisions as an explicit table (SOURCES, ITEMS) and contains no heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every item has a speaker,
  - no two items are identical or near-identical (difflib ratio >= 0.85), also against the seed
    gold ../stance/labels.csv and the held-out set ../stance_heldout/labels.csv (if present),
  - every source is used, every item points to a declared source, the items of a source are
    contiguous (one passage per page), and no source URL is a seed URL
    (../../raw/manifest.csv) or a held-out URL (../stance_heldout/sources.csv),
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage:  python3 data/annotations/stance_test/make_labels.py
"""
import csv
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"

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
FF = "François Fillon"
FH = "François Hollande"
JC = "Jacques Chirac"
DT = "Donald Trump"
FP = "Florian Philippot"
FA = "François Asselineau"
LFI = "La France Insoumise"

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published: as shown in the excerpt; "(not shown)" otherwise, with the URL slug or URL date
# given in brackets where that is all there is.
# ITEMS: (source key, text, label, position, speaker, note), one contiguous passage per source,
# in the order of the passage.
SOURCES = OrderedDict()
ITEMS = []

# =========================================== English ===========================================

# ---- twocircles (IANS-style wire, 18 March 2009) -- from the headline
SOURCES["twocircles"] = ("en", "Lawmakers approve France’s return to NATO", "TwoCircles.net",
                         "https://twocircles.net/2009mar18/lawmakers_approve_frances_return_nato.html",
                         "(not shown) [URL: 2009mar18]",
                         "French opposition to NATO return 2009 Bayrou Fabius debate Assembly vote")
ITEMS += [
    ("twocircles", '''Lawmakers approve France’s return to NATO''', A, RD, "French National Assembly",
     "headline: the lawmakers' vote approving the return is a decision backing it (guideline 4.3)"),
    ("twocircles", '''Paris : As expected, lawmakers in the French National Assembly voted late Tuesday in favour of a measure that effectively approved President Nicolas Sarkozy’s decision to return France to NATO’s military command structure.''',
     A, RD, "French National Assembly", "the Assembly's vote approving the return: decision backing it; dateline 'Paris :' is part of the sentence"),
    ("twocircles", '''By a vote of 329 to 238, the deputies passed a vote of confidence in the foreign policy conducted by Prime Minister Francois Fillon and his government, including the decision to return to full NATO membership.''',
     A, RD, "French National Assembly", "the confidence vote explicitly includes the return: decision backing it"),
    ("twocircles", '''In 1966, then-president Charles de Gaulle pulled France out of the alliance’s military command and evicted US bases from French soil.''',
     F, LC, CDG, "de Gaulle as the subject of the act (guideline 4.3, seed example 9), command only"),
    ("twocircles", '''Tuesday’s vote in favour of the government was a foregone conclusion, because Sarkozy’s UMP party and its centre-right allies hold a substantial majority in the National Assembly.''',
     N, NO, OUTLET, ""),
    ("twocircles", '''However, the debate was lively.''', N, NO, OUTLET, ""),
    ("twocircles", '''Opposition deputies accused Sarkozy of avoiding a direct confrontation over the issue by linking the NATO measure with a vote of confidence in the government.''',
     N, NO, "Opposition deputies", "procedural criticism (how the vote was held); the sentence does not state opposition to the return itself"),
    ("twocircles", '''“This debate is decisive, but the decision has already been made,” former prime minister Laurent Fabius said.''',
     N, NO, "Laurent Fabius", "procedural complaint, no position on the return in the sentence"),
    ("twocircles", '''Even conservative lawmakers had complained about the ploy.''', N, NO, "Conservative lawmakers",
     "complaint about the procedure ('the ploy'), not about the return"),
    ("twocircles", '''“We’re condemned to vote for it,” UMP deputy Georges Tron told the daily Le Parisien.''',
     N, NO, "Georges Tron", "reluctance is only implied; he says he is forced to vote for it, not that he opposes the return"),
    ("twocircles", '''“The executive is telling us: Push the nuclear button or shut up.”''', N, NO, "Georges Tron",
     "unattributed continuation of Tron's quote; procedural complaint"),
    ("twocircles", '''Socialist Party head Martine Aubry said the return to NATO’s military command would be an obstacle in the construction of a European defence.''',
     F, LC, "Martine Aubry", "argument that the 2009 return is harmful = opposing the return (guideline 4.1, 4.7)"),
    ("twocircles", '''That argument was dismissed by Fillon, who told lawmakers during the debate that Europeans do not want to have to choose between NATO and their own, independent defence capability.''',
     A, RD, FF, "Fillon rebuts an argument against the return, i.e. defends the return: rejoin_or_deepen"),
    ("twocircles", '''In defending his decision, Sarkozy said earlier this month that France’s return to full NATO membership would strengthen European defence capabilities by giving Paris a say in the alliance’s mission strategies and planning.''',
     A, RD, NS, ""),
]

# ---- irishtimes (Paris correspondent, March 2009) -- from the first body sentence
SOURCES["irishtimes"] = ("en", "(not shown) [URL slug: french-assembly-forced-to-endorse-decision-on-nato]", "The Irish Times",
                         "https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/news/french-assembly-forced-to-endorse-decision-on-nato-1.724893",
                         "(not shown) [text: the day after the Assembly debate of 17 March 2009]",
                         "French opposition to NATO return 2009 Bayrou Fabius debate Assembly vote")
ITEMS += [
    ("irishtimes", '''THE FRENCH National Assembly carried out a strange simulation of democracy yesterday when it debated a decision already taken and announced last week by President Nicolas Sarkozy: the return of France to Nato’s integrated command.''',
     N, NO, OUTLET, "the outlet's assessment of the debate; Sarkozy's decision is mentioned in passing (guideline 4.4)"),
    ("irishtimes", '''By declaring the debate to be about France’s foreign and defence policy in general, and turning the issue into a vote of confidence in the government, prime minister François Fillon “drowned the fish”, as an old French expression says.''',
     N, NO, OUTLET, "the outlet's judgment of Fillon's procedure"),
    ("irishtimes", '''Although many right-wing deputies hate the Nato move, the majority could not bring down their own government.''',
     F, LC, "unnamed: many right-wing deputies", "debatable: the outlet reports that many right-wing deputies 'hate' the return (opposing the 2009 return, guideline 4.1); the main clause is narration"),
    ("irishtimes", '''Fear that the National Assembly might vote against the return to the heart of Nato lay behind this procedural sleight of hand.''',
     N, NO, OUTLET, ""),
    ("irishtimes", '''In the Senate, which did not even bother holding a sham debate, President Sarkozy was likely to have been defeated were it not for the confidence move.''',
     N, NO, OUTLET, "outlet's analysis"),
    ("irishtimes", '''Yesterday’s debate was, the Green group leader Noel Mamère said, “a political rip-off . . . a masquerade . . . a bitter pill we are forced to swallow.”''',
     N, NO, "Noël Mamère", "criticises the debate; opposition to the return is only implied by 'bitter pill'; canonical spelling Noël Mamère (source: 'Noel')"),
    ("irishtimes", '''One of the right’s favourite stratagems was to accuse previous presidents of being equally undemocratic.''',
     N, NO, OUTLET, ""),
    ("irishtimes", '''“When Gen de Gaulle decided to pull France out of the integrated Nato command,” said Jean-François Copé, the right-wing UMP group leader, “he did it in a letter to the US president, without even consulting his ministers, much less the parliament . . .”''',
     N, NO, "Jean-François Copé", "de Gaulle's 1966 act is mentioned inside Copé's procedural argument (how it was done), which is the content of the sentence"),
    ("irishtimes", '''The words “independence” and “influence” recurred like punctuation marks throughout the hours of speeches.''',
     N, NO, OUTLET, ""),
    ("irishtimes", '''The right claims the return to Nato integrated command strengthens both.''', A, RD, "French right (UMP)",
     "argument that the return is beneficial"),
    ("irishtimes", '''The left says both are diminished.''', F, LC, "French left",
     "elliptical: the return diminishes independence and influence (previous sentence) = argument against the 2009 return"),
]

# ---- icwa_compass (Institute of Current World Affairs, opinion, 2025) -- from the headline
SOURCES["icwa_compass"] = ("en", "Macron should call Trump’s bluff", "ICWA Compass (Institute of Current World Affairs)",
                           "https://compass.icwa.org/p/macron-should-call-trumps-bluff",
                           "(not shown) [text: second Trump term, 31 NATO allies of Washington: 2025]",
                           "Trump NATO France Europe defence 2025 Macron nuclear umbrella editorial")
ITEMS += [
    ("icwa_compass", '''Macron should call Trump’s bluff''', N, DR, OUTLET,
     "opinion headline; with the subheading it is about European defence autonomy from Washington, no exit call"),
    ("icwa_compass", '''When it comes to defense, Europe has the means to stick it to Washington.''', N, DR, OUTLET,
     "subheading: European defence autonomy against Washington"),
    ("icwa_compass", '''US President Donald Trump may be shaking the foundations of America’s traditional alliances but there could be a way for European countries to beat him at his own game.''',
     N, DR, OUTLET, "the author's argument for a European counter-move within the alliances; no exit call"),
    ("icwa_compass", '''Taking their own initiative to reshuffle the cards on the diplomatic stage might be a good way to call his bluff or otherwise help him realize the limitations of his own policies.''',
     N, DR, OUTLET, "continues the autonomy argument (context: Trump and the alliances)"),
    ("icwa_compass", '''For most of Washington’s traditional allies, that may be easier said than done.''', N, NO, OUTLET, ""),
    ("icwa_compass", '''But one of them—France—has a trump card (no pun intended) it has played in the past that, if used again, could shift the debate about the raison d’être and future of the North Atlantic Treaty Organization (NATO).''',
     N, DR, OUTLET, "questions NATO's raison d'être and hints at a French move, without saying France should leave"),
    ("icwa_compass", '''That’s because France has nukes.''', N, NO, OUTLET, ""),
    ("icwa_compass", '''Of Washington’s 31 NATO allies, all but two rely on the United States for their nuclear protection, commonly called the “umbrella”: Britain and France.''',
     N, NO, OUTLET, ""),
    ("icwa_compass", '''But British nuclear capabilities are tethered to Washington.''', N, NO, OUTLET, "about the UK"),
    ("icwa_compass", '''They rely on American-made missiles and, even if—as a government spokesman recently insisted— “the UK’s nuclear deterrent is completely operationally independent,” that’s far from the case practically.''',
     N, NO, OUTLET, "about the UK; the quoted spokesman's claim is embedded in the author's rebuttal"),
    ("icwa_compass", '''France has no such limitation because it has developed its own nuclear capacity outside NATO since the late 1950s.''',
     N, NO, OUTLET, "bare fact"),
    ("icwa_compass", '''It enabled then-President Charles de Gaulle to regain French autonomy within the alliance in 1966 when he announced to a startled President Lyndon Johnson that his country would “cease her participation in the integrated commands and no longer place her forces at the disposal of NATO.”''',
     F, LC, CDG, "de Gaulle's 1966 announcement, quoted (guideline 4.3): command only"),
    ("icwa_compass", '''Paris’s lack of trust in Washington’s foreign policy compelled American troops to leave their military bases in France, and the Supreme Headquarters Allied Powers Europe (SHAPE) to pull up stakes in Rocquencourt, near Paris, and relocate to Mons in Belgium, leaving behind a few Cadillacs, Harley-Davidsons and a golf course.''',
     N, DR, "French government (1966)", "the sentence states the 1966 distrust of Washington and its consequences, not the command withdrawal itself"),
]

# ---- worldcrunch (analysis translated from the French press, March 2025) -- from the first body sentence
SOURCES["worldcrunch"] = ("en", "(not shown) [URL slug: macron-europes-defense-against-putin-trump]", "Worldcrunch",
                          "https://worldcrunch.com/world-affairs/macron-europes-defense-against-putin-trump/",
                          "(not shown) [text: Macron's address to the nation after the Oval Office meeting: March 2025]",
                          "Trump NATO France Europe defence 2025 Macron nuclear umbrella editorial")
ITEMS += [
    ("worldcrunch", '''PARIS – Emmanuel Macron never mentioned Donald Trump by name.''', N, NO, OUTLET,
     "the '-Analysis-' kicker before it is a label, not a sentence"),
    ("worldcrunch", '''Yet, it was the U.S. president alone who prompted the extraordinary address to the nation Wednesday night by the French president.''',
     N, NO, OUTLET, ""),
    ("worldcrunch", '''Macron’s aim was to call on France and Europe to recognize new risks, in a tone that was somber, and not entirely reassuring.''',
     N, NO, OUTLET, ""),
    ("worldcrunch", '''From the outset, Macron referred to the United States as “our ally,” seemingly addressing a growing concern in recent days: Has Trump’s America shifted from ally to adversary, after decades of partnership — albeit with ups and downs — since 1945?''',
     N, NO, EM, "calling the US 'our ally' affirms the partnership but does not say France should stay in NATO"),
    ("worldcrunch", '''Even when General Charles de Gaulle pulled France out of NATO’s integrated military command in 1966, he was careful to maintain the political alliance.''',
     F, LC, CDG, "de Gaulle's act with the 'kept the political alliance' clause: leave_command (guideline 4.3)"),
    ("worldcrunch", '''The word “ally” isn’t part of Donald Trump’s vocabulary, but that’s one of the unspoken realities of the moment.''',
     N, NO, OUTLET, "a newsletter promotion between this and the previous sentence was skipped"),
    ("worldcrunch", '''It underscores the complexity of resolving the war in Ukraine and, more broadly, the challenge of European security.''',
     N, NO, OUTLET, ""),
]

# =========================================== French ===========================================

# ---- presstv_fr_2023 (Press TV, édition française, 14 February 2023, citing RT) -- from the first body sentence
SOURCES["presstv_fr_2023"] = ("fr", "(not shown) [URL slug: Un-grand-rassemblement-contre-l-adhésion-de-la-France-à-l-OTAN]",
                              "Press TV (édition française)",
                              "https://french.presstv.ir/Detail/2023/02/14/698224/Un-grand-rassemblement-contre-l-adhésion-de-la-France-à-l-OTAN",
                              "(not shown) [URL: 2023/02/14]",
                              "Philippot Les Patriotes sortir de l'OTAN guerre Ukraine manifestation")
ITEMS += [
    ("presstv_fr_2023", '''Lors des récentes grandes manifestations à Paris contre le "membership" de la France au sein de l’Organisation du traité de l’Atlantique Nord (OTAN) et l’envoi d’armes à l’Ukraine, le drapeau de l’OTAN a été déchiré par Florian Philippot, le chef d’un des partis de droite français, a rapporté RT.''',
     F, LA, FP, "Philippot tearing the NATO flag at the protests he organised against France's membership: an act carrying the exit aim (guideline 4.3)"),
    ("presstv_fr_2023", '''Le chef du parti de droite français des Patriotes qui a organisé la marche a annoncé qu’environ 10 000 personnes avaient participé à l’événement.''',
     N, NO, FP, ""),
    ("presstv_fr_2023", '''Il a ajouté qu’au même moment, 25 manifestations anti-OTAN avaient lieu dans d’autres régions de France.''',
     N, NO, FP, "a turnout figure, no position stated"),
    ("presstv_fr_2023", '''La foule a scandé des slogans, dont « Pas d’avions de combat, pas de chars, pas de missiles pour l’Ukraine », « Sortons de l’OTAN », « Macron, nous ne voulons pas de votre guerre », et « Non à la troisième guerre mondiale » entre autres.''',
     F, LA, "unnamed: protesters", "the chanted slogans include « Sortons de l'OTAN »: exit call of the crowd"),
    ("presstv_fr_2023", '''À un moment donné de l’événement, Philippot est monté sur scène et a utilisé des ciseaux pour couper en deux le drapeau bleu de l’OTAN sous les acclamations des manifestants.''',
     N, DR, FP, "symbolic hostility to NATO; the sentence has no exit call"),
    ("presstv_fr_2023", '''« L’OTAN, c’est la guerre », a-t-il proclamé.''', N, DR, FP, ""),
    ("presstv_fr_2023", '''L’homme politique a organisé des manifestations contre l’adhésion de la France à l’OTAN et à l’UE depuis l’automne, tout en critiquant durement les livraisons d’armes à l’Ukraine tout au long du conflit actuel.''',
     F, LA, FP, "organising protests against France's NATO membership = exit aim (act)"),
]

# ---- rt_fr_philippot_2024 (RT France, January 2024) -- from the first body sentence
SOURCES["rt_fr_philippot_2024"] = ("fr", "(not shown) [URL slug: philippot-france-est-sous-emprise]", "RT France",
                                   "https://francais.rt.com/france/108872-philippot-france-est-sous-emprise",
                                   "2024-01", "Philippot Les Patriotes sortir de l'OTAN guerre Ukraine manifestation")
ITEMS += [
    ("rt_fr_philippot_2024", '''«Symboliquement, nous avons voulu libérer la France de la tutelle de Bruxelles», a expliqué à RT le dirigeant des Patriotes Florian Philippot qui Le 13 janvier, lors de la dernière manifestation du mouvement a déchiré le drapeau de l'Union européenne.''',
     N, NO, FP, "EU, not NATO (guideline 4.6)"),
    ("rt_fr_philippot_2024", '''Il exige d'en sortir et plaide pour démanteler l'OTAN.''', N, DR, FP,
     "'en sortir' = leave the EU (other target); 'dismantle NATO' is criticism of NATO's existence, not a call for France to leave (guideline example 12)"),
    ("rt_fr_philippot_2024", '''«Nous sommes soumis à une politique étrangère qui ne correspond pas à nos intérêts», estime Philippot''',
     N, DR, FP, "subheading without final stop; subjection to the EU and NATO (next sentence)"),
    ("rt_fr_philippot_2024", '''«La France est sous l’emprise de l’UE et de l’OTAN, ce qui l’amène à ne plus être maîtresse de son destin» : le 15 janvier, Florian Philippot, a justifié son geste provocateur de l’avant-veille au micro de RT.''',
     N, DR, FP, "criticism of NATO's hold on France, no exit call in the sentence"),
    ("rt_fr_philippot_2024", '''Lors d’une manifestation Boulevard Saint-Michel à Paris, le dirigeant du mouvement des Patriotes a déchiré des drapeaux de l’Union européenne.''',
     N, NO, FP, "act about the EU"),
    ("rt_fr_philippot_2024", '''«Symboliquement, nous avons voulu libérer la France de cette tutelle en déchirant le drapeau de l’UE et en brandissant notre vrai drapeau, notre drapeau national», a poursuivi celui qui milite pour le Frexit, la sortie de l’UE, ajoutant avoir «aussi à d’autres occasions, déchiré celui de l'OTAN, qui est un facteur de guerre et non un facteur de paix».''',
     N, DR, FP, "Frexit part is another target; the NATO part is criticism ('factor of war') without an exit call"),
    ("rt_fr_philippot_2024", '''Philippot veut un dialogue avec la Russie''', N, DR, FP,
     "subheading; rapprochement with Russia in a NATO context"),
]

# ---- 20minutes_2009 (20 Minutes avec AFP, 12 March 2009) -- from the headline
SOURCES["20minutes_2009"] = ("fr", "Sarkozy sonne l'heure du rappel", "20 Minutes (avec AFP)",
                             "https://www.20minutes.fr/france/310087-20090312-sarkozy-sonne-heure-rappel",
                             "(not shown) [URL: 20090312]",
                             "Ouest-France OTAN commandement intégré retour 2009 Sarkozy critique gaullistes")
ITEMS += [
    ("20minutes_2009", '''Sarkozy sonne l'heure du rappel''', A, RD, NS,
     "headline: 'rappel' = bringing France back into the integrated command (body)"),
    ("20minutes_2009", '''« Le moment est venu », pour la France de ne plus « s'exclure elle-même » de l'Otan (Organisation du traité de l'Atlantique Nord).''',
     A, RD, NS, "partial quotes of Sarkozy (named in the next sentence); the byline before it was skipped"),
    ("20minutes_2009", '''C'est avec ces mots que Nicolas Sarkozy a confirmé hier, de manière implicite, la réintégration de la France au sein du commandement militaire intégré de l'Alliance atlantique.''',
     A, RD, NS, ""),
    ("20minutes_2009", '''Le Parlement s'exprimera sur la question mardi, avant un sommet de l'Otan organisé les 3 et 4 avril à Strasbourg et Kehl (Allemagne).''',
     N, NO, OUTLET, ""),
    ("20minutes_2009", '''Dans son discours prononcé à l'Ecole militaire, à Paris, le chef de l'Etat a argué que la position actuelle de la France, contributrice de l'Otan en hommes et en finances, mais absente de son commandement intégré, « n'est pas comprise de nos alliés ».''',
     A, RD, NS, "argument against the status quo outside the command = for the return"),
    ("20minutes_2009", '''« Notre incapacité à assumer au grand jour notre position dans l'Alliance jette le doute sur nos objectifs », a-t-il plaidé.''',
     A, RD, NS, "argument for the return"),
    ("20minutes_2009", '''« Nous n'avons aucun poste militaire de responsabilité.''', A, RD, NS,
     "a deficiency of being outside the command, said as an argument for the return (continues in the next sentence)"),
    ("20minutes_2009", '''Nous n'avons pas notre mot à dire quand les alliés définissent les objectifs et les moyens pour les opérations auxquelles nous participons », a-t-il encore argumenté.''',
     A, RD, NS, "argument for the return"),
    ("20minutes_2009", '''La dissuasion nucléaire française restera « indépendante » et la France gardera sa « liberté d'appréciation » sur l'envoi de ses troupes, a insisté le Président, sans convaincre certains élus de la majorité, arc-boutés sur l'héritage gaulliste, ni les élus d'opposition, qui s'inquiètent d'un alignement sur Washington.''',
     A, RD, NS, "two holders: the main clause is Sarkozy's reassurance defending the return; the unconvinced critics are in a subordinate clause"),
    ("20minutes_2009", '''« C'est un signe que la France est totalement pieds et mains liés aux Américains, on aurait pu se passer de ce message », a déploré le villepiniste Jean-Pierre Grand (UMP).''',
     F, LC, "Jean-Pierre Grand", "'ce message' = the announced return; deploring it as unnecessary = opposing the 2009 return (guideline 4.1)"),
    ("20minutes_2009", '''« Il n'y a ni d'urgence, ni raison fondamentale », de réintégrer le commandement militaire de l'Otan, « si ce n'est un atlantisme qui devient une idéologie », a renchéri Martine Aubry.''',
     F, LC, "Martine Aubry", "denies any reason to reintegrate the command = opposing the 2009 return"),
]

# ---- hdhod_courrier (hdhod.com, reprint of a Courrier international translation of a foreign editorial, March 2009) -- from the headline
SOURCES["hdhod_courrier"] = ("fr", "France : C'est l'Otan et rien d'autre", "hdhod.com (reprise de Courrierinternational.com)",
                             "https://fr.hdhod.com/m/France-C-est-l-Otan-et-rien-d-autre_a990.html",
                             "(not shown) [text: parliamentary vote 'la semaine prochaine', March 2009]",
                             "Ouest-France OTAN commandement intégré retour 2009 Sarkozy critique gaullistes")
ITEMS += [
    ("hdhod_courrier", '''France : C'est l'Otan et rien d'autre''', A, ST, OUTLET,
     "headline of an editorial: NATO is France's only security framework (last sentence of the passage); the credit line 'Courrierinternational.com' after it was skipped"),
    ("hdhod_courrier", '''Lorsque Charles de Gaulle a décidé de quitter le commandement militaire intégré de l'OTAN, il y a plus de quarante ans, la France considérait sa force de dissuasion nucléaire, sa force de frappe*, comme l'emblème de son indépendance et de sa souveraineté.''',
     N, NO, OUTLET, "de Gaulle's decision is a temporal clause in the editorial's background; the main clause is about the deterrent (guideline 4.4)"),
    ("hdhod_courrier", '''On ne peut donc que se féliciter de la décision de Nicolas Sarkozy de réintégrer pleinement l'Alliance atlantique.''',
     A, RD, OUTLET, "the editorial's own approval of the return; the editorialist is the holder"),
    ("hdhod_courrier", '''Elle répond à l'engagement qu'il avait pris, en devenant président il y a deux ans, de remettre la France sur une voie plus internationaliste.''',
     N, NO, OUTLET, "explains the motive of the decision; no position on NATO stated in the sentence"),
    ("hdhod_courrier", '''Cette décision est également porteuse de responsabilités, notamment celle de jouer un rôle plus important dans les opérations de l'OTAN, en particulier en Afghanistan – ce qui pourrait se révéler difficile à faire accepter au Parlement français lorsque la question sera soumise au vote, la semaine prochaine.''',
     A, RD, OUTLET, "the editorial expects France to take a bigger role in NATO operations: deepen"),
    ("hdhod_courrier", '''Reste un fait qui donne à penser que Nicolas Sarkozy entend avoir le beurre et l'argent du beurre.''',
     N, NO, OUTLET, ""),
    ("hdhod_courrier", '''Entre autres conditions, le chef de l'État français a répété que les États-Unis devaient se défaire de leur méfiance à l'égard d'une structure européenne de défense.''',
     N, DR, NS, "European defence structure as a condition: autonomy claim, not a position on staying"),
    ("hdhod_courrier", '''Washington accueille manifestement bien l'idée d'un nouveau renforcement de la dimension militaire de l'Union, quelles qu'en soient les modalités.''',
     N, NO, OUTLET, ""),
    ("hdhod_courrier", '''Mais Nicolas Sarkozy doit comprendre qu'il n'y a pas de compromis possible qui permettrait à la France à la fois de jouer un rôle de premier plan dans la défense européenne et d'être membre à part entière de l'OTAN.''',
     N, NO, OUTLET, "says France cannot have both, without saying in this sentence which it should choose"),
    ("hdhod_courrier", '''Le souhait de l'UE de créer sa propre armée a toujours été une ambition malvenue et vouée à l'échec : le pays qui sera toujours le premier pourvoyeur d'hommes, à savoir la Grande-Bretagne, ne souhaite pas en faire partie.''',
     N, NO, OUTLET, "about an EU army, not France's place in NATO"),
    ("hdhod_courrier", '''En réintégrant le commandement militaire de l'Alliance, la France doit accepter que, dans un avenir prévisible, l'OTAN soit la seule structure de sécurité supranationale digne de ce nom.''',
     A, ST, OUTLET, "France must rely on NATO alone: 'France needs NATO' (stay) rather than further integration"),
]

# ---- franceintheus (Embassy of France in the US, transcript of Hollande's press briefing, Chicago, 21 May 2012) -- from the headline
SOURCES["franceintheus"] = ("en", "NATO Summit: Press briefing by President Hollande", "Embassy of France in the United States (franceintheus.org)",
                            "https://franceintheus.org/spip.php?article3502", "May 22, 2012",
                            "Hollande 2012 NATO Chicago summit France Afghanistan withdrawal integrated command stays")
ITEMS += [
    ("franceintheus", '''NATO Summit: Press briefing by President Hollande''', N, NO, OUTLET,
     "headline; the repeated title, publication date, subtitle and dateline lines after it were skipped"),
    ("franceintheus", '''Q. – Your decision on the withdrawal from Afghanistan was finally respected, with no great resistance from the allies.''',
     N, NO, "unnamed: journalist", "withdrawal from Afghanistan, not from NATO; interview prefix kept"),
    ("franceintheus", '''You said yesterday that there could have been misunderstandings; that wasn’t the case.''', N, NO, "unnamed: journalist", ""),
    ("franceintheus", '''How do you explain that?''', N, NO, "unnamed: journalist", ""),
    ("franceintheus", '''THE PRESIDENT – France’s decision is part of a process.''', N, NO, FH, "the decision = the Afghanistan withdrawal"),
    ("franceintheus", '''There must be no more Alliance combat troops in Afghanistan in 2014.''', N, NO, FH, ""),
    ("franceintheus", '''We’ve speeded up the process.''', N, NO, FH, ""),
    ("franceintheus", '''Because we reached an agreement with the Afghan army, which is going to replace our troops in Kapisa at the end of the year, everyone understood clearly that we could withdraw our troops without weakening the operation’s security and ensure that Afghans can regain their sovereignty more quickly than expected.''',
     N, NO, FH, "'withdraw our troops' = from Afghanistan"),
    ("franceintheus", '''Q. – In the past, you’ve expressed reservations about France’s return to the NATO command.''', N, DR, FH,
     "the journalist reports Hollande's past reservations about the return: weaker than opposing it (as held-out h029); holder Hollande"),
    ("franceintheus", '''In the end, you’ve seemed very much at home in this Atlantic boat in recent days.''', N, NO, "unnamed: journalist",
     "the journalist's observation, no position"),
    ("franceintheus", '''Aren’t you, in a way, following in your predecessor’s footsteps in that respect?''', N, NO, "unnamed: journalist", ""),
    ("franceintheus", '''THE PRESIDENT – When my predecessor took the decision in 2008, I set a condition for France’s return into the integrated military command – namely, that there should be progress on Defence Europe.''',
     N, DR, FH, "a condition on the return (European defence), neither opposing nor backing it in the sentence"),
    ("franceintheus", '''I readily admit there hasn’t been any progress on this for several months, but European defence is explicitly mentioned in the Chicago summit’s final communiqué.''',
     N, DR, FH, "European defence inside the alliance"),
    ("franceintheus", '''I regard this as a development, and over the coming months I’ll ensure Defence Europe can be strengthened in the framework of the Alliance and therefore of NATO.''',
     N, DR, FH, "European defence within NATO: autonomy without leaving (guideline examples)"),
    ("franceintheus", '''I’ll also ask for an assessment in the coming months of our role and of what Defence Europe can be.''', N, DR, FH,
     "orders a review of France's role without answering it (as held-out h028)"),
]

# ---- radianceweekly (Radiance Viewsweekly, India, May 2012) -- from the first body sentence
SOURCES["radianceweekly"] = ("en", "(not shown) [URL slug: hollande-sticks-to-afghan-pledge]", "Radiance Viewsweekly",
                             "https://radianceweekly.net/hollande-sticks-to-afghan-pledge/",
                             "(not shown) [text: Hollande at the White House on 17 May 2012]",
                             "Hollande 2012 NATO Chicago summit France Afghanistan withdrawal integrated command stays")
ITEMS += [
    ("radianceweekly", '''France’s President Francois Hollande used his White House debut on May 17 to restate his intention to get French combat troops home from Afghanistan this year – breaking with NATO’s 2014 schedule.''',
     N, NO, FH, "leaving Afghanistan early is not leaving NATO"),
    ("radianceweekly", '''Hollande met President Barack Obama for the first time since taking office three days ago, ahead of a testing weekend of international summits, with G8 leaders at Camp David and NATO chiefs at a 61-nation gathering in Chicago.''',
     N, NO, OUTLET, ""),
    ("radianceweekly", '''“I recalled to President Obama that I had made a promise to withdraw our combat troops from Afghanistan at the end of 2012,” Hollande said, as the two leaders spoke to reporters in the Oval Office.''',
     N, NO, FH, ""),
    ("radianceweekly", '''Obama did not dispute Hollande’s position, but stressed that NATO states must sustain their commitment to help “Afghans build security and continue down the path of development.”''',
     N, NO, "Barack Obama", ""),
    ("radianceweekly", '''Washington is currently soliciting funding from its allies to ensure training and financing for Afghan armed forces after NATO combat troops leave – which it estimates could cost around $4 billion a year.''',
     N, NO, OUTLET, ""),
]

# ---- responsiblestatecraft (Responsible Statecraft, Quincy Institute, analysis, 3 August 2023) -- from the headline
SOURCES["responsiblestatecraft"] = ("en", "Macron knows that Europe needs to stand on its own two feet", "Responsible Statecraft (Quincy Institute)",
                                    "https://responsiblestatecraft.org/2023/08/03/macron-knows-that-europe-needs-to-stand-on-its-own/",
                                    "(not shown) [URL: 2023/08/03]",
                                    "Carnegie ECFR analysis France NATO Gaullist tradition strategic autonomy Macron")
ITEMS += [
    ("responsiblestatecraft", '''Macron knows that Europe needs to stand on its own two feet''', N, DR, OUTLET,
     "headline: European autonomy, stated by the analysis"),
    ("responsiblestatecraft", '''As a US shift to China is inevitable, France seems to be the only state that is vocalizing the importance of ‘strategic autonomy.’''',
     N, DR, "French government", "subheading; the position described is France's (strategic autonomy); the 'Analysis | Europe' label after it was skipped"),
    ("responsiblestatecraft", '''The recent evolution in French strategic thinking owes a great deal to the war in Ukraine, but these shifts will have deeper and wider implications for European security and the transatlantic relationship moving forward.''',
     N, NO, OUTLET, ""),
    ("responsiblestatecraft", '''As the U.S.-China rivalry intensifies, it will become increasingly valuable for Washington to see a unified, capable, and determined European pillar within the transatlantic alliance that is willing to effectively manage security affairs on the continent and carry its own weight internationally — an undertaking long promoted by French leaders.''',
     N, DR, OUTLET, "European pillar within the alliance: autonomy without leaving"),
    ("responsiblestatecraft", '''In a 2019 interview, French President Emmanuel Macron infamously asserted that NATO was experiencing “brain death” and urged Europe to “start thinking of itself strategically as a geopolitical power,” lest it risk losing control over its own “destiny.”''',
     N, DR, EM, ""),
    ("responsiblestatecraft", '''These comments highlighted concerns across Europe that Washington was losing interest in the continent and could no longer serve as a reliable ally.''',
     N, NO, OUTLET, "the outlet reports diffuse concerns; no one's position on France in NATO"),
    ("responsiblestatecraft", '''Four years later, Macron now declares that Russian President Vladimir Putin has “jolted [NATO] back with the worst of electroshock.”''',
     N, NO, EM, "says NATO has revived; nothing about France staying or leaving"),
    ("responsiblestatecraft", '''France has a long tradition of seeking an independent geopolitical role for itself, primarily based on its nuclear deterrent, permanent seat on the United Nations Security Council, capable armed forces, and experienced diplomatic and intelligence networks.''',
     N, NO, OUTLET, "background"),
    ("responsiblestatecraft", '''During his tenure, Macron has staked much of his international reputation on forging a Europe with “strategic autonomy,” understood as a strategy rooted in its conception of European interests while preserving the ability to act alone when necessary and with allies whenever possible.''',
     N, DR, EM, ""),
    ("responsiblestatecraft", '''Having been elected only a few months after former U.S. President Donald Trump entered the White House, Macron's impression that Europe’s reliance on Washington was an unpredictable gamble was hard to argue with.''',
     N, DR, EM, "reliance on Washington questioned"),
]

# ---- tahiti_infos (Tahiti Infos, AFP portrait, 27 March 2022) -- from the headline
SOURCES["tahiti_infos"] = ("fr", "Nicolas Dupont-Aignan: liberté, souveraineté, fermeté", "Tahiti Infos (AFP)",
                           "https://www.tahiti-infos.com/Nicolas-Dupont-Aignan-liberte-souverainete-fermete_a208130.html",
                           "2022-03-27", "Dupont-Aignan Debout la France OTAN sortie programme souveraineté")
NDA = "Nicolas Dupont-Aignan"
ITEMS += [
    ("tahiti_infos", '''Nicolas Dupont-Aignan: liberté, souveraineté, fermeté''', N, NO, OUTLET, "headline"),
    ("tahiti_infos", '''Paris, France | AFP | lundi 27/03/2022 - Souverainiste, "héritier" selon lui du gaullisme, le candidat à la présidentielle Nicolas Dupont-Aignan se rêve à la tête d'une France "libre" et "indépendante", et appelle à "choisir la liberté" à travers un projet de rupture profonde avec les fondements de l'Union européenne.''',
     N, NO, NDA, "EU, not NATO; dateline kept as part of the sentence"),
    ("tahiti_infos", '''Bien qu'il n'ait "jamais prononcé" le mot "Frexit", le président de Debout la France envisage une sortie complète de l'UE par référendum, après une "refonte" de ce système qu'il qualifie de "maléfique".''',
     N, NO, NDA, "leaving the EU: other target (guideline 4.6)"),
    ("tahiti_infos", '''Il dit vouloir remplacer l'Union européenne "destructrice de notre démocratie et réductrice de notre puissance" par une "communauté des nations libres", souveraines sur leurs "frontières, budget et supériorité de la loi".''',
     N, NO, NDA, ""),
    ("tahiti_infos", '''Afin de "regagner l'indépendance militaire et stratégique" de la France "soumise" aux Etats-Unis, le candidat souverainiste aspire également à sortir du commandement intégré de l'OTAN.''',
     F, LC, NDA, ""),
    ("tahiti_infos", '''C'est pour "rendre le pouvoir au peuple français" que Nicolas Dupont-Aignant souhaite la création d'un référendum d'initiative citoyenne (RIC), lorsque le projet est soutenu par 500.000 citoyens.''',
     N, NO, NDA, "the source misspells 'Dupont-Aignant'"),
    ("tahiti_infos", '''Par ce biais, il entend aussi réformer la Constitution sur d'autres "sujets-clés" que sont le code pénal, l'immigration, l'école ou la laïcité.''',
     N, NO, NDA, ""),
]

# ---- atlantico_2017 (Atlantico, analysis by Guillaume Lagane, April 2017) -- from the first body sentence
SOURCES["atlantico_2017"] = ("fr", "(not shown) [URL slug: coup-froid-alliance-nord-atlantique-otan-et-presidentielle-francaise-guillaume-lagane]",
                             "Atlantico", "http://www.atlantico.fr/decryptage/coup-froid-alliance-nord-atlantique-otan-et-presidentielle-francaise-guillaume-lagane-3026669.html",
                             "2017-04", "La Dépêche Le Télégramme OTAN France sortie commandement intégré candidat présidentielle")
ITEMS += [
    ("atlantico_2017", '''Le retour de la France dans le commandement intégré de l’OTAN, en 2009, avait réactivé le débat traditionnel français entre la tradition « gaullo-mitterandienne », attachée à la sortie de l’organisation depuis 1966 au nom de « l’indépendance nationale », et atlantistes, convaincus que la France n’avait rien à gagner à s’isoler dans le camp occidental.''',
     N, NO, OUTLET, "the analyst describes both camps of the debate without taking a side: background"),
    ("atlantico_2017", '''En 2012, le candidat François Hollande avait fait mine de s’interroger sur la pertinence de ce retour.''', N, DR, FH,
     "questioning the return without opposing it"),
    ("atlantico_2017", '''Mais, après avoir confié à Hubert Vedrine une commode mission d’évaluation, il a choisi de confirmer la décision prise par son prédécesseur.''',
     A, RD, FH, "confirming the 2009 return = backing it (guideline 4.1), decision"),
    ("atlantico_2017", '''Après 2014 et l’annexion de la Crimée par Moscou, il a engagé la France aux côtés des Etats d’Europe orientale, inquiets de la nouvelle posture russe.''',
     N, NO, FH, "support for eastern allies, nothing about France's membership"),
    ("atlantico_2017", '''De manière amusante pour un candidat qui n’a eu de cesse de critiquer l’actuel quinquennat, Benoît Hamon s’inscrit pleinement dans les pas du président Hollande.''',
     N, NO, OUTLET, "the comparison is the analyst's; Hamon's position is stated only in the next sentence"),
    ("atlantico_2017", '''Il est le seul à ne pas critiquer l’organisation atlantique et l’un des rares à vouloir demeurer dans le commandement intégré.''',
     A, ST, "Benoît Hamon", ""),
    ("atlantico_2017", '''Sur onze candidats, six ont en effet comme projet de plus ou moins retirer la France de ce qui est aujourd’hui la plus grande alliance militaire existante.''',
     F, LA, "six 2017 presidential candidates", "'plus ou moins retirer la France de ... la plus grande alliance': the sentence names the alliance, hedged; some of the six only want to leave the command (next sentences)"),
    ("atlantico_2017", '''Jean-Luc Mélenchon, Jacques Cheminade et François Asselineau veulent sortir de l’OTAN, au nom de l’anti-impérialisme et de la lutte contre « l’argent-roi » (Cheminade).''',
     F, LA, JLM + "; Jacques Cheminade; " + FA, "three holders with the same position"),
    ("atlantico_2017", '''Indice probable de sa politique de « dédiabolisation », Marine Le Pen se borne à vouloir quitter le seul commandement intégré.''',
     F, LC, MLP, ""),
    ("atlantico_2017", '''Elle rejoint, sur ce créneau gaulliste, Nicolas Dupont-Aignan et Jean Lassalle.''', F, LC,
     MLP + "; " + NDA + "; Jean Lassalle", "'ce créneau' = leaving only the integrated command (previous sentence)"),
    ("atlantico_2017", '''Même Emmanuel Macron, dont la candidature affiche pourtant une volonté de plus grand engagement international de la France, se montre circonspect.''',
     N, DR, EM, "'circonspect' towards NATO (context); no exit call"),
]

# ---- tf1info_candidats (TF1 Info, candidates' positions on Russia and Ukraine, March 2022) -- from the first body sentence of the NATO section
SOURCES["tf1info_candidats"] = ("fr", "(not shown) [URL slug: election-presidentielle-2022-face-a-la-guerre-lundi-sur-tf1-voici-les-principales-positions-des-candidats-sur-la-russie-et-ukraine]",
                                "TF1 Info", "https://www.tf1info.fr/politique/election-presidentielle-2022-face-a-la-guerre-lundi-sur-tf1-voici-les-principales-positions-des-candidats-sur-la-russie-et-ukraine-2213287.html",
                                "2022-03", "La Dépêche Le Télégramme OTAN France sortie commandement intégré candidat présidentielle")
ITEMS += [
    ("tf1info_candidats", '''Si l'Otan revient au premier rang à l'occasion du conflit ukrainien, la guerre a relancé le vieux débat français sur la participation au commandement intégré de l'organisation transatlantique.''',
     N, NO, OUTLET, ""),
    ("tf1info_candidats", '''Emmanuel Macron, qui la jugeait "en état de mort cérébrale" en novembre 2019, à l'époque des fortes tensions avec la Turquie, a pourtant plaidé, dès les premières heures de l'invasion russe, pour l'organisation d'un sommet exceptionnel de l'Otan pour répondre à la crise.''',
     N, NO, EM, "the main clause (calling for a NATO summit) is the point; the 'brain death' relative clause is concessive background; nothing on France's membership"),
    ("tf1info_candidats", '''Le président sortant, qui privilégie la mise en œuvre d'une défense européenne, n'a jamais remis en cause la participation de la France au commandement intégré.''',
     N, NO, EM, "strict: 'never questioned' participation is the absence of a challenge, not a stated wish to stay"),
    ("tf1info_candidats", '''Plusieurs centaines de soldats français ont d'ailleurs été envoyés dans les pays limitrophes de l'Ukraine, ainsi que des avions.''',
     N, NO, OUTLET, ""),
    ("tf1info_candidats", '''Idem pour Valérie Pécresse, qui estimait, le 10 mars, que la sécurité européenne repose sur "deux piliers" : l'Otan et la défense européenne.''',
     A, ST, "Valérie Pécresse", "European security resting on NATO = France needs NATO"),
    ("tf1info_candidats", '''"Avec moi, la France restera dans le commandement intégré de l'Otan", a-t-elle assuré.''', A, ST, "Valérie Pécresse", ""),
    ("tf1info_candidats", '''C'est Nicolas Sarkozy, dont elle était ministre, qui a organisé en 2009 le retour de la France dans le commandement intégré.''',
     A, RD, NS, "actor's act (guideline 4.3)"),
    ("tf1info_candidats", '''Ni Anne Hidalgo ni Yannick Jadot n'ont remis en cause, à ce jour, la participation de la France à l'organisation internationale.''',
     N, NO, "Anne Hidalgo; Yannick Jadot", "absence of a challenge, not a stated position (same reading as the Macron sentence above)"),
    ("tf1info_candidats", '''Le candidat écologiste jugeait toutefois, en novembre 2019, que l'Otan était "une coquille vide" et qu'elle avait vocation à laisser place à "une politique européenne de défense".''',
     N, DR, "Yannick Jadot", "NATO should give way to a European defence policy: criticism, no call for France to leave (guideline 4.9)"),
    ("tf1info_candidats", '''Il refuse l'entrée de l'Ukraine dans l'Otan.''', N, DR, "Yannick Jadot", "opposing enlargement (guideline 4.5)"),
    ("tf1info_candidats", '''Fabien Roussel a plaidé à de nombreuses reprises pour la sortie de la France, en 2019 (conflit avec la Turquie), en 2021 (affaire des sous-marins australiens) et en janvier dernier (Ukraine).''',
     F, LA, "Fabien Roussel", "'la sortie de la France' = from NATO (section topic)"),
    ("tf1info_candidats", '''Pour autant, il a estimé, le 8 mars, que "la sortie de l'Otan n'est pas d'actualité", la priorité étant "d'abord de trouver la paix en Europe".''',
     N, NO, "Fabien Roussel", "deferral without the aim kept in the sentence (guideline 4.2)"),
]

# ---- hespress_fr (Hespress FR via maghress.com, Morocco, November 2019) -- from the first body sentence
SOURCES["hespress_fr"] = ("fr", "(not shown)", "Hespress FR (via Maghress)", "https://maghress.com/fr/hespressfr/106517",
                          "(not shown) [text: The Economist interview, a month before the London summit: November 2019]",
                          "Macron mort cérébrale OTAN réaction éditorial autonomie stratégique européenne")
ITEMS += [
    ("hespress_fr", '''Le président français, Emanuel Macron est mécontent de l'état de l'Alliance atlantique et il le fait savoir.''', N, DR, EM,
     "the source misspells 'Emanuel'"),
    ("hespress_fr", '''Dans un entretien à l'hebdomadaire The Economist, Macron a a jugé l'Otan en état de « mort cérébrale », déplorant particulièrement le manque de coordination entre les Etats-Unis et l'Europe et le comportement unilatéral de la Turquie en Syrie.''',
     N, DR, EM, "'a a' sic"),
    ("hespress_fr", '''« Ce qu'on est en train de vivre, c'est la mort cérébrale de l'Otan.''', N, DR, EM, ""),
    ("hespress_fr", '''Vous n'avez aucune coordination de la décision stratégique des Etats-Unis avec les partenaires de l'Alliance et nous assistons à une agression menée par un autre partenaire de l'Otan, la Turquie, dans une zone où nos intérêts sont en jeu, sans coordination », a-t-il dit, estimant que « ce qui s'est passé est un énorme problème pour l'Otan ».''',
     N, DR, EM, ""),
    ("hespress_fr", '''A un mois d'un sommet de l'Alliance prévu à Londres début décembre, Macron s'interroge en particulier sur l'avenir de l'Article 5 du traité atlantique, qui prévoit une solidarité militaire entre membres de l'Alliance si l'un d'entre eux est attaqué.''',
     N, DR, EM, "questions Article 5, no exit call"),
    ("hespress_fr", '''Pour le chef de l'Etat français, il faut « clarifier maintenant quelles sont les finalités stratégiques de l'Otan ».''', N, DR, EM, ""),
    ("hespress_fr", '''Il a dans ce sens appelé à « muscler » l'Europe de la défense.''', N, DR, EM, "European defence"),
]

# ---- solidariteetprogres (Solidarité et Progrès, party news site, April 2008) -- from the first body sentence
SOURCES["solidariteetprogres"] = ("fr", "(not shown) [URL slug: otan-le-retour]", "Solidarité et Progrès (site du parti)",
                                  "https://solidariteetprogres.fr/actualites-001/article/otan-le-retour.html",
                                  "(not shown) [text: Bucharest summit, 'jeudi 3 avril': April 2008]",
                                  "Ouest-France OTAN commandement intégré retour 2009 Sarkozy critique gaullistes")
ITEMS += [
    ("solidariteetprogres", '''L’intervention de Nicolas Sarkozy lors du sommet de l’OTAN à Bucarest, jeudi 3 avril, confirme sa volonté d’y ramener la France dans le commandement intégré, bien que le général De Gaulle l’ait quitté le 6 mars 1966.''',
     A, RD, NS, "de Gaulle's 1966 act is a concessive clause; the main clause is Sarkozy's will to return"),
    ("solidariteetprogres", '''Pour citer M.Sarkozy, « nous avons besoin des Etats-Unis et les Etats-Unis ont besoin d’alliés forts.''', A, ST, NS,
     "said at the NATO summit to justify the rapprochement: France needs its (NATO) ally"),
    ("solidariteetprogres", '''Cela ouvre la porte pour la France à une rénovation forte de ses relations avec l’OTAN ».''', A, RD, NS, ""),
    ("solidariteetprogres", '''En témoignent la décision française d’envoyer quelque sept cents hommes supplémentaires en Afghanistan et la proposition, « en accord avec mon amie Angela Merkel », de tenir en 2009 « le sommet du soixantième anniversaire à Kehl et à Strasbourg, deux villes situées de part et d’autre de la frontière franco-allemande.''',
     A, RD, NS, "decisions cited as evidence of the deeper engagement with NATO (decision)"),
    ("solidariteetprogres", '''Ce sera le symbole de l’amitié franco-allemande, de la réconciliation européenne et du partenariat transatlantique ».''', N, NO, NS,
     "continuation of Sarkozy's quote about the summit venue"),
    ("solidariteetprogres", '''Ce sommet « viendrait conclure le processus de rénovation de la relation de la France avec l’OTAN ».''', A, RD, NS, ""),
    ("solidariteetprogres", '''« Le retour de la France dans le commandement intégré de l’Otan est un beau lot et nous sommes prêts à aider le président Sarkozy à y parvenir », a expliqué un diplomate américain.''',
     A, RD, "unnamed: American diplomat", "an outside actor backing the return"),
    ("solidariteetprogres", '''Heureusement, de fortes résistances se manifestent de part et d’autre.''',
     F, LC, OUTLET, "the site welcomes ('heureusement') the resistance to the return: the outlet (a party site) opposes the 2009 return"),
]

# ---- liberation_2007 (Libération, 25 September 2007) -- from the first body sentence
SOURCES["liberation_2007"] = ("fr", "(not shown) [URL slug: paris-redevient-otan-compatible]", "Libération",
                              "https://www.staging.libe.io/planete/2007/09/25/paris-redevient-otan-compatible_102489",
                              "(not shown) [URL: 2007/09/25]",
                              "Ouest-France OTAN commandement intégré retour 2009 Sarkozy critique gaullistes")
ITEMS += [
    ("liberation_2007", '''Depuis que la France a quitté le commandement militaire intégré de l'Organisation du traité de l'Atlantique Nord (Otan) en 1966, c'est la première fois qu'un président de la République évoque aussi clairement les conditions d'un retour.''',
     N, NO, OUTLET, "the outlet's framing; the 1966 exit is a bare fact and 'evoking the conditions of a return' states no aim"),
    ("liberation_2007", '''Nicolas Sarkozy a toutefois fixé, hier, deux «préalables» à une réintégration pleine et entière de la France dans l'Otan.''',
     N, NO, NS, "conditions on a return, without the return stated as his aim: treated like a deferral (guideline 4.2, mirrored)"),
    ("liberation_2007", '''«Préalables».''', N, NO, OUTLET, "inline subheading"),
    ("liberation_2007", '''Dans une interview au New York Times, le président de la République affirme qu'il «conditionnera [ce] mouvement [.]par une avancée sur l'Europe de la défense» et que ce retour «ne pourrait avoir lieu que dans la mesure où une place serait faite dans les instances de direction, au plus haut niveau, pour des représentants de la France»''',
     N, DR, NS, "conditions on the return, one of them progress on European defence (as Hollande's condition in franceintheus): distance; the source glues the next quotation to this one without a space or stop, so the split is at '».«'"),
    ("liberation_2007", '''«Sans avancée sur ces deux préalables, il n'y aura pas de réintégration», ajoute-t-il dans les colonnes du quotidien américain.''',
     N, NO, NS, "a condition, not a rejection of the return"),
    ("liberation_2007", '''Nicolas Sarkozy ne cache pas ses penchants atlantistes : «Qu'on arrête de présenter l'Otan comme une espèce d'épouvantail», demande-t-il.''',
     A, RD, NS, "debatable: a defence of NATO by the president who is preparing the return (context); read as backing closer integration"),
    ("liberation_2007", '''Le 11 septembre, le ministre de la Défense, Hervé Morin, avait déjà demandé que l'on cesse «de chipoter et de barguigner» avec l'Alliance atlantique.''',
     A, RD, "Hervé Morin", "stop haggling with the Alliance = go for full engagement (context: the return)"),
    ("liberation_2007", '''Les «préalables» fixés par Sarkozy ne constituent pas pour autant une rupture diplomatique.''', N, NO, OUTLET, ""),
    ("liberation_2007", '''Depuis une dizaine d'années, la France s'est considérablement rapprochée de l'Otan, participant à la plupart de ses opérations militaires, du Kosovo à l'Afghanistan.''',
     N, NO, OUTLET, "bare fact, country as subject (guideline 5)"),
]

# ---- vpk_name (VPK.name, Russian military-news site in English, citing Le Figaro, 2021) -- from the first body sentence
SOURCES["vpk_name"] = ("en", "(not shown) [URL slug: as-in-1966-france-is-again-thinking-of-withdrawing-from-nato]", "VPK.name (English edition)",
                       "https://vpk.name/en/547049_as-in-1966-france-is-again-thinking-of-withdrawing-from-nato.html",
                       "(not shown) [text: after the AUKUS cancellation and the Afghanistan withdrawal: late 2021]",
                       "Zemmour NATO integrated command withdraw France foreign press 2022")
ITEMS += [
    ("vpk_name", '''The call of a number of French politicians for the country's withdrawal from NATO is not an empty phrase.''', N, NO, OUTLET,
     "assesses the exit call without stating anyone's position (guideline 4.10)"),
    ("vpk_name", '''He is gaining more and more supporters who disagree with the actions of the United States and want independence from them.''',
     N, DR, "unnamed: supporters of the exit call", "'He' (sic) = the call; the supporters' stated aim is independence from the US, the exit itself is not restated"),
    ("vpk_name", '''This is reported by the French newspaper Le Figaro.''', N, NO, OUTLET, ""),
    ("vpk_name", '''Today, despite the fact that the demand for withdrawal from NATO is put forward mainly by sovereignists of all stripes - from the deputy of the National Assembly of the country from the party "Unconquered France" Jean-Luc Melenchon, his fellow parliamentarian - leader of the conservative National Front party Marine Le Pen to right-wing journalist Eric Zemmour - they all agree on the ineffectiveness of the alliance, the publication points out.''',
     F, LA, JLM + "; " + MLP + "; " + EZ, "debatable: the exit demand is in the concessive clause and the main clause is criticism, but both belong to the same holders; the sentence says 'withdrawal from NATO' (Le Pen and Zemmour wanted the command only): labelled as stated"),
    ("vpk_name", '''"It is worth remembering the words of President Emmanuel Macron in October 2019 that "NATO is in a state of brain death."''',
     N, DR, "Le Figaro", "the newspaper quoted by the outlet recalls Macron's criticism"),
    ("vpk_name", '''And the recent fiasco with the withdrawal of American troops from Afghanistan and the humiliation of France in connection with the cancellation of the contract for the purchase of our submarines by Australia under US pressure only worsened the situation," the newspaper notes.''',
     N, DR, "Le Figaro", "criticism of the US (Afghanistan, AUKUS) tied here to the state of NATO ('the situation' = brain death), so distance rather than none"),
    ("vpk_name", '''A group of experts, including former French Foreign Minister Hubert Vedrin, has been working on this issue since last year.''', N, NO, OUTLET, ""),
    ("vpk_name", '''"The withdrawal of France from the NATO joint command will allow us to restore sovereignty and independence, in particular, on the basis of the French nuclear deterrent force, the only one in Europe.''',
     F, LC, "Éric Ciotti", "argument that leaving the command would be good, by its advocate (guideline 4.7); the quote is attributed to Ciotti at its end (attribution as printed by the outlet)"),
    ("vpk_name", '''The leadership of Nicolas Sarkozy (president from 2007 to 2012) in the international arena has made France a respected partner.''', N, NO, "Éric Ciotti",
     "continuation of the quote"),
    ("vpk_name", '''But his successors have weakened France and its influence, and we are no longer respected.''', N, NO, "Éric Ciotti", ""),
    ("vpk_name", '''NATO was created in the context of the Cold War against an enemy that no longer exists.''', N, DR, "Éric Ciotti", "criticism of NATO's raison d'être"),
    ("vpk_name", '''Instinctively, the alliance takes Russia, which has not been the USSR for a long time, for an enemy, while this is not the case," said Eric Ciotti, a deputy from the Republicans party.''',
     N, DR, "Éric Ciotti", "NATO-Russia: rapprochement position"),
]

# ---- alarabiya_2020 (Al Arabiya English, 18 June 2020) -- from the first body sentence
SOURCES["alarabiya_2020"] = ("en", "(not shown) [URL slug: NATO-investigating-Turkey-France-naval-incident-in-the-Mediterranean]", "Al Arabiya English",
                             "https://english.alarabiya.net/en/News/world/2020/06/18/NATO-investigating-Turkey-France-naval-incident-in-the-Mediterranean.html",
                             "2020-06-18", "Greece Turkey NATO tensions Mediterranean France frigate incident 2020 alliance")
ITEMS += [
    ("alarabiya_2020", '''NATO is investigating an incident in the Mediterranean in which France says Turkish frigates were “extremely aggressive” towards one of its naval vessels, the head of the alliance said Thursday.''',
     N, NO, "Jens Stoltenberg", "a NATO matter, not France's membership"),
    ("alarabiya_2020", '''The French ship, on duty as part of a NATO operation, tried to check a cargo ship on suspicion it was taking arms to Libya in breach of a UN embargo.''',
     N, NO, OUTLET, ""),
    ("alarabiya_2020", '''According to French officials, the Turkish frigates intervened and carried out radar targeting three times, suggesting a missile strike was imminent.''',
     N, NO, "unnamed: French officials", ""),
    ("alarabiya_2020", '''Fellow NATO member Turkey has dismissed the allegations as “groundless” and the alliance is now probing the matter.''', N, NO, "Turkey", ""),
    ("alarabiya_2020", '''“We have made sure that the NATO military authorities are investigating the incident to bring full clarity into what happened,” NATO Secretary General Jens Stoltenberg said after a video meeting of alliance defense ministers.''',
     N, NO, "Jens Stoltenberg", ""),
    ("alarabiya_2020", '''France is furious over the incident, slamming Turkey’s actions as “unacceptable by an ally”, and Defense Minister Florence Parly raised the matter during the talks with her NATO counterparts.''',
     N, NO, "Florence Parly", "criticism of an ally's behaviour, not of NATO or of France's place in it"),
]

# ---- barrot_npr (French foreign ministry, transcript of Jean-Noël Barrot's NPR interview, Munich, 14 February 2026) -- from the first question
SOURCES["barrot_npr"] = ("en", "Entretien de Jean-Noël Barrot, ministre de l’Europe et des affaires étrangères, avec « NPR » (Munich, 14 février 2026)",
                         "Ministère de l'Europe et des affaires étrangères (diplomatie.gouv.fr)",
                         "https://www.diplomatie.gouv.fr/fr/les-ministres/jean-noel-barrot/presse-et-medias/article/entretien-de-jean-noel-barrot-ministre-de-l-europe-et-des-affaires-etrangeres-287543",
                         "2026-02-14", "Lecornu Barrot France remains loyal NATO ally Trump 2025 defence minister interview")
JNB = "Jean-Noël Barrot"
ITEMS += [
    ("barrot_npr", '''Q - Jean-Noel Barrot is France’s minister for Europe and foreign affairs, so France’s top diplomat.''', N, NO, "unnamed: NPR journalist",
     "the French title line before it is not part of the English interview and was skipped"),
    ("barrot_npr", '''Welcome, bienvenue, enchantee.''', N, NO, "unnamed: NPR journalist", ""),
    ("barrot_npr", '''R - Merci beaucoup, thank you very much.''', N, NO, JNB, ""),
    ("barrot_npr", '''Q - We are speaking one floor up from where the U.S. Secretary of State, Marco Rubio, spoke today here at the Munich Security Conference.''',
     N, NO, "unnamed: NPR journalist", ""),
    ("barrot_npr", '''He received a standing ovation.''', N, NO, "unnamed: NPR journalist", ""),
    ("barrot_npr", '''And I wonder, do you believe that is because America’s allies loved what he had to say, or because you feared it might be so much worse ?''',
     N, NO, "unnamed: NPR journalist", ""),
    ("barrot_npr", '''R - I believe that if the crowd here welcomed Secretary Rubio’s remarks, it’s because he emphasized two important points.''', N, NO, JNB, ""),
    ("barrot_npr", '''One is the historical links between the U.S. and Europe.''', N, NO, JNB, ""),
]

# ---- i24news_fr (i24NEWS, live blog entry, March 2025) -- from the entry's headline
SOURCES["i24news_fr"] = ("fr", "(not shown) [live blog; entry: Trump doute de la loyauté de la France envers l'OTAN, Macron répond]", "i24NEWS (français)",
                         "https://www.i24news.tv/fr/actu/israel-en-guerre/artc-live-blog-rapport-en-syrie-plus-de-70-morts-dans-des-affrontements-entre-partisans-d-assad-et-forces-du-nouveau-regime",
                         "2025-03", "Lecornu Barrot France remains loyal NATO ally Trump 2025 defence minister interview")
ITEMS += [
    ("i24news_fr", '''Trump doute de la loyauté de la France envers l'OTAN, Macron répond : "Nous sommes des alliés solides"''', A, ST, EM,
     "headline with two holders: Trump's doubt is the occasion, Macron's answer affirms France's commitment in NATO (as held-out h043)"),
    ("i24news_fr", '''Le président français Emmanuel Macron a répondu au président américain Donald Trump, qui s'interrogeait sur la disponibilité de la France à défendre les États-Unis en cas de besoin dans le cadre de l'alliance de l'OTAN, en déclarant : "Nous sommes des alliés loyaux et solides, nous avons toujours été là l'un pour l'autre".''',
     A, ST, EM, "affirms France's commitment as a NATO ally: stay"),
    ("i24news_fr", '''Lors d'une conférence de presse à Bruxelles à l'issue d'un sommet des dirigeants de l'Union européenne, Macron a ajouté que "la France a toujours fait preuve de respect et d'amitié envers les États-Unis et ses dirigeants, et elle est en droit d'exiger la même chose des Américains".''',
     N, NO, EM, "bilateral respect, not NATO membership"),
    ("i24news_fr", '''Ces déclarations font suite aux propos de Trump qui avait affirmé : "Je ne suis pas sûr que si les États-Unis avaient un problème et que nous appelions la France ou d'autres pays, ils viendraient nous aider comme ils sont censés le faire."''',
     N, NO, DT, "Trump doubts allies' solidarity; no position on France's membership"),
]

# ---- pravda_fr_2024 (Pravda FR, news-pravda.com, 21 July 2024) -- from the headline
SOURCES["pravda_fr_2024"] = ("fr", "En France, ils prônent le retrait du pays de l'OTAN", "Pravda FR (news-pravda.com)",
                             "https://francais.news-pravda.com/world/2024/07/21/200263.html", "(not shown) [URL: 2024/07/21]",
                             "Zemmour NATO integrated command withdraw France foreign press 2022")
ITEMS += [
    ("pravda_fr_2024", '''En France, ils prônent le retrait du pays de l'OTAN''', F, LA, JLM + "; " + FP,
     "headline; 'ils' = Mélenchon and Philippot (body)"),
    ("pravda_fr_2024", '''Le fondateur du parti de gauche français "France Insoumise", Jean-Luc Mélenchon, a déclaré que s'il devenait président, il retirerait le pays de l'OTAN.''',
     F, LA, JLM, ""),
    ("pravda_fr_2024", '''Il a déclaré dans une interview à l'espagnol journal de Pais.''', N, NO, JLM, "only says where he spoke (garbled, sic)"),
    ("pravda_fr_2024", '''"Je choisis la logique du désarmement et de l'apaisement.''', N, DR, JLM, "de-escalation; the exit call is in the next sentence"),
    ("pravda_fr_2024", '''Si j'étais à l'Elysée, je serais certainement sorti systématiquement et de manière organisée d'un commandement militaire unifié, de l'OTAN", l'édition de Mélenchon.''',
     F, LA, JLM, "organised exit from the unified command and from NATO: end point is the alliance; garbled attribution 'l'édition de Mélenchon' (sic)"),
    ("pravda_fr_2024", '''Il a souligné que la question de la sortie de l'OTAN s'est posée pendant le conflit ukrainien.''', N, DR, JLM,
     "raises the question without answering it in the sentence"),
    ("pravda_fr_2024", '''Pour le politicien, il est nécessaire pour la France de "ne pas se voir entraînée dans cette histoire".''', N, DR, JLM,
     "not being dragged into the war: distance, no exit call in the sentence"),
    ("pravda_fr_2024", '''Auparavant, l'homme politique français Florian Philippot a appelé Paris à rompre les relations avec l'OTAN après les déclarations du président du Comité militaire de l'Alliance sur la guerre avec la Russie.''',
     F, LA, FP, "'break relations with NATO' = leave the alliance"),
    ("pravda_fr_2024", '''Le portail Euractiv a écrit que les membres de l'OTAN sont "sérieusement préoccupés" par le fait que la France peut quitter unité de commandement militaire.''',
     N, NO, "Euractiv", "reports allies' concern about a possible French exit; no one states that France should stay ('unité' sic)"),
]

# ---- globalsentinelng (Global Sentinel, Nigeria, "The Backstory" newsletter reprint, 2024) -- from the first body sentence
SOURCES["globalsentinelng"] = ("en", "(not shown) [URL slug: the-backstory-france-on-the-world-stage]", "Global Sentinel (Nigeria)",
                               "https://globalsentinelng.com/the-backstory-france-on-the-world-stage",
                               "(not shown) [page date line: Mon. Nov 18th, 2024]",
                               "Carnegie ECFR analysis France NATO Gaullist tradition strategic autonomy Macron")
ITEMS += [
    ("globalsentinelng", '''French President Emmanuel Macron met with Russian President Vladimir Putin this week in an attempt to ease the standoff with Russia over the fate of Ukraine.''',
     N, NO, OUTLET, "the page date line before it was skipped"),
    ("globalsentinelng", '''As Celia Belin writes, “such long-odds shuttle diplomacy has been characteristic of Macron, who has made high-profile, if often exceedingly ambitious, diplomatic interventions a hallmark of his five years in office.”''',
     N, NO, "Célia Belin", "an 'Image' placeholder and a linked article title after it were skipped"),
    ("globalsentinelng", '''It was Charles de Gaulle, president of France from 1959 to 1969, who perhaps best encapsulates the post–World War II French leader wanting to commandeer the international stage.''',
     N, NO, OUTLET, ""),
    ("globalsentinelng", '''In de Gaulle’s mind, France could “never recognize a hegemony other than her own,” Herbert Lüthy wrote in 1965.''', N, NO, "Herbert Lüthy", ""),
    ("globalsentinelng", '''Some of the frustrations U.S. policymakers had with de Gaulle stemmed from his less pragmatic and more theoretical approach to world affairs, Henry Kissinger argued in 1963.''',
     N, NO, "Henry Kissinger", ""),
    ("globalsentinelng", '''“The unsatisfactory nature of much of our dialogue with Germany and France derives from the fact that their current leaders are a very different sort … Their reality is their concept of the future or of the structure of the world they wish to bring about.”''',
     N, NO, "Henry Kissinger", "kept as one unit: the quotation's ellipsis joins the two parts"),
    ("globalsentinelng", '''U.S.-French clashes culminated in 1966 when de Gaulle decided to kick NATO forces out of France.''', F, LC, CDG,
     "de Gaulle's decision (guideline 4.3): expelling NATO forces went with the command withdrawal; command only"),
    ("globalsentinelng", '''France’s ambivalence toward the United States persisted throughout the Cold War, as David Yost observed in a 1990 essay: “The French want a U.S. military and nuclear presence in Europe, but not on their soil.”''',
     N, NO, "David Yost", "an observer's description, no position on France's place in NATO"),
]

# ---- newsrnd (NewsRnd, English rewrite of a French-press analysis, February 2024) -- from the headline
SOURCES["newsrnd"] = ("en", "“A second life insurance”? Why Europe is far from being able to do without NATO and the United States.", "NewsRnd",
                      "https://newsrnd.com/highlights/news/%E2%80%9Ca-second-life-insurance%E2%80%9D--why-europe-is-far-from-being-able-to-do-without-nato-and-the-united-states.S1UM74Kop.html",
                      "(not shown) [text: Trump's remarks 'on Sunday' about not defending allies: February 2024]",
                      "Trump NATO France Europe defence 2025 Macron nuclear umbrella editorial")
ITEMS += [
    ("newsrnd", '''“A second life insurance”? Why Europe is far from being able to do without NATO and the United States.''', A, ST, OUTLET,
     "debatable: the analysis argues that Europe (France included) cannot do without NATO = needs NATO; not France-specific"),
    ("newsrnd", '''Faced with the prospect of Donald Trump returning to the White House, Stéphane Séjourné, the head of French diplomacy, estimated that the Atlantic alliance is still reliable.''',
     A, ST, "Stéphane Séjourné", "France's foreign minister vouching for the alliance against doubts: France can rely on NATO (stay)"),
    ("newsrnd", '''After three years of Biden's presidency, which saw NATO regain its splendor and strengthened unity between the allies, Donald Trump cast a cold shoulder on Sunday.''',
     N, NO, OUTLET, ""),
    ("newsrnd", '''The ultra-conservative billionaire suggested that - if he were elected president - he would not hire the American army to defend a member state attacked by Russia.''',
     N, NO, DT, "Trump's threat concerns the US, not France's membership"),
]

# ---- memo_2020 (Middle East Monitor, 19 June 2020) -- from the first body sentence
SOURCES["memo_2020"] = ("en", "(not shown) [URL slug: greece-slams-unnamed-nato-members-threat-to-use-force-against-french-navy]", "Middle East Monitor",
                        "https://www.middleeastmonitor.com/20200619-greece-slams-unnamed-nato-members-threat-to-use-force-against-french-navy/",
                        "2020-06-19", "Greece Turkey NATO tensions Mediterranean France frigate incident 2020 alliance")
ITEMS += [
    ("memo_2020", '''The Greek Minister of National Defence, Nikolaos Panagiotopoulos, has rejected the threat to use force by an Allied ship against another Allied member, which took place in the Mediterranean Sea last week.''',
     N, NO, "Nikolaos Panagiotopoulos", "Greece and Turkey, not France's membership"),
    ("memo_2020", '''The Greek Defence Ministry media office said that Panagiotopoulos described the incident as “not only problematic, but unheard of”, adding that “similar behaviour undermining NATO’s cohesion and solidarity is not an alliance with strong ties and common values, but an opportunistic group of individual interests”.''',
     N, NO, "Nikolaos Panagiotopoulos", "criticises an ally's behaviour, said by a Greek minister: nothing about France in NATO (guideline 4.5)"),
    ("memo_2020", '''The minister was referring to allegations that Turkish warships threatened to use force against a French frigate called the Courbet, which was part of a NATO monitoring mission called Sea Guardian, on 10 June.''',
     N, NO, OUTLET, ""),
    ("memo_2020", '''NATO Secretary General Jens Stoltenberg said NATO defence ministers addressed thein cedent in a meeting yesterday.''', N, NO, "Jens Stoltenberg",
     "'thein cedent' sic"),
]

# ---- boulevard_exterieur (Boulevard Extérieur, history of the France-NATO rapprochement) -- from the first sentence of the excerpt
SOURCES["boulevard_exterieur"] = ("fr", "(not shown) [URL slug: France-OTAN-l-historique-d-un-rapprochement]", "Boulevard Extérieur",
                                  "https://www.boulevard-exterieur.com/France-OTAN-l-historique-d-un-rapprochement.html",
                                  "(not shown)", "Chirac 1996 rapprochement OTAN commandement Sud Naples échec")
ITEMS += [
    ("boulevard_exterieur", '''Tout commence peu après l’élection présidentielle de 1995 qui a vu la victoire de Jacques Chirac sur Lionel Jospin.''', N, NO, OUTLET, ""),
    ("boulevard_exterieur", '''Depuis quelques temps déjà le nouveau président s’est laissé convaincre par Alain Juppé, alors que celui-ci n’était que le ministre des affaires étrangères du gouvernement de cohabitation dirigé par Edouard Balladur : on ne peut pas faire de défense européenne si l’on n’est pas présent là où sont nos principaux partenaires européens, c’est-à-dire dans l’OTAN.''',
     A, RD, JC + "; Alain Juppé", "the argument Chirac adopted from Juppé: France must be present (fully) in NATO; two holders with the same position"),
    ("boulevard_exterieur", '''Dès le mois de décembre 1995, Chirac amorce le mouvement en mettant en avant deux conditions : la reconnaissance par les Etats-Unis de la vocation européenne à développer sa propre défense et l’attribution à des officiers français de postes d’importance dans les instances dirigeantes de l’organisation atlantique.''',
     A, RD, JC, "here Chirac acts ('amorce le mouvement' towards reintegration), with conditions: decision, unlike a bare statement of conditions"),
    ("boulevard_exterieur", '''Au printemps-été 1996, la France semble avoir gain de cause.''', N, NO, OUTLET, ""),
    ("boulevard_exterieur", '''Au Conseil atlantique de Berlin, en juin, les Américains et leurs alliés les plus proches, comme les Britanniques, acceptent l’idée d’une composante européenne de la défense commune.''',
     N, NO, "United States and allies", ""),
    ("boulevard_exterieur", '''Des troupes affectées à l’Alliance pourraient être amenées à accomplir, sous commandement européen, des missions en utilisant les moyens de l’OTAN.''',
     N, NO, OUTLET, ""),
]

# ---- latribune_1997 (La Tribune, archives, July 1997) -- from the headline
SOURCES["latribune_1997"] = ("fr", "Structure militaire de l'Otan : Chirac refuse toute contrainte de calendrier", "La Tribune",
                             "https://www.latribune.fr/journal/archives/economie/international/idfcc109cf29312ed2c1256b690004f890/structure-militaire-de-lotan--chirac-refuse-toute-contrainte-de-calendrier-.html",
                             "(not shown) [text: last day of the NATO Madrid summit: July 1997]",
                             "Chirac 1996 rapprochement OTAN commandement Sud Naples échec")
ITEMS += [
    ("latribune_1997", '''Structure militaire de l'Otan : Chirac refuse toute contrainte de calendrier''', N, NO, JC,
     "refusing a deadline for a return says nothing about the aim"),
    ("latribune_1997", '''« La France n'a pas l'intention de rentrer ni avant, ni après le mois de décembre dans la structure militaire intégrée » de l'Otan (quittée en 1966).''',
     F, LC, JC, "debatable: refusing to re-enter the integrated structure keeps France out of the command (as held-out 'presidents kept the 1966 decision'); said in a dispute over a deadline"),
    ("latribune_1997", '''C'est ce qu'a déclaré hier à Madrid le président Chirac, au dernier jour du sommet de l'Otan, en réponse à une déclaration du secrétaire américain à la Défense, William Cohen.''',
     N, NO, JC, "only says who spoke and where"),
    ("latribune_1997", '''Lundi, ce dernier avait affirmé que la France allait « rester d'une manière ou d'une autre en arrière si elle ne rentre pas dans les structures militaires intégrées d'ici à décembre (puisqu')elle sera exclue des nouveaux commandements qui doivent être attribués prochainement ».''',
     A, RD, "William Cohen", "argument that staying outside the integrated structures is harmful = pressing France to rejoin"),
    ("latribune_1997", '''« Je ne vois pas ce que le mois de décembre aura de déterminant pour la France qui soit de nature à modifier son jugement.''', N, NO, JC,
     "rejects the deadline, no aim stated"),
    ("latribune_1997", '''C'est une affirmation dénuée de fondement », a lancé le président français en rappelant ses positions en faveur d'un rééquilibrage des responsabilités entre Européens et Américains au sein de l'Alliance.''',
     N, DR, JC, "rebalancing between Europeans and Americans within the Alliance: reform, no exit"),
]

# ---- rt_fr_asselineau (RT France, March 2017) -- from the paragraph introducing the candidate
SOURCES["rt_fr_asselineau"] = ("fr", "(not shown) [URL slug: francois-asselineau-tient-conference-presse]", "RT France",
                               "https://francais.rt.com/france/35059-francois-asselineau-tient-conference-presse/amp",
                               "(not shown) [text: the 500 sponsorships just obtained: March 2017]",
                               "Asselineau UPR sortie de l'OTAN article 5 Frexit")
ITEMS += [
    ("rt_fr_asselineau", '''Ancien proche de Charles Pasqua, passé par le RPF et l'UMP, François Asselineau, candidat «connecté avec les Français», mène depuis des mois une campagne intense sur le web et les réseaux sociaux.''',
     N, NO, OUTLET, "passage starts at the fourth paragraph (the scene-setting paragraphs before it were not taken)"),
    ("rt_fr_asselineau", '''Son mot d'ordre : le Frexit.''', N, NO, FA, "EU exit: other target (guideline 4.6)"),
    ("rt_fr_asselineau", '''Selon François Asselineau, quitter l'Union européenne, mais également l'OTAN, est vital pour la France qui doit retrouver une souveraineté perdue.''',
     F, LA, FA, "the NATO part is an explicit exit call; the EU part is another target"),
    ("rt_fr_asselineau", '''La charte fondatrice de l'UPR, distribuée aux journalistes à leur arrivée est d'ailleurs formelle :''', N, NO, OUTLET,
     "frame sentence ending in a colon"),
    ("rt_fr_asselineau", '''«Quelle que soit la présentation avantageuse, futuriste, utopique, ou édulcorée que l'on tente d'en faire, il est incontestable [...] que l'Union européenne a pour effet de soumettre les Français à un pouvoir d'origine étrangère, d'essence oligarchique, et non élu, dont, au fond, ils ne reconnaissent pas la légitimité.''',
     N, NO, "Union populaire républicaine (UPR)", "the party charter on the EU: other target"),
]

# ---- letemps_2022 (Le Temps, Switzerland, 2022) -- from the first body sentence
SOURCES["letemps_2022"] = ("fr", "(not shown) [URL slug: face-russie-lue-contrainte-saligner-etats-dame-lotan]", "Le Temps (Suisse)",
                           "https://www.letemps.ch/monde/face-russie-lue-contrainte-saligner-etats-dame-lotan",
                           "(not shown) [text: 'L'OTAN de 2022': 2022]", "Macron mort cérébrale OTAN réaction éditorial autonomie stratégique européenne")
ITEMS += [
    ("letemps_2022", '''L’OTAN de 2022 n’est plus en état de «mort cérébrale».''', N, NO, OUTLET, "the outlet's analysis; no one's position on France"),
    ("letemps_2022", '''L’Alliance atlantique est pleinement de retour sur le devant de la scène, et l’Union européenne n’a pas d’autre choix que de s’aligner.''', N, NO, OUTLET,
     "the EU aligning on NATO: analysis, not France's membership"),
    ("letemps_2022", '''Telle est la nouvelle réalité engendrée par l’agression russe contre l’Ukraine, et par la décision de Vladimir Poutine d’enclencher l’engrenage d’une nouvelle guerre sur le continent.''',
     N, NO, OUTLET, ""),
    ("letemps_2022", '''Oubliée donc, la charge frontale d’Emmanuel Macron dans The Economist le 9 novembre 2019.''', N, NO, OUTLET,
     "refers to Macron's criticism only to say it is outdated: the outlet's assessment"),
]

# ---- universalis_2009 (Encyclopædia Universalis, chronology entry for 17 March 2009) -- from the entry title
SOURCES["universalis_2009"] = ("fr", "17 mars 2009 — France. Réintégration dans l'O.T.A.N", "Encyclopædia Universalis (chronologie)",
                               "https://universalis.fr/evenement/17-mars-2009-reintegration-dans-l-o-t-a-n", "(not shown) [event: 17 mars 2009]",
                               "French opposition to NATO return 2009 Bayrou Fabius debate Assembly vote")
ITEMS += [
    ("universalis_2009", '''France. Réintégration dans l'O.T.A.N''', N, NO, OUTLET, "entry title: a bare event, country as subject; the date line before it was skipped"),
    ("universalis_2009", '''Le Premier ministre François Fillon engage, au titre de l'article 49-1 de la Constitution, la responsabilité du gouvernement sur sa politique étrangère, qui inclut le retour de la France dans le commandement intégré de l'O.T.A.N.''',
     A, RD, FF, "the government staking its survival on a policy that includes the return: decision backing it"),
    ("universalis_2009", '''Il prive ainsi les députés, dont les gaullistes de sa propre majorité, d'un vote sur la question spécifique du retour de la France dans les structures militaires de l'Alliance atlantique, trente-trois ans après la décision du général de Gaulle de les quitter.''',
     N, NO, FF, "procedural consequence; de Gaulle's decision is a passing mention (guideline 4.4); 'trente-trois ans' sic"),
    ("universalis_2009", '''La confiance est accordée au gouvernement par 329 voix contre 238.''', N, NO, OUTLET,
     "unlike the TwoCircles item, the sentence does not say that the vote covered the return"),
    ("universalis_2009", '''Cette décision sera officialisée lors du sommet de l'O.T.A.N. qui se tiendra les 3 et 4 avril à Strasbourg-Kehl (Allemagne).''', N, NO, OUTLET,
     "a future formality stated as fact, no actor arguing"),
]

# ===================================== END OF DATA =============================================


sys.path.insert(0, str(HERE.parent))  # the checks every stance sheet shares: ../stance_sheet_checks.py
from stance_sheet_checks import check_sheet, replace_counts  # noqa: E402

LANGUAGE = ('en', 'fr')


def check():
    """Run the checks shared by every stance sheet; fail with a message on the first problem."""
    check_sheet(ITEMS, SOURCES, LANGUAGE, HERE)


def build():
    check()
    source_ids = {}
    for key, *_ in ITEMS:
        if key not in source_ids:
            source_ids[key] = f"ts{len(source_ids) + 1:02d}"
    rows = []
    for i, (key, text, label, position, speaker, note) in enumerate(ITEMS, 1):
        rows.append({
            "item_id": f"t{i:03d}", "source_id": source_ids[key], "language": SOURCES[key][0],
            "text": text, "label": label, "position": position, "speaker": speaker, "note": note,
        })
    with LABELS_OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with SOURCES_OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source_id", "language", "title", "publisher", "url", "published", "query", "n_sentences"])
        n_items = Counter(key for key, *_ in ITEMS)
        for key, sid in source_ids.items():
            lang, title, publisher, url, published, query = SOURCES[key]
            w.writerow([sid, lang, title, publisher, url, published, query, n_items[key]])
    return rows, source_ids


def counts_markdown(rows, source_ids):
    langs = ["en", "fr"]
    n_src = Counter(SOURCES[k][0] for k in source_ids)
    publishers = {SOURCES[k][2] for k in source_ids}
    out = [f"{len(rows)} sentences from {len(source_ids)} pages "
           f"({n_src['en']} English, {n_src['fr']} French; {len(publishers)} different publishers).", ""]
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
    out += ["", "**Sentences per page**", "", "| source_id | lang | publisher | sentences | FAVOR | AGAINST | NONE |",
            "|---|---|---|---:|---:|---:|---:|"]
    for key, sid in source_ids.items():
        rs = [r for r in rows if r["source_id"] == sid]
        c = Counter(r["label"] for r in rs)
        out.append(f"| {sid} | {SOURCES[key][0]} | {SOURCES[key][2]} | {len(rs)} | {c[F]} | {c[A]} | {c[N]} |")
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
