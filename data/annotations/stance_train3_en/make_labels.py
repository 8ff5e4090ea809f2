#!/usr/bin/env python3
"""Write the English stance TRAINING set no. 3: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command", labelled per sentence
following ../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position).

The sentences were copied verbatim from excerpts of public English-language pages returned by a
search tool over stored copies of public web pages (corpus "pages", collected 2026-12-05). For each
page ONE contiguous run of the article body (headline / first body sentence shown onwards, at most
~15 sentences) was taken and EVERY complete sentence of it was labelled, stance-bearing or not.
The ITEMS of one source are in page order.

Every decision below was made by hand, by an annotator who did not read helpers/stance.py,
helpers/speakers.py, helpers/stance_report.py, data/reference/stance_lexicon.csv,
tests/test_stance*.py, tests/test_speakers*.py, notebooks/02-*.ipynb or data/processed, did not
open the other annotators' new directories, and did not run any classifier or project code.
This script holds those decisions as an explicit table (SOURCES, ITEMS) and contains no
heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every speaker is non-empty,
  - every source is used, every item points to a declared source, every source is English, the
    items of one source are contiguous, no URL is used twice,
  - no source URL is a seed URL (data/raw/manifest.csv) or a URL of any other stance sheet
    (data/annotations/stance*/sources.csv other than this directory's),
  - no two items are near-identical (difflib ratio >= 0.85, lower-cased), and no item is a
    near-duplicate of any sentence of data/annotations/stance*/labels.csv other than this
    directory's (all sheets that exist when the script runs),
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage (from /work/main):  python3 data/annotations/stance_train3_en/make_labels.py
"""
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
ITEM_PREFIX, SOURCE_PREFIX = "g", "gs"

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

# canonical names (data/reference/actors.csv, collectives.csv)
JLM = "Jean-Luc Mélenchon"
MLP = "Marine Le Pen"
EM = "Emmanuel Macron"
CDG = "Charles de Gaulle"
NS = "Nicolas Sarkozy"
FH = "François Hollande"
HV = "Hubert Védrine"
DT = "Donald Trump"
JS = "Jens Stoltenberg"
JDHS = "Jaap de Hoop Scheffer"
FP = "Florence Parly"
FRGOV = "French government"
RN = "National Rally (RN)"
LBV = "Gilbert Le Bris; Philippe Vitel"

# queries actually run (the query of each page is in its SOURCES record)
Q_QUIT = "French politicians call to quit NATO"
Q_RET = "France NATO command return critics independence"
Q_DG = "de Gaulle NATO withdrawal 1966 history"
Q_MAC = "Macron NATO brain death reactions allies"
Q_ELEC = "French election candidates NATO positions"
Q_TUR = "NATO Turkey France naval incident 2020"
Q_AFG = "France Afghanistan NATO troops withdrawal 2012"
Q_VED = "Hollande Vedrine report NATO integrated command stay"
Q_POLL = "poll French public opinion NATO membership survey"
Q_2009 = "Dupont-Aignan Villepin Bayrou oppose France rejoining NATO 2009 vote National Assembly"
Q_ZEM = "Zemmour Reconquete France should leave NATO integrated command interview"
Q_UPR = "Asselineau UPR Frexit leave NATO candidate"
Q_JLM = "Melenchon France should leave NATO English interview"
Q_TRU = "Trump NATO allies France reaction Article 5 Europe defend"
Q_LP17 = "Le Pen 2017 campaign quit NATO integrated command Front National programme"
Q_PHI = "Philippot Patriots leave NATO Frexit rally English"
Q_PCF = "French Communist Party Roussel NATO exit program English"
Q_J17 = "Melenchon 2017 presidential candidate pledge pull France out of NATO"
Q_VIL = "Villepin says return to NATO command a mistake English"
Q_GRE = "Greece withdraws from NATO military wing 1974 Cyprus Karamanlis"

ALL_QUERIES = [Q_QUIT, Q_RET, Q_DG, Q_MAC, Q_ELEC, Q_TUR, Q_AFG, Q_VED, Q_POLL, Q_2009, Q_ZEM,
               Q_UPR, Q_JLM, Q_TRU, Q_LP17, Q_PHI, Q_PCF, Q_J17,
               Q_VIL, Q_GRE]  # all queries run, including those that gave no page here (README)

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published: as shown in the excerpt; "(not shown)" otherwise, with the URL slug, URL date
# or the date of the events described in brackets.
SOURCES = OrderedDict([
    ("majalah", ("en", "France To Return to NATO Command",
                 "Majalah Militer (majalahmiliter.blogspot.com), blog repost of a news report",
                 "http://majalahmiliter.blogspot.com/2009/03/france-to-return-to-nato-command.html",
                 "March 11, 2009 (dateline in the body)", Q_RET)),
    ("expatica", ("en", "NATO chief reassures France over rejoining command", "Expatica France (expatica.com)",
                  "https://www.expatica.com/fr/news/country-news/NATO-chief-reassures-France-over-rejoining-command_158796.html",
                  "(not shown) [events: February 2009, before Sarkozy's formal announcement]", Q_RET)),
    ("bruxelles2", ("en", "Reintegration of France into NATO, loss of virtual independence?",
                    "B2 Bruxelles2 (bruxelles2.eu), blog analysis",
                    "https://www.bruxelles2.eu/en/2009/02/reintegrationoffrancealotanlossofindependencyvirtualdependency/",
                    "(not shown) [URL: 2009/02]", Q_RET)),
    ("guardian", ("en", "Abandoning independence, for nothing", "The Guardian (Comment is free)",
                  "https://www.theguardian.com/commentisfree/2009/mar/12/france-nato",
                  "(not shown) [URL: 2009/mar/12]", Q_RET)),
    ("newrepublic", ("en", "(not shown) [URL slug: happy-return]", "The New Republic",
                     "https://newrepublic.com/article/60789/happy-return", "2009-03-17", Q_RET)),
    ("ac_anniv", ("en", "France and NATO: Joyeux Anniversaire?", "Atlantic Council (NATOSource blog), print view",
                  "http://www.atlanticcouncil.org/blogs/natosource/france-and-nato-joyeux-anniversaire?tmpl=component&print=1",
                  "(not shown) [events: spring 2016, before the 4 April anniversary]", Q_RET)),
    ("ifri", ("en", "(not shown) [URL slug: nato-at-a-time-of-strategic-competition-france-s-position]",
              "IFRI (Institut français des relations internationales), French elections 2022 maps (ifrimaps.org)",
              "https://ifrimaps.org/french-elections-2022/the-geopolitical-challenges/nato-at-a-time-of-strategic-competition-france-s-position",
              "(not shown) [series: French elections 2022]", Q_RET)),
    ("history", ("en", "(not shown) [URL slug: france-nato-withdrawal-charles-de-gaulle]", "History.com",
                 "https://www.history.com/news/france-nato-withdrawal-charles-de-gaulle",
                 "(not shown) [events: March 1966]", Q_DG)),
    ("theissue", ("en", "Le Pen Vows to Withdraw France From NATO", "The Issue (theissue.com)",
                  "https://www.theissue.com/politics/le-pen-vows-to-withdraw-france-from-nato",
                  "(not shown) [events: February 2017, launch of the 144-point manifesto]", Q_LP17)),
    ("startribune", ("en", "(not shown) [URL slug: french-election-could-disrupt-security]",
                     "Star Tribune (startribune.com), same story as The Washington Post",
                     "https://www.startribune.com/french-election-could-disrupt-security/420130183/",
                     "(not shown) [events: April 2017, days before the first round]", Q_ELEC)),
    ("massnews", ("en", "French presidential candidate reveals NATO stance — Analysis", "MassNews (massnews.com)",
                  "https://www.massnews.com/french-presidential-candidate-reveals-nato-stance-analysis/",
                  "(not shown) [events: April 2022 press conference]", Q_ELEC)),
    ("londondaily", ("en", "NATO experiencing 'brain death', France's Macron says",
                     "London Daily (londondaily.com), Reuters copy",
                     "https://londondaily.com/nato-experiencing-brain-death-france-s-macron-says",
                     "(not shown) [events: 7 November 2019; the page header shows Oct 22, 2025]", Q_MAC)),
    ("chinaorg", ("en", "(not shown) [URL: world/2025-03/08]", "China.org.cn",
                  "http://china.org.cn/world/2025-03/08/content_117754757.htm",
                  "(not shown) [URL: 2025-03-08]", Q_TRU)),
    ("euractiv", ("en", "NATO opens probe into France-Turkey naval incident in Mediterranean", "Euractiv",
                  "https://www.euractiv.com/section/defence-and-security/news/nato-opens-probe-into-france-turkey-naval-incident-in-mediterranean/",
                  "(not shown) [events: Thursday 18 June 2020]", Q_TUR)),
    ("franceintheus", ("en", "France and NATO", "Embassy of France in the United States (franceintheus.org)",
                       "https://franceintheus.org/spip.php?article4114", "December 3, 2012", Q_VED)),
    ("euobserver", ("en", "(not shown) [EUobserver ticker 147413]", "EUobserver (ticker)",
                    "https://euobserver.com/tickers/147413?utm_source=euobs&utm_medium=rss", "2020-02", Q_POLL)),
    ("top10", ("en", "(not shown) [URL slug: opinions-favorable-to-nato-on-the-rise]",
               "Top10BreakingNews (top10breakingnews.com)",
               "https://top10breakingnews.com/opinions-favorable-to-nato-on-the-rise", "Sep 29, 2022", Q_POLL)),
    ("urdupoint", ("en", "French Presidential Candidate Roussel Vows To Propose NATO Withdrawal If Wins",
                   "UrduPoint News, citing Sputnik",
                   "https://www.urdupoint.com/en/world/french-presidential-candidate-roussel-vows-to-1494366.html",
                   "08th April, 2022 (dateline in the body)", Q_PCF)),
    ("sputnik17", ("en", "(not shown) [URL slug: melenchon-pledges-last-president]", "Sputnik International (sputnikglobe.com)",
                   "https://sputnikglobe.com/20170320/melenchon-pledges-last-president-1051791370.html",
                   "(not shown) [URL: 2017-03-20]", Q_J17)),
    ("bigleague", ("en", "French Party Calls for France To Leave the EU and NATO", "Big League Politics (bigleaguepolitics.com)",
                   "https://bigleaguepolitics.com/french-party-calls-for-france-to-leave-the-eu-and-nato/",
                   "(not shown) [events: March 2023]", Q_PHI)),
])

# -----------------------------------------------------------------------------------------------
# ITEMS: (source key, text copied verbatim, label, position, speaker, note for hard calls)
# All complete sentences of one contiguous passage per page, in page order.
ITEMS = [
    # ---- majalah (March 2009); the headline "France To Return to NATO Command" is identical to a
    #      headline of the earlier English training sheet (stance_train_en, RNZ), so the run starts at
    #      the first body sentence; the run stops at the sentence cut off by the excerpt
    ("majalah", '''March 11, 2009, Paris -- President Nicolas Sarkozy announced March 1 that France would return to the NATO military command and become a full partner of the United States and its other Atlantic allies.''',
     A, RD, NS, "announcement of the return by its author (guideline 4.3); dateline printed inside the sentence, kept"),
    ("majalah", '''Four decades after Gen. Charles de Gaulle declared France's independence from the command structure, while remaining a political member of the alliance, Sarkozy said the time had come to once more play a leading role.''',
     A, RD, NS, "main clause is Sarkozy's case for the return; de Gaulle's 1966 act is only the time reference"),
    ("majalah", '''"The moment has come to put an end to this situation because it is in the interest of France and of Europe to do so," Sarkozy told an audience of military officers, officials and international defense experts in Paris.''',
     A, RD, NS, "'this situation' = France outside the integrated command (previous sentence)"),
    ("majalah", '''Speaking as commander in chief, Sarkozy said France had been moving closer to playing a full role in NATO's missions and committees ever since De Gaulle's decision to withdraw from the command in 1966.''',
     N, NO, NS, "Sarkozy's account of a past rapprochement; no position stated in this sentence"),
    ("majalah", '''"In ending this long process, France will be stronger and more influential.''', A, RD, NS,
     "argument that completing the return is beneficial (guideline 4.7); opening quotation mark kept"),
    ("majalah", '''Why?''', N, NO, NS, "rhetorical question inside Sarkozy's quotation"),
    ("majalah", '''Because those who are absent are always in the wrong.''', A, RD, NS,
     "elliptical continuation: reason why France must be back inside the command"),
    ("majalah", '''Because France must be a joint leader rather than submit to others," he said.''', A, RD, NS,
     "continuation of the argument for the return (inside NATO as a joint leader)"),
    ("majalah", '''"Because we must be there where decisions and norms are decided, rather than waiting to be told about them," he said.''',
     A, RD, NS, "argument for the return: be where NATO decisions are taken"),
    ("majalah", '''"Once we have returned, we will retake our proper place in all the major Allied commands."''', A, RD, NS, ""),
    ("majalah", '''Sarkozy said, however, France would keep its independent nuclear deterrent outside NATO, arguing that since the United States and Britain have done the same this did not represent a continued exclusion from the Alliance.''',
     N, DR, NS, "independence kept inside the alliance (nuclear deterrent outside NATO): distance_or_reform, not a stance on the return itself"),
    ("majalah", '''The president and his supporters insist the move will boost France's influence among the Western allies, and allow Paris to promote a common European identity without it being seen as a rival to the U.S. alliance.''',
     A, RD, NS, "benefit argument for the return by the president (and his supporters)"),
    ("majalah", '''Critics counter that Paris will now lose face internationally and be seen as a subordinate to the United States.''',
     F, LC, "unnamed: critics of the return", "harm argument against the 2009 return = opposing the return (guideline 4.1)"),
    ("majalah", '''On a purely military level not much will change.''', N, NO, OUTLET, "outlet's assessment"),
    # ---- expatica (February 2009); ", Comments 0 comments" (page furniture) left out
    ("expatica", '''NATO chief reassures France over rejoining command''', A, RD, JDHS,
     "headline: the NATO chief answers objections to the return = backing it; 'NATO chief' = de Hoop Scheffer (body)"),
    ("expatica", '''France will not lose its sovereignty if it returns to NATO military command, says the organisation’s alliance chief.''',
     A, RD, JDHS, "deck (not a word-for-word repeat of the first sentence, so kept): rebuts the sovereignty objection to the return"),
    ("expatica", '''PARIS – France will lose no sovereignty if it returns to NATO's military command, alliance Secretary General Jaap de Hoop Scheffer told French lawmakers Thursday.''',
     A, RD, JDHS, "rebuts the main objection to the return; dateline inside the sentence kept"),
    ("expatica", '''The NATO chief recalled that France and the Atlantic alliance had drawn closer over recent years, slowly moving back the decision by Charles de Gaulle in 1966 to withdraw from the integrated command.''',
     N, NO, JDHS, "recalls facts (rapprochement, de Gaulle's decision in passing); no position stated"),
    ("expatica", '''"In doing these things France has lost nothing of her sovereignty - any more than she would lose it tomorrow if she decided once again to take her rightful place in the alliance," Scheffer told a parliamentary committee.''',
     A, RD, JDHS, "'her rightful place' = back in the integrated command"),
    ("expatica", '''President Nicolas Sarkozy is expected to formally announce in coming weeks that France will return to the North Atlantic Treaty Organisation's command structure despite strong opposition at home.''',
     N, NO, OUTLET, "debatable: the outlet's expectation of a future announcement, not yet an act or statement of Sarkozy (guideline 4.2, outlet's prediction)"),
    ("expatica", '''Critics say the decision amounts to a sea change in French foreign policy that will see Paris align itself further with the United States.''',
     F, LC, "unnamed: critics of the return", "criticism of the decision to return (harm: alignment with the US) = opposing the return (guideline 4.1)"),
    ("expatica", '''There have been calls from opposition politicians for a referendum.''', N, DR,
     "unnamed: opposition politicians", "a referendum on the return raises the question without answering it (guideline 4.9)"),
    ("expatica", '''On Saturday, Sarkozy told an international security conference in Munich that the time had come for a national debate on France's return to NATO's top echelon.''',
     N, NO, NS, "calls for a debate; the return itself is not argued for in this sentence"),
    ("expatica", '''"NATO today is no longer the NATO of 1966, not even that of 1995 when France first began her rapprochement," Scheffer told lawmakers.''',
     N, NO, JDHS, "description of NATO's change; does not say in itself where France should stand"),
    ("expatica", '''A renewed alliance needs France, Scheffer told lawmakers, and France, western Europe's second military power, "would have everything to gain" from completely reintegrating NATO structures.''',
     A, RD, JDHS, ""),
    ("expatica", '''The French military would hold "very important positions" in a renewed alliance but such appointments would be conditional on Sarkozy first making a political decision to return to NATO's command, he added.''',
     A, RD, JDHS, "benefit of the return, conditional on it: rejoin_or_deepen"),
    # ---- bruxelles2 (February 2009); category line "Blog AnalysisEU Defense (Doctrine)" left out;
    #      run stops before the end of the excerpt
    ("bruxelles2", '''Reintegration of France into NATO, loss of virtual independence?''', N, NO, OUTLET, "headline question"),
    ("bruxelles2", '''(B2) The reintegration of NATO commands in France (“normalization” in official terms) gives rise to debates as we like them in our country, a tad ideological, with some taking refuge in the flag of flouted independence , the others advancing modernity.''',
     N, NO, OUTLET, "describes both camps of the debate without taking a side; '(B2)' and the space before the comma kept"),
    ("bruxelles2", '''Perhaps it would be time to return to less controversial and more realistic notions….''', N, NO, OUTLET, ""),
    ("bruxelles2", '''Independence or dependence.''', N, NO, OUTLET, "run-in paragraph heading"),
    ("bruxelles2", '''Indeed, France's return to NATO will not change anything in its independence of action.''', N, NO, OUTLET,
     "the blogger's analysis of the effect of the return; no position for or against it"),
    ("bruxelles2", '''Or rather it will not change in its increasingly assertive bond of dependence with its Allies.''', N, NO, OUTLET, ""),
    ("bruxelles2", '''When we talk about independence, obviously in this case, it is with regard to the United States.''', N, NO, OUTLET, ""),
    ("bruxelles2", '''From this perspective, the best guarantee of “independence” and “autonomy” is Europe and the European Union.''',
     N, DR, OUTLET, "European autonomy from the US as the blogger's own position (signed blog analysis)"),
    ("bruxelles2", '''And if we really want to be independent, we must on the one hand leave NATO, and on the other hand abandon participation in its main operations.''',
     N, DR, OUTLET, "debatable: conditional stating what real independence would require; the blogger does not advocate it (next sentence: no leader would propose it), so it raises the question without an exit call"),
    ("bruxelles2", '''No one, I think, among the political leaders of the PS, the Modem or the UMP, who have spoken out recently on NATO, is capable of putting forward this type of proposal.''',
     N, NO, OUTLET, "the blogger's assessment of the parties; 'this type of proposal' = leaving NATO, mentioned, not advocated"),
    ("bruxelles2", '''But France is, in my opinion, more linked to its partners by its participation in the campaigns in Afghanistan and Kosovo, the two major operations of the Alliance, than by participation in command and planning bodies.''',
     N, NO, OUTLET, ""),
    ("bruxelles2", '''The benefits of reintegration (military, political, economic).''', N, NO, OUTLET, "run-in paragraph heading"),
    ("bruxelles2", '''I do not know if reintegration/normalization will allow more influence on the decisions taken by NATO.''', N, NO, OUTLET, ""),
    ("bruxelles2", '''I have some doubts...''', N, NO, OUTLET, ""),
    # ---- guardian (Comment is free, March 2009); the page prints headline + deck twice: the
    #      repeat is left out; the author is not named in the excerpt, so the author's voice is
    #      "[outlet]" (guideline 5) and the label follows the position the sentence states;
    #      run stops before the end of the excerpt
    ("guardian", '''Abandoning independence, for nothing''', F, LC, OUTLET,
     "headline of an op-ed against the 2009 return: 'abandoning independence' = the return (deck); opposing the return (guideline 4.1)"),
    ("guardian", '''France's return to Nato's military command is purely symbolic, or so say Sarkozy's lieutenants.''',
     N, NO, "unnamed: Sarkozy's lieutenants", "the government side's claim that the return is 'symbolic' states no position for or against it"),
    ("guardian", '''So why do it at all?''', F, LC, OUTLET,
     "debatable: rhetorical question rejecting the return ('do it' = return to the command): opposing the return"),
    ("guardian", '''It hurts.''', N, NO, OUTLET, ""),
    ("guardian", '''A deep and relentless pain is wrenching French citizens' guts.''', N, NO, OUTLET, ""),
    ("guardian", '''Another ill-advised and dangerous decision from Nicolas Sarkozy, France's return to Nato's integrated military structure, proves, quite simply, impossible to swallow.''',
     F, LC, OUTLET, "the author condemns the 2009 return (guideline 4.1); the sentence is the author's position, not Sarkozy's"),
    ("guardian", '''Sarkozy did it again: he announced that France was rejoining the military command of Nato before the parliament had even debated and voted on it.''',
     A, RD, NS, "two holders: the sentence narrates Sarkozy's announcement of the return (his act, guideline 4.3); the author's complaint is about procedure"),
    ("guardian", '''The presidential party, the UMP, may hold a majority at the national assembly, but it is rather contemptuous to speak before the people's representatives have had their say; especially as Sarkozy's own party is deeply divided on the subject.''',
     N, NO, OUTLET, "criticism of the procedure, not of the return itself"),
    ("guardian", '''Rewind to 1949.''', N, NO, OUTLET, ""),
    ("guardian", '''France is one of the founding members of the North Atlantic Treaty Organisation (Nato).''', N, NO, OUTLET, "bare historical fact"),
    ("guardian", '''It is a collective defence system by which its members agree to mutual defence in case of an attack.''', N, NO, OUTLET, ""),
    ("guardian", '''After a few years, the alliance sets up an integrated military structure under the command of two American generals.''', N, NO, OUTLET, ""),
    ("guardian", '''This is the cold war, and the idea is clearly to keep the Russians out.''', N, NO, OUTLET, ""),
    ("guardian", '''When, in 1958, Charles de Gaulle returns to power, tensions arise.''', N, NO, OUTLET, ""),
    ("guardian", '''He views Nato's military command as unilaterally American.''', N, DR, CDG,
     "de Gaulle's criticism of US domination of the command, no exit stated in this sentence"),
    # ---- newrepublic (op-ed, 17 March 2009; author not named in the excerpt -> "[outlet]");
    #      run stops before the end of the excerpt
    ("newrepublic", '''There are absolutely no limits to bad faith in politics.''', N, NO, OUTLET, ""),
    ("newrepublic", '''The grotesquely laughable debate about France’s place in NATO is just the latest example.''', N, NO, OUTLET,
     "mocks the debate but states no position on France's place"),
    ("newrepublic", '''First, it is not correct to speak, as people are doing everywhere, of France’s “return” to the alliance.''', N, NO, OUTLET, ""),
    ("newrepublic", '''This is because France never actually left NATO.''', N, NO, OUTLET, "historical claim, no position"),
    ("newrepublic", '''In 1966, under the leadership of President Charles de Gaulle, France left NATO’s integrated military command, but it didn’t leave the political council.''',
     N, NO, OUTLET, "country as subject; 'under the leadership of' only dates the fact (as 'under President Sarkozy'): bare fact (guideline 4.4)"),
    ("newrepublic", '''According to French Defense Minister Herve Morin, France participates, and has always participated, in 36 of the 38 NATO committees.''',
     N, NO, "Hervé Morin", "reported fact without a position"),
    ("newrepublic", '''France has soldiers in two of the three main theaters (Kosovo, Afghanistan) in which NATO forces are engaged.''', N, NO, OUTLET, ""),
    ("newrepublic", '''It is absurd, then, for people to say, in reaction to President Nicolas Sarkozy’s decision to rejoin NATO’s military command, that France will lose its influence by reclaiming its place on the Defense Planning Committee.''',
     A, RD, OUTLET, "the author attacks the critics of the return = backs it; Sarkozy's decision is only the object"),
    ("newrepublic", '''It’s all the more absurd since France could very well obtain, in exchange, command of the organization’s Allied Command Transformation center (Norfolk, Va.) and the joint headquarters (Lisbon, Portugal).''',
     A, RD, OUTLET, "benefit argument for the return"),
    ("newrepublic", '''Today, France commands nothing.''', N, NO, OUTLET, "part of the argument, but no position stated in the sentence"),
    ("newrepublic", '''Our soldiers risk their lives without our having the least influence on strategy decisions.''', N, NO, OUTLET,
     "complaint about the status quo; neither NATO's command nor the return is named in the sentence"),
    ("newrepublic", '''Soon French generals will be seated in the holy of holies, in Norfolk, where new weapons systems are conceived.''', N, NO, OUTLET,
     "prediction; no position stated"),
    ("newrepublic", '''Loss of influence?''', N, NO, OUTLET, ""),
    ("newrepublic", '''Really?''', N, NO, OUTLET, ""),
    ("newrepublic", '''It is false, factually and simply false, to pretend that in doing this France is going to align itself with the “American Empire.”''',
     A, RD, OUTLET, "rejects the main objection to the return ('doing this' = rejoining the command): backs it"),
    # ---- ac_anniv (Atlantic Council blog, 2016); the photo caption run into the first sentence
    #      ("Secretary General Jens Stoltenberg and French President Francois Hollande, March 2, 2015")
    #      is left out; the run stops at the sentence cut off by the excerpt
    ("ac_anniv", '''France and NATO: Joyeux Anniversaire?''', N, NO, OUTLET, "headline"),
    ("ac_anniv", '''Champagne corks won’t be popping across Paris on April 4 to celebrate the seventh anniversary of France’s return, after a 43-year absence, to NATO’s military structures.''',
     N, NO, OUTLET, "caption text run into the sentence on the page removed"),
    ("ac_anniv", '''These days, more pressing concerns – including terrorist threats at home, the spread of Daesh’s influence from Syria and Iraq to Libya and other parts of Africa, and Europe’s migrant and refugee crisis – preoccupy French national security officials and dominate the media.''',
     N, NO, OUTLET, ""),
    ("ac_anniv", '''And as National Assembly deputies Gilbert Le Bris (Parti Socialiste) and Philippe Vitel (Les Républicains) recently observed in the introduction to their report to parliament: “NATO remains little known in our country, its detractors are still numerous, and it seemed, until recently, in search of identity and legitimacy.”1''',
     N, NO, LBV, "observation about NATO's image in France, no position; footnote marker '1' kept"),
    ("ac_anniv", '''Yet, there are good reasons for the French to mark the occasion.''', A, RD, OUTLET,
     "debatable: 'the occasion' = the anniversary of the 2009 return; saying it deserves celebrating backs the return"),
    ("ac_anniv", '''Notwithstanding their note of caution, the 111-page report by Le Bris and Vitel reflects what has been a sea change in French attitudes toward the Alliance.''',
     N, NO, OUTLET, "outlet's assessment"),
    ("ac_anniv", '''Indeed, the authors begin with a detailed description of NATO’s evolution since 1949, explaining its strategic concepts, civil and military structures, operations, and partnerships.''',
     N, NO, OUTLET, ""),
    ("ac_anniv", '''This “pedagogical dimension,” they readily acknowledge, is intended to rebut assertions that NATO represents the “vassalization of Europe” by the United States.''',
     N, NO, LBV, "defends NATO's image against a criticism; says nothing about France's place in it"),
    ("ac_anniv", '''(During 2007-9, some prominent Socialist personalities raised the specter of “vassalization” to criticize then President Nicolas Sarkozy’s decision to pursue NATO reintegration.''',
     F, LC, "unnamed: prominent Socialist personalities", "criticising the reintegration = opposing the 2009 return (guideline 4.1); opening bracket kept"),
    ("ac_anniv", '''Today, the term is mainly used by a few neo-Gaullist politicians and the far-right Front National party led by Marine Le Pen).''',
     N, DR, RN, "'the term' = 'vassalization' of Europe by the US through NATO: criticism, no exit call in the sentence; Front National = National Rally (RN); neo-Gaullists are a second, unnamed holder"),
    ("ac_anniv", '''More importantly, the report’s assessment of France’s reintegration is strikingly positive.''', A, RD, LBV,
     "the report's authors judge the return positively = back it (reported position)"),
    # ---- ifri (IFRI election map page, 2022; author not shown -> "[outlet]"); the run stops at
    #      the sentence cut off by the excerpt
    ("ifri", '''A founding member of the North Atlantic Treaty Organization (NATO), France has long had a complex relationship with the Alliance.''',
     N, NO, OUTLET, ""),
    ("ifri", '''A faithful ally, France has always played a distinctive role within NATO, not hesitating to criticize its way of functioning, from Charles de Gaulle’s withdrawal from the Alliance’s integrated military command to Emmanuel Macron’s various comments in the media.''',
     N, NO, OUTLET, "background; de Gaulle's withdrawal and Macron's remarks are mentioned in passing (guideline 4.4)"),
    ("ifri", '''At a time when NATO is preparing a new Strategic Concept and the United States is confirming its pivot to the Indo-Pacific, France needs to retain its ability to influence the evolution of an Alliance that remains the cornerstone of transatlantic defense and collective security, as dramatically illustrated by Russia’s aggression toward Ukraine.''',
     A, ST, OUTLET, "debatable: the think tank's own position that France needs its place in an alliance that 'remains the cornerstone' = argues France needs NATO (stay)"),
    ("ifri", '''The Issue of the Integrated Military Command''', N, NO, OUTLET, "subheading"),
    ("ifri", '''France is still the only NATO member to have withdrawn from the integrated military command.''', N, NO, OUTLET, "bare fact"),
    ("ifri", '''This decision, taken in 1966 by Charles de Gaulle, was as much the product of his policy of fierce independence as of differences of opinion with the Americans on the direction the Alliance should take.''',
     F, LC, CDG, "narrates de Gaulle's decision with his reasons ('taken ... by Charles de Gaulle'): his act (guideline 4.3)"),
    ("ifri", '''France nevertheless continued to be a member of the North Atlantic Council, NATO’s principal political decision-making body, taking its place as a key ally ready to engage militarily alongside other NATO members within the framework of collective defense as defined by Article 5 of the Treaty.''',
     N, NO, OUTLET, "bare historical fact (country as subject)"),
    ("ifri", '''The end of the Cold War, NATO’s intervention in the Balkans and then in Afghanistan, and its expansion into Eastern Europe all changed France’s perspective on the Alliance.''',
     N, NO, OUTLET, ""),
    ("ifri", '''Following Jacques Chirac’s aborted attempt in 1995, in 2007 Nicolas Sarkozy took the decision to return to the integrated military command, confirmed in April 2009 at the Summit marking the Alliance’s sixtieth anniversary.''',
     A, RD, NS, "Sarkozy's decision (guideline 4.3); Chirac's attempt is mentioned in passing"),
    ("ifri", '''This return does not affect France’s ability to take its own decisions on whether or not to participate in NATO operations, much less any ad hoc coalitions led by the United States.''',
     N, NO, OUTLET, "neutral statement of the return's effect (contrast the New Republic op-ed, which attacks the critics)"),
    # ---- history (History.com); headline not in the excerpt, run starts at the first body
    #      sentence shown; the photo caption after it and the cut-off sentence end the run
    ("history", '''The memo was brief—just a few hundred words.''', N, NO, OUTLET, ""),
    ("history", '''The memo was polite.''', N, NO, OUTLET, ""),
    ("history", '''But for President Lyndon Johnson and his NATO allies, it read like a slap in the face.''', N, NO, OUTLET, ""),
    ("history", '''“France is determined to regain on her whole territory the full exercise of her sovereignty,” wrote French President Charles de Gaulle.''',
     N, DR, CDG, "debatable: sovereignty claim from the 1966 memo; the sentence itself does not name NATO or the command (the withdrawal is in the next sentence)"),
    ("history", '''The country intended to stop putting its military forces at NATO’s disposal and intended to kick NATO military forces—and those of NATO members—off of its land.''',
     F, LC, CDG, "paraphrase of de Gaulle's memo ('the country' = France as he wrote it): withdrawal of forces from NATO's command, not from the alliance"),
    ("history", '''In short, de Gaulle had just done the unthinkable: pulled the plug on a crucial part of NATO.''', F, LC, CDG,
     "de Gaulle's act (guideline 4.3); 'a crucial part' = the integrated command (next sentence)"),
    ("history", '''De Gaulle’s 1966 decision to withdraw France from NATO’s integrated military command sent shock waves through NATO’s member states.''',
     N, NO, OUTLET, "about the effect of the decision, which is mentioned as the subject noun phrase (guideline 4.4)"),
    ("history", '''It was a reminder of the fissures within the North Atlantic Treaty Organization—and a challenge to its very existence.''', N, NO, OUTLET, ""),
    ("history", '''Could NATO survive without a member state’s participation in the very military agreements it was founded on?''', N, NO, OUTLET, ""),
    # ---- theissue (February 2017); run stops before the end of the excerpt
    ("theissue", '''Le Pen Vows to Withdraw France From NATO''', F, LA, MLP,
     "headline says 'from NATO' although the body says the integrated command: labelled as the sentence states it"),
    ("theissue", '''Marine Le Pen officially started her presidential campaign and released her campaign manifesto''', N, NO, MLP,
     "deck; narrates her campaign launch without any content on NATO"),
    ("theissue", '''As the 2017 Presidential election draws closer, the political atmosphere in France is heating up.''', N, NO, OUTLET, ""),
    ("theissue", '''Marine Le Pen, widely regarded as one of the strongest candidates in the upcoming election, jump-started her presidential bid by introducing a 144-point manifesto, outlining her party’s electoral program.''',
     N, NO, MLP, ""),
    ("theissue", '''Among other points, Le Pen promised to hold a referendum of France’s EU membership, curb immigration, leave the Euro and withdraw France from NATO Integrated Military Command.''',
     F, LC, MLP, "pledge among EU/euro items; the NATO pledge is the command only"),
    ("theissue", '''Le Pen officially started her campaign in Lyon, where she presented the manifesto to her supporters.''', N, NO, MLP, ""),
    ("theissue", '''The aim of this program is first of all to give France its freedom back and give the people a voice.''', N, NO, MLP,
     "quotation printed without quotation marks, attributed in the next sentence; general sovereignty aim, NATO not named"),
    ("theissue", '''The 48-year old Le Pen said, and promised to hold a Brexit-style referendum on France’s EU membership.''', N, NO, MLP,
     "other target (EU), guideline 4.6"),
    ("theissue", '''She had previously promised to ‘renegotiate’ France’s membership in the Union.''', N, NO, MLP, "other target (EU)"),
    ("theissue", '''One of her main points, is that Brussels has eroded the sovereignty of France.''', N, NO, MLP, "other target (EU)"),
    ("theissue", '''While Le Pen has promised to restore the French sovereignty by abandoning the Euro, reducing immigration and re-introducing border controls, her economic program is far less coherent.''',
     N, NO, OUTLET, "outlet's assessment; the clause on Le Pen's pledges does not concern NATO"),
    # ---- startribune (April 2017, same story as the Washington Post); run stops at the sentence
    #      cut off by the excerpt. The candidates are not named in the excerpt.
    ("startribune", '''PARIS – Of the four candidates with a realistic chance to become France's next president, three oppose Western sanctions against Russia.''',
     N, NO, OUTLET, "sanctions against Russia are not a NATO matter; dateline inside the sentence kept"),
    ("startribune", '''Two would take France out of NATO's military command, or perhaps remove it from the alliance altogether.''',
     F, LC, "unnamed: two of the four leading presidential candidates",
     "the firm content is the command; the alliance exit is only the outlet's 'perhaps', so leave_command; candidates not named in the excerpt"),
    ("startribune", '''And the one candidate who fits neither category would dramatically increase European defense cooperation to lessen dependence on what he regards as an unreliable United States.''',
     N, DR, "unnamed: the fourth leading presidential candidate", "European defence to reduce dependence on the US: autonomy, no exit"),
    ("startribune", '''When French voters make their choices Sunday in the first round of the country's unpredictable presidential race, the status quo for Western security won't be on the ballot.''',
     N, NO, OUTLET, "outlet's analysis"),
    ("startribune", '''Instead, the election could become another convulsive moment for a decades-old international security order that is wobbling from the turbulence of President Donald Trump.''',
     N, NO, OUTLET, ""),
    ("startribune", '''In the run-up to the vote, attention both inside and outside France has focused on the political and economic consequences of a potential French exit from the European Union or the euro currency.''',
     N, NO, OUTLET, "other target (EU, euro)"),
    ("startribune", '''With the killing of a Paris police officer Thursday night in an attack claimed by the Islamic State of Iraq and Syria, proposals to close borders and aggressively crack down on domestic security threats are also at the center of debate.''',
     N, NO, OUTLET, ""),
    ("startribune", '''But the election's impact on NATO and other elements of defense could be equally profound.''', N, NO, OUTLET, "outlet's prediction"),
    ("startribune", '''Victory for either the far-right or the far-left — candidates representing either extreme are among those locked in the four-way contest for a ticket to the second round — would mark a pronounced break for a country that is one of two nuclear-armed powers in Europe, with the world's sixth most powerful military and a seat on the United Nations Security Council.''',
     N, NO, OUTLET, "outlet's analysis of a possible break; no one's position stated"),
    ("startribune", '''"It would be catastrophic — the undoing of 65 years of foreign and security policy," said François Heisbourg, an analyst with the Foundation for Strategic Research and a former defense ministry official.''',
     A, ST, "François Heisbourg", "debatable: 'it' = a far-right or far-left victory, i.e. the break with NATO's command/alliance described above; calling it catastrophic is a harm argument against exit (guideline 4.7)"),
    ("startribune", '''"This is big."''', N, NO, "François Heisbourg", ""),
    ("startribune", '''If there's peril for the West, there's opportunity for Russian President Vladimir Putin.''', N, NO, OUTLET, ""),
    # ---- massnews (April 2022); the related-article link "French presidential contender weighs in
    #      on Russian sanctions" between two paragraphs is left out; run stops at the cut-off sentence
    ("massnews", '''French presidential candidate reveals NATO stance — Analysis''', N, NO, OUTLET,
     "headline announces a stance without stating it"),
    ("massnews", '''Marine Le Pen wants to withdraw France from the alliance’s military command if she gets the country’s top job''',
     F, LC, MLP, "deck"),
    ("massnews", '''French presidential candidate Marine Le Pen has pledged, if she wins the election, to withdraw the country from NATO’s Integrated Military Command and to work on “Strategic rapprochement” between the alliance and Russia.''',
     F, LC, MLP, "command exit plus NATO-Russia rapprochement: the exit decides the label"),
    ("massnews", '''During a press conference on Wednesday, the far-right National Rally candidate who in the past voiced support for leaving NATO, clarified her current position on France’s membership in the alliance.''',
     N, NO, MLP, "says that she clarified her position without saying what it is; her past support for leaving NATO is background in a relative clause"),
    ("massnews", '''Saying she’d like “to dispel any misunderstanding,” Le Pen explained that her intention was to return to France’s policy between 1966 and 2009, when France was not involved in NATO’s military affairs but remained a part of its political structure.''',
     F, LC, MLP, "return to the 1966-2009 status = leave the command, stay in the alliance"),
    ("massnews", '''The presidential candidate pre-empted the likely criticism of her statements, saying that such a stance on NATO membership would “In no way” mean “Moscow submission” but rather would allow her not to place French-armed forces or weapons under any foreign command, whether NATO’s one or a future European entity.''',
     F, LC, MLP, "implicit command exit (guideline 4.9, not placing forces under NATO's command) argued as beneficial"),
    ("massnews", '''So I would propose not to withdraw NATO but to integrate its command as it was from 1966 through 2009.” she said.''',
     F, LC, MLP, "garbled translation (no opening quotation mark; 'integrate its command as it was from 1966 through 2009'): read with the previous sentences as staying in NATO but going back to the 1966-2009 status outside the command"),
    ("massnews", '''She said that France, during her presidency of France, would be fully committed to security and the North Atlantic Treaty’s article 5.''',
     A, ST, MLP, "alone in its sentence, commitment to the Treaty's Article 5 = remaining in the alliance (her command exit is in other sentences)"),
    ("massnews", '''The presidential hopeful also pledged to “Demand that NATO and Russia reach a strategic agreement.” once military conflict in Ukraine is over and a peace agreement is signed.''',
     N, DR, MLP, "NATO-Russia rapprochement, no exit"),
    ("massnews", '''France’s withdrawal from the military command would represent a serious blow for NATO as the country, which rejoined the bloc’s military structures in 2009, represents its third-largest military force and its fourth-largest defense budget.''',
     N, NO, OUTLET, "outlet's assessment of the consequences (guideline 4.10)"),
    # ---- urdupoint (April 2022, Sputnik copy)
    ("urdupoint", '''French Presidential Candidate Roussel Vows To Propose NATO Withdrawal If Wins''', F, LA, "Fabien Roussel",
     "headline; pledge to propose leaving NATO"),
    ("urdupoint", '''MOSCOW (UrduPoint News / Sputnik - 08th April, 2022) French presidential candidate and National Secretary of the French Communist Party Fabien Roussel said on Thursday that if elected, he intends to propose withdrawal from NATO once European peace is restored.''',
     F, LA, "Fabien Roussel", "deferral that keeps the aim in the same sentence (guideline 4.2); dateline printed inside the sentence kept"),
    ("urdupoint", '''"We will propose to withdraw from NATO.''', F, LA, "Fabien Roussel", ""),
    ("urdupoint", '''When peace comes, which I wish very much, the foundations must be laid for a new organization, a new cooperation with the 50 member countries of this European continent - from the Atlantic to the Ural mountains," Roussel said on BFM tv.''',
     N, DR, "Fabien Roussel", "continues the quotation: an alternative pan-European security organisation; no exit stated in this sentence (guideline 2)"),
    ("urdupoint", '''The first round of presidential elections in France will be held on April 10, the second is scheduled for April 24.''', N, NO, OUTLET, ""),
    ("urdupoint", '''Besides Roussel, 11 more candidates were confirmed to be eligible to run, including incumbent President Emmanuel Macron, Republican candidate Valerie Pecresse, Eric Zemmour of the far-right Reconquete party, Marine Le Pen of the right-wing National Rally party, far-left politician Jean-Luc Melenchon, leader of the right-wing France Arise party Nicolas Dupont-Aignan and others.''',
     N, NO, OUTLET, ""),
    # ---- sputnik17 (March 2017); headline not in the excerpt, run starts at the first body sentence
    ("sputnik17", '''PARIS (Sputnik) — French left-wing presidential candidate Jean-Luc Melenchon said that, if elected, he would be the last president of the Fifth Republic and pledged to prepare a new constitution.''',
     N, NO, JLM, "domestic (constitution), nothing about NATO"),
    ("sputnik17", '''“I would be the last president of the Fifth Republic because, if I am elected, I will convene an assembly to prepare a new constitution, it will be the end of the presidential monarchy,” Melenchon said during a debate on Monday, broadcast by TF1.''',
     N, NO, JLM, ""),
    ("sputnik17", '''The leader of the political movement La France Insoumise (Unsubmissive France) also said he would propose France’s withdrawal from NATO as he was “concerned about the increasing number of wars” around the world.''',
     F, LA, JLM, "'the leader of ... La France Insoumise' = Mélenchon; proposing withdrawal from NATO"),
    ("sputnik17", '''A recent OpinionWay poll showed that the level of support for Melenchon had reached 12 percent of the votes.''', N, NO, OUTLET, "poll"),
    ("sputnik17", '''The first round of the French presidential election is scheduled for April 23, while the run-off is set for May 7.''', N, NO, OUTLET, ""),
    # ---- bigleague (March 2023); the last three sentences are the site's own commentary
    ("bigleague", '''French Party Calls for France To Leave the EU and NATO''', F, LA, "Les Patriotes",
     "headline; 'French Party' = Les Patriotes (body)"),
    ("bigleague", '''On March 18, 2023, France’s The Patriots party participated in an anti-war rally calling for the country’s withdrawal from the European Union and the North Atlantic Treaty Organization (NATO).''',
     F, LA, "Les Patriotes", "the party's act: joining a rally whose demand is leaving NATO (and the EU)"),
    ("bigleague", '''These demands were at the top of the agenda of the anti-war rally that took place in east Paris on March 18.''', N, NO, OUTLET,
     "refers to the exit demands without restating them (guideline 4.10)"),
    ("bigleague", '''“We demand a policy of peace and walkout from NATO and the EU,” the rally participants were chanting.''', F, LA,
     "unnamed: rally participants", "chanted demand to leave NATO"),
    ("bigleague", '''Several demonstrators carried posters of Marianne, a young woman donning a Phrygian cap  — a symbol commonly associated with the French Revolution.''',
     N, NO, OUTLET, "double space kept"),
    ("bigleague", '''Marianne is one of the most important allegorical figures in French history during the revolutionary epoch and has become a national symbol that represents equality, justice, and liberty.''',
     N, NO, OUTLET, ""),
    ("bigleague", '''The march that The Patriots party held on March 18, was the third consecutive one that the party recently held.''', N, NO, OUTLET, ""),
    ("bigleague", '''The first rally the party kicked off was on February 12.''', N, NO, OUTLET, ""),
    ("bigleague", '''During that rally, The Patriots’ leader Florian Philippot cut up the flag of the North Atlantic Alliance.''', N, DR,
     "Florian Philippot", "symbolic act of hostility to NATO; the sentence does not state an exit demand"),
    ("bigleague", '''The Patriots are against sending French weapons to Ukraine.''', N, NO, "Les Patriotes", "Ukraine arms policy, not NATO membership"),
    ("bigleague", '''In a tweet, Philippot declared that  Ukrainian President Vladimir Zelensky is “insane” after the Ukrainian leader called on the Collective West to supply Ukraine with long-range missiles and military aircraft.''',
     N, NO, "Florian Philippot", "double space kept"),
    ("bigleague", '''“For how long shall we follow Mr. Zelensky?” Philippot inquired.''', N, NO, "Florian Philippot", ""),
    ("bigleague", '''According to Russian state-media TAAS, “France has provided Ukraine with 18 Caesar self-propelled howitzers, 2 batteries of Crotale anti-aircraft systems, and a batch of AMX-10 RC wheeled tanks.”''',
     N, NO, "TASS", "'TAAS' (typo for TASS) kept in the text"),
    ("bigleague", '''France needs a real political facelift if it wants to remain a relatively free, cohesive society.''', N, NO, OUTLET, "the site's own commentary"),
    ("bigleague", '''One way it can do so is by breaking off from the Anglo-American geopolitical lunacy that has infected the West.''', N, DR, OUTLET,
     "a break from the US-led order stops short of an exit call (guideline 4.9)"),
    ("bigleague", '''France should channel the spirit of former President Charless de Gaulle and declare its independence from NATO’s geopolitical trickery.''',
     N, DR, OUTLET, "debatable: 'independence from NATO's geopolitical trickery' in de Gaulle's spirit comes close to an exit call but does not say leave NATO or its command (guideline 4.9); typo 'Charless' kept"),
    # ---- londondaily (Reuters copy, November 2019); site name, slogan and header date left out;
    #      the headline printed twice is used once. The run stops after three sentences: the next one
    #      (Macron's 'brain death' quotation) is a near-duplicate (ratio 0.89) of a sentence of the
    #      parallel English test sheet stance_test2_en, and a run may not skip a sentence.
    ("londondaily", '''NATO experiencing 'brain death', France's Macron says''', N, DR, EM, ""),
    ("londondaily", '''France’s president warned fellow European countries on Thursday that NATO was dying, citing a lack of coordination and U.S. unpredictability under President Donald Trump, comments quickly rejected as “drastic” by the German chancellor.''',
     N, DR, EM, "criticism of NATO and of US leadership; Merkel's rejection is a subordinate clause"),
    ("londondaily", '''In an interview with British weekly The Economist, Emmanuel Macron expressed doubt about U.S.-led NATO’s security maxim that an attack on one ally is an attack on all, which has underpinned transatlantic ties since the alliance’s 1949 foundation.''',
     N, DR, EM, "doubt about Article 5, no exit"),
    # ---- chinaorg (March 2025); run stops before the end of the excerpt
    ("chinaorg", '''U.S. President Donald Trump once again questioned the role of the North Atlantic Treaty Organization (NATO), casting doubt on whether other members of the military alliance would defend America if it were attacked.''',
     N, NO, DT, "the US president's doubts about the allies; France's own place is not at stake"),
    ("chinaorg", '''"You know the biggest problem I have with NATO?''', N, NO, DT, ""),
    ("chinaorg", '''... I know the guys very well.''', N, NO, DT, "leading ellipsis kept as printed"),
    ("chinaorg", '''They're friends of mine.''', N, NO, DT, ""),
    ("chinaorg", '''But if the United States was in trouble, and we called them ... Do you think they're going to come and protect us?''', N, NO, DT,
     "the ellipsis marks an omission inside one sentence: kept as one sentence"),
    ("chinaorg", '''They're supposed to.''', N, NO, DT, ""),
    ("chinaorg", '''I'm not so sure," Trump said Thursday in the Oval Office.''', N, NO, DT, ""),
    ("chinaorg", '''French President Emmanuel Macron responded to Trump's remarks by telling reporters at a European Union summit Thursday in Brussels that France and the United States have "always been there for each other" throughout history.''',
     N, NO, EM, "bilateral loyalty, NATO membership not stated"),
    ("chinaorg", '''France had shown "respect and friendship" toward the United States, Macron said.''', N, NO, EM, ""),
    ("chinaorg", '''"I think we're entitled to expect the same."''', N, NO, EM, ""),
    ("chinaorg", '''The French leader also mentioned that NATO members joined the U.S.-led war in Afghanistan after the 9/11 terror attacks.''', N, NO, EM, ""),
    ("chinaorg", '''That has been the first and only invocation to date of Article 5 of the North Atlantic Treaty, known as collective defense.''', N, NO, OUTLET, ""),
    ("chinaorg", '''"Not only the French, but the Europeans were there when we were called for Afghanistan.''', N, NO, EM, ""),
    ("chinaorg", '''And by the way, they weren't politely warned when (the U.S. left Afghanistan)," Macron said.''', N, DR, EM,
     "criticism of the US for leaving an allied (NATO) operation without warning the allies: criticism of US leadership of the alliance"),
    ("chinaorg", '''"We are loyal and faithful allies."''', A, ST, EM,
     "affirms France's place as an ally in answer to Trump's doubts about NATO allies (as the Macron 2025 loyalty items of the earlier English training sheet)"),
    # ---- euractiv (June 2020); photo caption after the headline left out; run stops at the
    #      cut-off sentence
    ("euractiv", '''NATO opens probe into France-Turkey naval incident in Mediterranean''', N, NO, "NATO", ""),
    ("euractiv", '''NATO is investigating an incident in the Eastern Mediterranean in which France says Turkish frigates were “extremely aggressive” towards a French navy vessel participating in a NATO mission in the area, Secretary-General Jens Stoltenberg said on Thursday (18 June).''',
     N, NO, JS, ""),
    ("euractiv", '''“The incident in the Mediterranean was addressed in the meeting by several allies,” Stoltenberg said after a virtual meeting of NATO defence ministers.''',
     N, NO, JS, ""),
    ("euractiv", '''“We have made sure that the NATO military authorities are investigating the incident to bring full clarity into what happened,” he said announcing the probe.''',
     N, NO, JS, ""),
    ("euractiv", '''French defence minister Florence Parly denounced Turkey’s behaviour twice during the two days of the alliances defence ministers’ meeting.''',
     N, NO, FP, "criticism of an ally (Turkey), not of NATO or of France's place in it"),
    ("euractiv", '''“This extremely serious incident must be raised and our allies share our concern,” Parly told the French senate, saying eight of the NATO’s 30 members had backed her intervention.''',
     N, NO, FP, ""),
    ("euractiv", '''“A reflection is needed on what is happening in the alliance.''', N, DR, FP,
     "questions the functioning of the alliance, no exit"),
    ("euractiv", '''We must face the abuses that are taking place there,” she added.''', N, DR, FP,
     "'there' = in the alliance: criticism of NATO's tolerance of abuses, no exit"),
    ("euractiv", '''The step comes after France’s defence ministry on Wednesday (17 June) accused a Turkish naval vessel of harassing one of its warships in the Mediterranean, saying the vessel was and under NATO command, carrying out a NATO mission and trying to uphold the UN’s arms embargo to Libya, and implying that Turkey was trying to enable the delivery of weapons to the Tripoli-based government.''',
     N, NO, FRGOV, "the defence ministry speaking = French government; typo 'was and under' kept"),
    ("euractiv", '''According a French ministry official quoted by Reuters, the French ship had wanted to check whether the Turkish vessel Cirkin was smuggling arms to Libya.''',
     N, NO, "unnamed: French ministry official", "typo 'According a' kept"),
    # ---- franceintheus (French embassy, December 2012); "Skip to main content", the repeated
    #      page title, the date line and "Read the report" / "top of the page" left out
    ("franceintheus", '''France and NATO''', N, NO, OUTLET, "title"),
    ("franceintheus", '''Hubert Vedrine report submitted to the President of the Republic:The consequences of France’s return to NATO’s integrated military command, on the future of transatlantic relations, and the outlook for the Europe of defense''',
     N, NO, OUTLET, "subtitle naming the report; missing space after the colon kept"),
    ("franceintheus", '''On 14 November 2012, former foreign minister Hubert Védrine submitted a report to the President of the Republic entitled "The consequences of France’s return to the integrated military command of the North Atlantic Treaty Organisation (NATO), the future of the transatlantic relationship and the outlook for European defense".''',
     N, NO, HV, "submitting a report is an act, but the sentence only gives its title"),
    ("franceintheus", '''In accordance with the terms of reference issued on 18 July 2012, Mr. Védrine’s report presented an assessment of the consequences of France’s return to NATO integrated military command and suggested ways in which France could exercise greater influence within the Atlantic alliance.''',
     A, RD, HV, "proposes more French influence inside NATO after the return: rejoin_or_deepen"),
    ("franceintheus", '''The report also considered possible means of renewing positive momentum for European defense.''', N, NO, HV,
     "European defence without a claim of autonomy from NATO or the US: none"),
    ("franceintheus", '''The President largely approved the report’s conclusions both on strengthening France’s influence within NATO and on urging greater defense cooperation between European countries.''',
     A, RD, FH, "'The President' = François Hollande (2012): approves strengthening France's influence inside NATO"),
    ("franceintheus", '''The Head of State asked for the report to be forwarded to the Commission responsible for drafting the White Paper on Defense and National Security, chaired by Jean-Marie Guéhenno, for the furtherance of its work.''',
     N, NO, FH, "procedure"),
    # ---- euobserver (ticker, February 2020); headline not in the excerpt, date/byline left out
    ("euobserver", '''The Pew Research Center in a recent study found that Nato's public image in France worsened sharply last year.''',
     N, NO, "Pew Research Center", "poll result (guideline: polls are none)"),
    ("euobserver", '''It found that support fell from to 49% from 60% in 2017 and 71% in 2009.''', N, NO, "Pew Research Center",
     "typo 'from to' kept"),
    ("euobserver", '''No figures were given for 2018.''', N, NO, OUTLET, ""),
    ("euobserver", '''Out of all its 16 member states, Poland has the most positive view of Nato with high of 82%.''', N, NO, "Pew Research Center", ""),
    ("euobserver", '''Turkey was the least favourable with 21%.''', N, NO, "Pew Research Center", ""),
    # ---- top10 (September 2022); "Posted ..." line left out; run stops before the end of the excerpt
    ("top10", '''Wind of favorable opinions for NATO.''', N, NO, OUTLET, ""),
    ("top10", '''According to an annual study by the German Marshall Fund (GMF) , the importance of the political-military alliance “as a security actor” jumped 11 points in one year.''',
     N, NO, "German Marshall Fund", "poll; space before the comma kept"),
    ("top10", '''This opinion study by the American research institute, called “transatlantic trends”, was conducted in July in 14 countries in North America and Europe (United States, Canada, France, Poland and Turkey, in particular ) and with 1,500 people per country.''',
     N, NO, OUTLET, ""),
    ("top10", '''In detail, 78% of those polled believe that NATO is “very” or “rather” important for the security of their country, compared to 67% in 2021.''',
     N, NO, "German Marshall Fund", "poll respondents' views are not a speaker's position (polls are none)"),
    ("top10", '''The countries closest to Russia and Ukraine are those who give it a lot of importance (91% in Poland, 88% in Romania, 87% in Lithuania).''',
     N, NO, OUTLET, ""),
    ("top10", '''But high percentages are also to be noted in Western European countries, such as Portugal (90%), the Netherlands (81%) or Germany (80%).''',
     N, NO, OUTLET, ""),
    ("top10", '''The only more nuanced country: Turkey, with 21% of respondents deeming NATO “very important” for their security and 44% “rather important”.''',
     N, NO, OUTLET, ""),
]


sys.path.insert(0, str(HERE.parent))  # the checks every stance sheet shares: ../stance_sheet_checks.py
from stance_sheet_checks import check_sheet, write_sheet, replace_counts  # noqa: E402

LANGUAGE = 'en'


def check():
    """Run the checks shared by every stance sheet; fail with a message on the first problem."""
    _, n_other = check_sheet(ITEMS, SOURCES, LANGUAGE, HERE)
    return n_other


def build():
    n_other = check()
    source_ids = OrderedDict()
    for key, *_ in ITEMS:
        if key not in source_ids:
            source_ids[key] = f"{SOURCE_PREFIX}{len(source_ids) + 1:02d}"
    rows = []
    for i, (key, text, label, position, speaker, note) in enumerate(ITEMS, 1):
        rows.append(OrderedDict([
            ("item_id", f"{ITEM_PREFIX}{i:03d}"), ("source_id", source_ids[key]),
            ("language", SOURCES[key][0]), ("text", text), ("label", label),
            ("position", position), ("speaker", speaker), ("note", note),
        ]))
    write_sheet(HERE, rows, source_ids, SOURCES)
    return rows, source_ids, n_other


def counts_markdown(rows, source_ids):
    n_pub = len({SOURCES[k][2] for k in source_ids})
    per_page = Counter(r["source_id"] for r in rows)
    langs = Counter(r["language"] for r in rows)
    out = [f"{len(rows)} sentences from {len(source_ids)} pages ({n_pub} distinct publisher entries); "
           f"{min(per_page.values())}–{max(per_page.values())} sentences per page.", ""]
    out += ["**Languages**", "", "| language | n |", "|---|---:|"]
    for lang, c in sorted(langs.items()):
        out.append(f"| {lang} | {c} |")
    out += ["", "**Labels**", "", "| label | n | share |", "|---|---:|---:|"]
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
    rows, source_ids, n_other = build()
    md = counts_markdown(rows, source_ids)
    print(md)
    print(f"\n(checked against {n_other} sentences of other stance sheets; wrote {LABELS_OUT.name} "
          f"and {SOURCES_OUT.name})")
    if replace_counts(README, md):
        print(f"(updated counts in {README.name})")


if __name__ == "__main__":
    main()
