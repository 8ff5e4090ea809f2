#!/usr/bin/env python3
"""Write the fourth ENGLISH stance TRAINING set: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command", labelled per sentence
following ../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position).

The sentences were copied verbatim from excerpts of public English-language pages returned by a
search tool over stored copies of public web pages (corpus "pages", collected 2026-12-05). For each
page ONE contiguous run of the article body was taken (headline / first body sentence onwards) and
EVERY complete sentence of it was labelled, stance-bearing or not. The ITEMS of one source are in
page order. Non-body material left out of a run is named in a comment above the page's items.

Every decision below was made by hand, by an annotator who did not read helpers/stance.py,
helpers/speakers.py, helpers/stance_report.py, data/reference/stance_lexicon.csv,
tests/test_stance*.py, tests/test_speakers*.py, notebooks/02-*.ipynb or data/processed, did not
open the other annotators' new directories, and did not run any classifier. This script holds
those decisions as explicit tables (SOURCES, ITEMS) and contains no heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every speaker is non-empty,
  - every source is used, is English, has a unique URL, and its items are contiguous,
  - no source URL is in data/raw/manifest.csv or in any data/annotations/stance*/sources.csv
    other than this sheet's own,
  - no item is a near-duplicate (difflib ratio >= 0.85, lower-cased) of another item or of any
    sentence of any data/annotations/stance*/labels.csv other than this sheet's own,
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage (from /work/main):  python3 data/annotations/stance_train4_en/make_labels.py
"""
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
ITEM_PREFIX, SOURCE_PREFIX = "m", "ms"

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

EM = "Emmanuel Macron"
JLM = "Jean-Luc Mélenchon"
CDG = "Charles de Gaulle"
NS = "Nicolas Sarkozy"
DT = "Donald Trump"
FH = "François Hollande"
FA = "François Asselineau"
JC = "Jacques Chirac"
FRGOV = "French government"
ELYSEE = "Élysée (French presidency)"
JDHS = "Jaap de Hoop Scheffer"
VC = "Hubert Védrine; Jean-Pierre Chevènement"
HID = "Anne Hidalgo"
HUA = "Hua Chunying"
JDV = "Jean du Verdier"
LEMONDE = "Le Monde"
IFRI_AUTHOR = "unnamed: author of the Politique étrangère article"
MLP = "Marine Le Pen"
GAMEDATA_AUTHOR = "unnamed: author of the gamedatacrunch opinion piece"
KM = "Karl Kaiser; Dominique Moïsi"
RDA = "Ronald D. Asmus"
BWL = "R. Nicholas Burns; Damon Wilson; Jeff Lightfoot"
BG = "Bernard Guetta"
PROTESTERS = "unnamed: protesters (rally led by Florian Philippot)"

# queries (each source records the query that returned it)
Q_MAC = "Macron Europe strategic autonomy NATO France role op-ed"
Q_ARMY = "French army NATO exercises Baltic Romania France troops"
Q_SUMMIT = "Sarkozy 2009 NATO summit Strasbourg Kehl France return"
Q_JLM = "Jean-Luc Melenchon foreign policy non-aligned France"
Q_SPEND = "France NATO defence spending 2 percent summit"
Q_UKR = "Ukraine war French debate NATO membership opinion"
Q_VED = "Hollande Vedrine report France NATO integrated command 2012 no exit"
Q_VED2 = "Vedrine report Hollande France stays in NATO command 2012 exit not an option"
Q_ASS = "Asselineau UPR France leave NATO and EU candidate"
Q_TT = "think tank analysis France reintegration NATO command ten years later assessment"
Q_GEN = "interview French general NATO France independence Gaullist tradition"
Q_CHN = "Chinese press France NATO Macron European army Trump 2018"
Q_POLL = "French public opinion NATO survey trust alliance Ifop percent French want"
Q_GRL = "Greenland Trump French politicians call to leave NATO 2026"
Q_PHI = "Philippot Patriots rally Paris leave NATO Frexit protesters demand exit alliance"
Q_LP = 'Le Pen NATO command exit criticized Macron debate 2022 "integrated command" reaction allies worried'
Q_STAY = "France must stay in NATO says senator op-ed French membership alliance essential"

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published: as shown in the excerpt; "(not shown)" otherwise, with the URL slug or the
# date of the events where that is all there is.
SOURCES = OrderedDict([
    ("vincze", ("en", "(not shown) [URL slug: beyond_macrons_subversive_nato_comments_frances_growing_unease_with_the_alliance]",
                "hajnalka-vincze.com (author's site; note pointing to the full text at the Foreign Policy Research Institute)",
                "https://hajnalka-vincze.com/list/notes_dactualite/574-beyond_macrons_subversive_nato_comments_frances_growing_unease_with_the_alliance",
                "(not shown) [events: November 2019]", Q_MAC)),
    ("globalwatch", ("en", "NATO tests war preparedness on eastern flank facing Russia", "Global Watch (globalwatch.info), AFP report",
                     "https://globalwatch.info/en_GB/articles/gc7/features/2025/11/07/feature-01",
                     "(not shown) [URL: 2025/11/07]", Q_ARMY)),
    ("globaldefence", ("en", "NATO chief meets President Sarkozy", "globaldefence.net (archive of NATO news)",
                       "https://www.globaldefence.net/archiv/defence-news/natofrankreich/",
                       "12 Feb. 2009 (dateline)", Q_SUMMIT)),
    ("franceintheus", ("en", "Statements made by Nicolas Sarkozy, President of the Republic, during his joint press conference with Angela Merkel, Chancellor of Germany, and Jaap de Hoop Scheffer, NATO Secretary-General (excerpts)",
                       "Embassy of France in the US (franceintheus.org), official translation",
                       "https://franceintheus.org/spip.php?article1300",
                       "April 6, 2009 (press conference: Strasbourg, 4 April 2009)", Q_SUMMIT)),
    ("actualnews", ("en", "(not shown) [URL slug: video-anne-hidalgo-accuses-jean-luc-melenchon-of-being-complacent-and-complicit-with-dictators]",
                    "Actual News Magazine (actualnewsmagazine.com), English",
                    "https://actualnewsmagazine.com/english/video-anne-hidalgo-accuses-jean-luc-melenchon-of-being-complacent-and-complicit-with-dictators",
                    "(not shown) [events: Monday 14 March 2022]", Q_JLM)),
    ("townhall", ("en", "France studies its 2009 return to NATO command", "Townhall (townhall.com), AP report",
                  "https://townhall.com/news/world/2012/07/18/france-studies-its-2009-return-to-nato-command-n1092580",
                  "Jul 18, 2012", Q_VED2)),
    ("goodcountry", ("en", "(not shown) [candidate page: François Asselineau, section 'General principles']",
                     "The Good Country (goodcountry.org), Global Vote",
                     "https://goodcountry.org/global-vote/elections/france/candidates/francois-asselineau/",
                     "(not shown) [events: 2017 presidential campaign]", Q_ASS)),
    ("prospect", ("en", "(not shown) [URL slug: france-returns-fold]", "The American Prospect (prospect.org), blog post by Robert Farley",
                  "https://prospect.org/article/france-returns-fold.", "(not shown) [events: March 2009]", Q_TT)),
    ("ifri", ("en", "France’s “Return” to NATO: An Inopportune Decision", "Ifri, Politique étrangère (ifri.org)",
              "https://www.ifri.org/en/articles-politique-etrangere/politique-etrangere/frances-return-nato-inopportune-decision",
              "(not shown) [events: 2009]", Q_TT)),
    ("sitrep", ("en", "France's Creeping Reintegration by F. Stephen Larrabee", "GlobalSecurity.org (Sitrep)",
                "https://sitrep.globalsecurity.org/articles/090324255-frances-creeping-reintegration.htm",
                "(not shown) [URL: 090324; events: before the April 3-4 2009 summit]", Q_TT)),
    ("fortruss", ("en", "A French General’s view of NATO", "Fort Russ News (translation of Sputnik France by Tom Winter)",
                  "https://fort-russ.com/2017/01/a-french-generals-view-of-nato/",
                  "January 14, 2017 (original: March 14, 2014)", Q_GEN)),
    ("newsflash", ("en", "‘We’ve NEVER been a threat to Europe’ China SLAPS DOWN Macron’s EU Army plot", "newsflash.one",
                   "https://newsflash.one/2018/11/15/weve-never-been-a-threat-to-europe-china-slaps-down-macrons-eu-army-plot/",
                   "(not shown) [URL: 2018/11/15]", Q_CHN)),
    ("dayfr", ("en", "(not shown) [URL: article/trends/49995]", "euro.dayfr.com (English), on an IFOP survey",
               "https://euro.dayfr.com/article/trends/49995.html", "(not shown) [survey: April 8-10, 2025]", Q_POLL)),
    ("newsmax", ("en", "France Asks for NATO Exercise in Greenland, Ready to Participate", "Newsmax",
                 "https://www.newsmax.com/world/globaltalk/france-nato-greenland/2026/01/21/id/1242929/",
                 "Wednesday, 21 January 2026", Q_GRL)),
    ("onrecord", ("en", "Marine Le Pen on NATO", "OnRecord (onrecord-7bm.pages.dev), politician positions page",
                  "https://onrecord-7bm.pages.dev/marine-le-pen/nato", "(not shown)", Q_LP)),
    ("gamedata", ("en", "The NATO Command Myth and Why Marine Le Pen Actually Left Globalists a Massive Gift",
                  "gamedatacrunch.com (opinion piece, author not shown)",
                  "https://gamedatacrunch.com/nato-command-myth-marine-le-pen-actually-left-globalists-massive-gift",
                  "(not shown)", Q_LP)),
    ("earthpress", ("en", "Marine Le Pen and NATO: a partial withdrawal as inconsistent as it is risky",
                    "earthpressnews.com (English translation of a French news analysis)",
                    "https://earthpressnews.com/?p=72639", "(not shown) [events: April 2022]", Q_LP)),
    ("starledger", ("en", "Welcome back France: Vive la NATO", "The Star-Ledger (blog.nj.com), editorial",
                    "http://blog.nj.com/njv_editorial_page/2009/03/welcome_back_france_viva_le_na.html",
                    "March 31, 2009", Q_STAY)),
    ("wcfia", ("en", "Europe needs a stronger France inside Nato (Karl Kaiser, Dominique Moïsi)",
               "Weatherhead Center for International Affairs, Harvard (wcfia.harvard.edu), publication record with abstract",
               "https://wcfia.harvard.edu/publications/export/tagged/67016", "2009 (record)", Q_STAY)),
    ("almendron", ("en", "Saying Yes to France", "almendron.com (reprint of The Washington Post op-ed by Ronald D. Asmus)",
                   "https://www.almendron.com/tribuna/saying-yes-to-france/", "29/10/07 (original)", Q_STAY)),
    ("acouncil", ("en", "(not shown) [URL slug: anchoring-the-alliance-an-atlanticist-france-1]",
                  "Atlantic Council, NATOSource (quoting the New Atlanticist)",
                  "https://www.atlanticcouncil.org/blogs/natosource/anchoring-the-alliance-an-atlanticist-france-1/",
                  "(not shown) [events: May 2012]", Q_STAY)),
    ("guetta", ("en", "(not shown) [URL slug: everything-calls-for-france-to-head-the-nato]", "bernard-guetta.eu (blog of MEP Bernard Guetta, English)",
                "https://www.bernard-guetta.eu/2023/04/03/everything-calls-for-france-to-head-the-nato/?lang=en",
                "(not shown) [URL: 2023/04/03]", Q_STAY)),
    ("tfi", ("en", "“Return the money Zelensky”, Mass protests in Paris demand end of France military aid for Ukraine, calls to exit NATO",
             "TFI Global News (tfiglobalnews.com)",
             "https://tfiglobalnews.com/2025/06/30/return-the-money-zelensky-mass-protests-in-paris-demand-end-of-france-military-aid-for-ukraine-calls-to-exit-nato/amp",
             "(not shown) [URL: 2025/06/30]", Q_PHI)),
])

# -----------------------------------------------------------------------------------------------
# ITEMS: (source key, text copied verbatim, label, position, speaker, note for hard calls)
# All complete sentences of one contiguous passage per page, in page order.
ITEMS = [
    # ---- vincze (2019); section label "Article" and the closing link "Read the full text on the
    # website of the Foreign Policy Research Institute." left out (not body sentences)
    ("vincze", """In deciding to give an interview to The Economist where he declared NATO “brain dead,” President Emmanuel Macron certainly knew he would spark indignation among his fellow European leaders.""",
     N, DR, EM, "the sentence narrates Macron declaring NATO 'brain dead' (guideline example of distance_or_reform); the rest is the author's framing"),
    ("vincze", """He chose to do it nevertheless, not out of proverbial French arrogance, but because he deems it both necessary and urgent.""",
     N, DR, EM, "'it' = declaring NATO brain dead (previous sentence); he holds that this criticism is necessary: distance_or_reform, no exit"),
    ("vincze", """A year away from the next U.S. elections (and with Brexit forever dragging on), an unprecedented window of opportunity is about to slam shut for France.""",
     N, NO, OUTLET, ""),
    ("vincze", """This unique alignment of planets, which, in the French vision, should have finally brought the EU onto the path of strategic autonomy and away from dependence on les Anglo-Saxons, has not produced the expected results.""",
     N, DR, FRGOV, "'the French vision' (Paris's view) of European strategic autonomy away from US/UK dependence; no exit"),
    ("vincze", """Instead, most European governments, confronted with the inconvenience of their dependence, seem to prefer discreet but concrete steps to appease the United States and to reinforce the U.S.-dominated Alliance.""",
     N, NO, OUTLET, "other governments' choices, described by the author; nothing about France's place"),
    ("vincze", """To Paris, this is utterly illogical.""", N, DR, FRGOV,
     "'this' = reinforcing the U.S.-dominated Alliance (previous sentence): Paris's criticism of alignment, no exit"),
    ("vincze", """But as Tony Blair’s former advisor Robert Cooper, had said precisely on the issue of EU autonomy: “The world does not proceed by logic.""",
     N, NO, "Robert Cooper", "quotation split over two sentences; general remark on EU autonomy, no position on France in NATO"),
    ("vincze", """It proceeds by political choice.”""", N, NO, "Robert Cooper", "continuation of the quotation"),
    ("vincze", """The French president has therefore decided to unambiguously display the choice that, in his view, awaits Europe – even at the risk of appearing “drastic” to the German chancellor.""",
     N, DR, EM, "'the choice' = strategic autonomy vs dependence on the U.S.-dominated Alliance (context): distance_or_reform"),
    # ---- globalwatch (AFP, November 2025); section label "Strategic Affairs", the photo caption
    # (printed twice) and the byline "By AFP |" left out; run ends at the cut-off sentence
    ("globalwatch", """NATO tests war preparedness on eastern flank facing Russia""", N, NO, OUTLET, ""),
    ("globalwatch", """French-led troops from Belgium, France, Luxembourg and Spain, alongside Romanian soldiers, are engaged in maneuvers and live-fire artillery and tank drills as part of the Dacian Fall exercise.""",
     N, NO, OUTLET, "deck; France's part in a NATO exercise says nothing about its membership"),
    ("globalwatch", """On the Mures river in central Romania, French armored vehicles and Romanian trucks recently boarded a motorized floating bridge, part of a large military exercise to showcase NATO's ability to rapidly increase force levels on its eastern flank facing Russia.""",
     N, NO, OUTLET, ""),
    ("globalwatch", """The drill -- planned for months and seen as an "integration exercise" for NATO members -- comes after Washington said it would pull some troops out from the area.""",
     N, NO, OUTLET, ""),
    ("globalwatch", """Romania, which shares some 650km (400 miles) of border with Ukraine, has gained in strategic importance since Russia invaded its neighbor in 2022.""",
     N, NO, OUTLET, ""),
    ("globalwatch", """In the Dacian Fall exercise running from October 20 to November 13, French-led troops from Belgium, France, Luxembourg and Spain are engaged in maneuvers and live-fire artillery and tank drills, together with Romanian soldiers.""",
     N, NO, OUTLET, ""),
    ("globalwatch", """Since Moscow's full-scale invasion of Ukraine, Paris has deployed nearly 1,500 soldiers in Romania and doubled them for the exercise.""",
     N, NO, OUTLET, "deployment figures (bare fact with the capital as subject), no position on France's place in NATO"),
    ("globalwatch", """In case of a crisis, this can be increased to 5,000 troops.""", N, NO, OUTLET, ""),
    ("globalwatch", """"We must demonstrate our ability to integrate into a NATO division," said French Gen. Maxime Do Tran, commander of the 7th Armored Brigade deployed for Dacian Fall.""",
     N, NO, "Maxime Do Tran", "operational interoperability of a brigade, not France's membership or integration in the command: none (symmetric strictness)"),
    # ---- globaldefence (12 Feb. 2009); the page title printed twice, the first copy left out
    ("globaldefence", """NATO chief meets President Sarkozy""", N, NO, OUTLET, ""),
    ("globaldefence", """12 Feb. 2009 NATO Secretary General Jaap de Hoop Scheffer went to Paris, France, on 12 February to meet with President Nicolas Sarkozy and discuss preparations for the upcoming Strasbourg/Kehl Summit.""",
     N, NO, OUTLET, "dateline is part of the sentence as printed"),
    ("globaldefence", """Prior to the meeting, the Secretary General spoke at the French National Assembly during a joint public session by the Foreign Affairs and National Defence Committees.""",
     N, NO, OUTLET, ""),
    ("globaldefence", """Mr. De Hoop Scheffer noted that “NATO today is no longer the NATO of 1966”, when President Charles de Gaulle withdrew France from the Alliance’s military command, and described how much the Alliance had transformed since then.""",
     N, NO, JDHS, "says NATO has changed since 1966, which prepares his case for the return, but the sentence states no position on France's place; de Gaulle's act is a relative-clause background"),
    ("globaldefence", """“NATO’s missions have changed; it has also reformed its structures accordingly”, said the Secretary General, adding that “a renovated Alliance needs France, and that a France who had completely reintegrated with NATO structures would have everything to gain”.""",
     A, RD, JDHS, "argument that full reintegration would benefit France: backing the return"),
    # ---- franceintheus (press conference, Strasbourg, 4 April 2009); navigation ("Skip to main
    # content", "North Atlantic Council" twice), "Published on April 6, 2009" and the dateline
    # "Strasbourg, 4 April 2009" left out; run ends at the cut-off sentence
    ("franceintheus", """Statements made by Nicolas Sarkozy, President of the Republic, during his joint press conference with Angela Merkel, Chancellor of Germany, and Jaap de Hoop Scheffer, NATO Secretary-General (excerpts)""",
     N, NO, OUTLET, "title"),
    ("franceintheus", """THE PRESIDENT – I’m not going to go back over what our Secretary-General put so excellently.""",
     N, NO, NS, "speaker label 'THE PRESIDENT –' is part of the segment as printed"),
    ("franceintheus", """Just two or three remarks: first of all, the pleasure of working with Angela Merkel at the G20 and NATO summits.""", N, NO, NS, ""),
    ("franceintheus", """I want to reaffirm that we see totally eye to eye on every issue.""", N, NO, NS, ""),
    ("franceintheus", """Again yesterday evening at dinner, without betraying any secrets, Angela Merkel and I had said that this summit had to be conclusive, including as regards the appointment of a secretary-general.""",
     N, NO, NS, ""),
    ("franceintheus", """We were convinced there had to be decisions because the era of international summits where people talk and decide nothing, is over.""", N, NO, NS, ""),
    ("franceintheus", """From this point of view, the strength of the Franco-German axis matters.""", N, NO, NS, ""),
    ("franceintheus", """And obviously Angela Merkel and I had supported Mr Rasmussen’s excellent candidature.""", N, NO, NS, ""),
    ("franceintheus", """I’m delighted he’s been appointed unanimously as we wanted yesterday evening.""", N, NO, NS, ""),
    ("franceintheus", """Secondly, thanks are due to President Obama who was strongly involved in all the decisions we have taken.""", N, NO, NS, ""),
    ("franceintheus", """It’s his first NATO summit; it’s been easy to work with him.""", N, NO, NS, ""),
    ("franceintheus", """He has exercised leadership, he has honoured his commitments and, for us, hearing the United States President say that they need a Defence Europe, need a Europe playing a more active role in the Atlantic structure, and independent and strong allies is a response to France’s commitment to resume her full place in the integrated command.""",
     A, RD, NS, "the author of the return presents the US stance as a response to 'France's commitment to resume her full place in the integrated command': backing the return"),
    ("franceintheus", """Finally, thirdly, we, Angela Merkel and I, are campaigning for Europe to really play her part in the Atlantic Organization.""",
     N, DR, NS, "a stronger European role inside NATO (European pillar): reform, not a statement about France's own integration"),
    ("franceintheus", """Well, it’s happening.""", N, NO, NS, ""),
    ("franceintheus", """I say to all the French that with a France resuming her full place in the organization, Europe will have greater weight.""",
     A, RD, NS, "argument that the full return is beneficial, by its author (guideline 4.1 and 4.7)"),
    # ---- actualnews (March 2022); the page starts with a two-sentence deck, kept
    ("actualnews", """Jean-Luc Mélenchon advocates the idea of being “non-aligned”.""", N, DR, JLM,
     "non-alignment (guideline section 3), no exit call in the sentence"),
    ("actualnews", """For the socialist candidate, there is no third way.""", N, NO, HID,
     "'the socialist candidate' = Anne Hidalgo (next sentence); rejects a 'third way' between democracies and dictatorships, nothing about NATO"),
    ("actualnews", """Anne Hidalgo accuses Jean-Luc Mélenchon on Monday March 14 on franceinfo of being “complacent and complicit with dictators”.""", N, NO, HID, ""),
    ("actualnews", """The socialist presidential candidate felt that the candidate of rebellious France had shown “complacency” with regard to “Vladimir Putin, but also Maduro in Venezuela and Bashar al-Assad in Syria”.""",
     N, NO, HID, ""),
    ("actualnews", """“There are those who defend democracies and those who are complacent towards dictators”, she said.""", N, NO, HID, ""),
    ("actualnews", """The mayor of Paris even mentioned a “complicity”.""", N, NO, HID, ""),
    ("actualnews", """“Jean-Luc Mélenchon is complacent with dictators, and people see it”she launched about the left-wing candidate who is ahead of her in the polls.""",
     N, NO, HID, "missing space after the closing quotation mark kept"),
    ("actualnews", """“For me there is no third way, either we are for democracies or for dictatorships.""", N, NO, HID, ""),
    ("actualnews", """There is no third way that is not aligned.""", N, NO, HID,
     "rejects non-alignment in general; neither NATO nor France's place in it is named: none (symmetric strictness)"),
    ("actualnews", """We have to be quite clear with international issues”, also launched the socialist presidential candidate.""", N, NO, HID, ""),
    ("actualnews", """Jean-Luc Mélenchon advocates for the whole French international strategy the idea of being “non Aligned“, a term taken from the Cold War.""",
     N, DR, JLM, "non-alignment, no exit call; odd closing quotation mark kept"),
    # ---- townhall (AP, Jul 18, 2012); the source line "AP News", "Posted: Jul 18, 2012 1:32 PM" and
    # the repeated headline left out
    ("townhall", """France studies its 2009 return to NATO command""", N, DR, FRGOV,
     "headline: the government puts the 2009 return under review, raising the question without answering it (guideline 4.9)"),
    ("townhall", """PARIS (AP) — President Francois Hollande has tasked a former foreign minister with studying France's role in NATO's military command, along with the development of its transatlantic relations in the decade ahead.""",
     N, DR, FH, "dateline is part of the sentence; ordering a review of France's place in the command raises the question (decision), no exit or stay stated"),
    ("townhall", """While campaigning for the presidency, Hollande, a Socialist, had said he wanted to rethink France's 2009 return to the Atlantic Alliance's integrated military command.""",
     N, DR, FH, "debatable: 'rethink' the return questions it but does not say it should be reversed (not 'the return was a mistake'): distance_or_reform"),
    ("townhall", """Under Hollande's conservative predecessor, President Nicolas Sarkozy, France had returned to NATO for the first time since its withdrawal under President Charles de Gaulle in 1966.""",
     N, NO, OUTLET, "bare facts; 'under' only dates both acts (guideline 4.4)"),
    ("townhall", """A statement from the presidential palace Wednesday said that Hollande had asked Hubert Vedrine, a fellow Socialist, to evaluate the issue and the development of transatlantic ties in the coming decade.""",
     N, DR, ELYSEE, "the presidency announces the review of the return ('the issue'): raising the question, as the sentences above"),
    ("townhall", """Hollande asked Vedrine to report back with his conclusions by the end of October.""", N, NO, FH, "procedure only"),
    # ---- goodcountry (2017 campaign); the section label "General principles" left out; run ends
    # at the cut-off sentence
    ("goodcountry", """François Asselineau is a senior civil servant and Conservative politician.""", N, NO, OUTLET, ""),
    ("goodcountry", """He is standing for election as president of the French Republic as leader of his own movement, the Popular Republican Union (Union Populaire Républicaine or UPR).""",
     N, NO, OUTLET, ""),
    ("goodcountry", """Described as a sovereigntist, he argues for the withdrawal of France from the European Union, the Eurozone and NATO.""",
     F, LA, FA, "exit from NATO among other exits: leave_alliance"),
    ("goodcountry", """He introduces his movement as an “honourable and loyal movement which wants to give France its independence and democracy back.”""",
     N, NO, FA, "independence in general, NATO not named"),
    ("goodcountry", """His “programme of liberation” is the same platform he ran on in the 2012 presidential election.""", N, NO, OUTLET, ""),
    ("goodcountry", """Commenting on this, he states that “this is proof that events keep corroborating our analyses and propositions.""", N, NO, FA, ""),
    ("goodcountry", """This is proof that our programme is the only fair one for France.”""", N, NO, FA, ""),
    ("goodcountry", """Asselineau says, “We want an independent foreign policy, in other words the foreign policy we had in the time of de Gaulle, the so-called erga omnes policy, in other words we want to assert our national independence but we do not, by any means, want to belong to the European Union which is leading us towards war, towards a clash of civilisations.”""",
     N, NO, FA, "the exit named here is from the EU (other target, guideline 4.6); the Gaullist 'independent foreign policy' is not tied to NATO in the sentence"),
    ("goodcountry", """Asselineau wants France to trigger Article 50 and withdraw from the European Union, which he claims is ‘swindling’ France.""",
     N, NO, FA, "EU exit (Article 50 of the EU treaty), not NATO"),
    ("goodcountry", """He says that the European Union is incapable of changing or being changed, and that a Frexit is the only way for France to regain its independence and sovereignty.""",
     N, NO, FA, "Frexit: other target"),
    ("goodcountry", """“There cannot be democracy within the European Union because there is no European demos [people].""", N, NO, FA, ""),
    ("goodcountry", """Because of the different visions of the world, different languages and divergent geopolitical and economic interests [of member states], the only way to achieve common policies among the 28 member states is to have a structure that dictates what they must do: and that’s called dictatorship.”""",
     N, NO, FA, "about the EU"),
    ("goodcountry", """“Leaving the European Union is about leaving a dictatorship, leaving this prison of nations and getting our democracy back.”""",
     N, NO, FA, "leaving the EU: other target (guideline 4.6)"),
    # ---- prospect (March 2009, blog post); the signature "--Robert Farley" left out
    ("prospect", """In a widely expected move, President Nicolas Sarkozy announced today that France would return to NATO's military command.""",
     A, RD, NS, "announcement of the return by its author (guideline 4.3)"),
    ("prospect", """France left the command in 1966, as part of fromer President Charles De Gaulle's drive for French foreign-policy independence from the United States.""",
     F, LC, CDG, "debatable: the exit is tied to de Gaulle's own policy ('as part of ... De Gaulle's drive'), like 'by a decision of de Gaulle', not merely dated; typo 'fromer' kept"),
    ("prospect", """The actual impact of French withdrawal was somewhat less striking than the political maneuver implied, as France continued to collaborate with West Germany, the United Kingdom, and the United States on defense planning in case of a Soviet attack.""",
     N, NO, OUTLET, "the author's assessment of the 1966 withdrawal"),
    ("prospect", """The French withdrawal did, however, give defense analysts in the United States ample opportunity to "juke the stats"; if you wanted to demonstrate that the Soviet Union was a greater or lesser threat to NATO, you could play with assumptions about French participation in order to get the desired political effect.""",
     N, NO, OUTLET, ""),
    ("prospect", """The joke, of course, was that if you wanted to make an especially dire pronouncement about the threat of Soviet power, you'd assume that the French would fight on our side...""",
     N, NO, OUTLET, ""),
    ("prospect", """The practical effect of French reintegration into the military command remains unclear.""", N, NO, OUTLET, ""),
    ("prospect", """Some have suggested that this is part of a longer-term French effort to de-emphasize NATO in favor of European security institutions.""",
     N, NO, OUTLET, "vague attribution ('Some have suggested') used as analysis (guideline 5); a speculation about French motives, no position"),
    ("prospect", """By taking a less oppositional stance, France could quiet fears that it wants to do away with NATO, and instead slowly co-opt the organization from inside.""",
     N, NO, OUTLET, "continuation of the speculation"),
    ("prospect", """That may credit the French with more cunning than is deserved, however.""", N, NO, OUTLET, ""),
    ("prospect", """There's certainly some immediate political capital to be gained for Sarkozy in celebrating the French return at NATO's 60th birthday party in April.""",
     N, NO, OUTLET, "the author's analysis of Sarkozy's political gain, not Sarkozy's position"),
    ("prospect", """For my part, I hope simply that French re-integration facilitates cooperation with the United Kingdom over ballistic missile submarine deployments; nobody needs another crash.""",
     N, NO, OUTLET, "the blogger's hope about a side effect of the return; he neither backs nor opposes it in the sentence"),
    # ---- ifri (Politique étrangère, 2009) [run stops before the end of the excerpt: later
    # sentences not taken]; the author is not named in the excerpt
    ("ifri", """France’s “Return” to NATO: An Inopportune Decision""", F, LC, IFRI_AUTHOR,
     "headline of an opinion article: the 2009 return is an 'inopportune decision' = opposing the return (guideline 4.1)"),
    ("ifri", """The French decision to re-enter NATO’s integrated military structure is merely the confirmation of a series of shifts that started a long time ago.""",
     N, NO, IFRI_AUTHOR, "analysis of the decision's background; no position in this sentence"),
    ("ifri", """But it is no less questionable a decision.""", F, LC, IFRI_AUTHOR,
     "'it' = the re-entry decision; calling it questionable is opposing the return (guideline 4.1), debatable strength"),
    ("ifri", """It is a symbolic decision that affects France’s image internationally.""", N, NO, IFRI_AUTHOR,
     "'affects' the image without saying it harms it; the opposition is stated in the neighbouring sentences, not in this one"),
    ("ifri", """It by no means guarantees that the Alliance will evolve in a way that corresponds to France’s national interests; nor does it shed light on France’s ambiguous future.""",
     F, LC, IFRI_AUTHOR, "argument against the return (it does not serve France's national interests), by its opponent (guideline 4.1 and 4.7)"),
    ("ifri", """It does, however, in a very real way, risk diminishing France’s will to defend itself.""", F, LC, IFRI_AUTHOR,
     "argument that the return is harmful, by its opponent (guideline 4.1 and 4.7)"),
    ("ifri", """The decision of French President Sarkozy that France re-enter NATO’s integrated military structure is, as his supporters have pointed out, the confirmation of a series of earlier shifts.""",
     N, NO, IFRI_AUTHOR, "the decision is the subject of an analysis; what the supporters point out is a description, not a position"),
    ("ifri", """The validity of these changes was debatable at the time, but they are now a fixture of the French political landscape.""", N, NO, IFRI_AUTHOR, ""),
    ("ifri", """Indeed, France played a part in NATO’s survival after the Cold War by agreeing to an intervention in 1994-1995 in Bosnia-Herzegovina, and, later, in 1999 – this time without a UN mandate – in Kosovo and more generally in Yugoslavia.""",
     N, NO, OUTLET, "historical background"),
    ("ifri", """As early as December 1995, France re-entered NATO’s Military Committee.""", N, NO, OUTLET, "bare fact with the country as subject (guideline 4.4)"),
    ("ifri", """France had agreed to intervene outside its original sphere of influence.""", N, NO, OUTLET, ""),
    ("ifri", """At the beginning, the Atlantic Alliance, of which France never ceased to be a part, was a defensive alliance, restricted to the Euro-Atlantic zone.""", N, NO, OUTLET, ""),
    ("ifri", """Over the years, and particularly since 1999 (Kosovo) and 2001 (Afghanistan), it has become a global alliance committed to stabilization and peace-enforcement operations.""",
     N, NO, OUTLET, ""),
    ("ifri", """This is effectively a shift in the organization’s stated purpose.""", N, DR, IFRI_AUTHOR,
     "criticism of NATO's change of purpose (mission creep), no exit"),
    # ---- sitrep (March 2009, op-ed); site banner and server-error lines left out; run ends at
    # the cut-off sentence
    ("sitrep", """France's Creeping Reintegration by F. Stephen Larrabee""", N, NO, OUTLET, "headline with byline, one segment as printed"),
    ("sitrep", """At the upcoming [April 3-4] NATO summit in Strasbourg-Kehl, French President Nicolas Sarkozy is expected to formally announce France's return to NATO's integrated military command, from which President Charles de Gaulle withdrew France in 1966.""",
     A, RD, NS, "Sarkozy's planned announcement of the return (decision in progress, guideline 4.3); the de Gaulle clause is background"),
    ("sitrep", """The full reintegration of France into NATO, if confirmed, will remove an important irritant in U.S.-French relations and open up new possibilities for strengthening U.S.-European cooperation more broadly.""",
     A, RD, "F. Stephen Larrabee", "the op-ed author (named in the headline) argues that the return is beneficial (guideline 4.7 by analogy)"),
    ("sitrep", """For France, rejoining would also mark a reversal of a tenant of Gaullist policy that has dominated French strategic thinking for 40 years.""",
     N, NO, OUTLET, "analysis; typo 'tenant' (= tenet) kept"),
    ("sitrep", """In actual fact, however, it will represent less a rupture with de Gaulle's policy than the culmination of a process of "creeping reintegration" that has been going on behind the scenes since the early 1990s.""",
     N, NO, OUTLET, ""),
    ("sitrep", """The process began under Socialist President Francois Mitterrand, who gave the green light for combined operations between French and NATO forces in the Bosnian crisis and increased French participation on a selective basis in meetings of NATO defense ministers and the Alliance's military Committee.""",
     A, RD, "François Mitterrand", "debatable: agentive relative clause ('who ... increased French participation' in NATO military bodies): his act deepening integration (guideline 4.3)"),
    ("sitrep", """The quiet reintegration intensified under President Jacques Chirac, a committed Gaullist.""", N, NO, OUTLET, "'under' only dates the process (guideline 4.4)"),
    ("sitrep", """Chirac came very close to achieving reintegration in 1996-'97.""", A, RD, JC,
     "Chirac's own (failed) effort to rejoin the command: his act, rejoin_or_deepen"),
    ("sitrep", """Indeed, had he been a bit more modest in formulating his conditions for France's return, his efforts might well have succeeded.""",
     N, NO, OUTLET, "the author's counterfactual about Chirac's conditions; no position stated"),
    ("sitrep", """However, Chirac's price for agreeing to France's return - taking European command of one of the two major NATO commands in the Mediterranean area (AFSOUTH in Naples) from the United States - was regarded by the Clinton administration as too high and the deal ultimately collapsed.""",
     N, NO, OUTLET, "history of the failed 1996-97 deal; Chirac's condition and the US refusal are narrated, no position on France's place is stated"),
    ("sitrep", """Behind the scenes, however, French cooperation with NATO on a practical level intensified.""", N, NO, OUTLET, ""),
    # ---- fortruss (translation of Sputnik France, 2014/2017) [run stops before the end of the
    # excerpt: later sentences not taken]; the dateline "January 14, 2017 – Fort Russ News –", the
    # credit "– Sputnik France  Translated by Tom Winter –" and the translator's bracketed note
    # "[From March 14, 2014. ... — tr.]" left out
    ("fortruss", """A French General’s view of NATO""", N, NO, OUTLET, ""),
    ("fortruss", """“NATO aggressive to Russia.""", N, DR, JDV,
     "quoted original headline; its claim is the general's (next segment: 'A French general attests'): criticism of NATO, no exit"),
    ("fortruss", """A French general attests”""", N, NO, OUTLET, ""),
    ("fortruss", """France is cheerfully attacking Russia along with NATO.""", N, DR, OUTLET,
     "the outlet's own polemical verdict (not neutral analysis) against France's alignment with NATO against Russia: distance_or_reform, no exit stated"),
    ("fortruss", """The mission of this military structure has evolved since the Soviet era.""", N, NO, OUTLET, ""),
    ("fortruss", """We asked the General of the French Army Jean du Verdier for his analysis of the history of NATO which has just celebrated its 65th anniversary.""", N, NO, OUTLET, ""),
    ("fortruss", """General Jean du Verdier: “Originally NATO was created as a military organization to deal with the Soviet threat.""", N, NO, JDV, "interview label is part of the segment"),
    ("fortruss", """We were very scared at the time of an attack by the Soviet army.""", N, NO, JDV, ""),
    ("fortruss", """There was a phrase running all around the time: “The Soviet tanks are at a stage of the Tour de France in Strasbourg!”""", N, NO, JDV, ""),
    ("fortruss", """At that time we accepted the help of the Americans and there was an agreement in Lisbon: the Americans gave 600 million dollars to equip the French army at the time … And in exchange, they received some bases in France and a liaison between the Atlantic and Germany.""",
     N, NO, JDV, "the page joins two clauses with ' … And'; kept as one segment"),
    ("fortruss", """That is where we were in the late 1950s!""", N, NO, JDV, ""),
    ("fortruss", """And at that moment General de Gaulle came in who was going to want to get out of the American grip.""", N, DR, CDG,
     "de Gaulle's aim as told by the general: independence from the US, NATO not named in the sentence: distance_or_reform"),
    ("fortruss", """Because he could not accept that the mechanisms of NATO — which were automatic — could engage France in an unwanted war.""", N, DR, CDG,
     "de Gaulle's argument against NATO's automatic mechanisms; the sentence does not say France left or should leave (strict rule)"),
    ("fortruss", """So, from ’58, France was completely free of NATO.""", N, NO, JDV,
     "the general's (inaccurate) historical claim, a bare fact without an actor deciding"),
    # ---- newsflash (November 2018) [run stops before the end of the excerpt: Putin's and
    # Trump's reactions and the Elysée reply are not taken]
    ("newsflash", """‘We’ve NEVER been a threat to Europe’ China SLAPS DOWN Macron’s EU Army plot""", N, NO, HUA, "headline quoting the Chinese spokeswoman"),
    ("newsflash", """The French leader’s call for the European Union to create a military force has angered many, especially US President Donald Trump, who has slammed the proposal as “very insulting”.""",
     N, NO, DT, "the reaction (Trump's) is the main clause; it concerns an EU force, not France's place in NATO"),
    ("newsflash", """When asked about the French proposal at a daily press briefing in Beijing, China’s foreign ministry spokeswoman Hua Chunying said: “We have never posed a threat to Europe.""", N, NO, HUA, ""),
    ("newsflash", """It [Europe] has the right to decide its own foreign and defence policies.”""", N, NO, HUA, ""),
    ("newsflash", """She added European leaders had in fact expressed a desire for closer collaboration with China.""", N, NO, HUA, ""),
    ("newsflash", """Discussing the growing dangers from cyber-hacking, meddling in electoral processes and the US decision to withdraw from a missile treaty, Mr Macron told Europe 1 radio last week Europe needed to “protect itself against China, Russia and even the United States”.""",
     N, DR, EM, "European defence autonomy, including from the US: distance_or_reform"),
    ("newsflash", """He said: “Faced by Russia, which is on our border and which has shown that it can be threatening … we need to have a Europe that can better defend itself by itself, without depending solely on the United States.”""",
     N, DR, EM, "less dependence on the US for Europe's defence: distance_or_reform, no exit"),
    ("newsflash", """But his proposal received mixed reactions.""", N, NO, OUTLET, ""),
    # ---- dayfr (IFOP survey, April 2025); polls are none (guideline section 3) [run stops
    # before the end of the excerpt: the US figures, the subheading "Gaullian heritage?" and the
    # rest of the poll are not taken]
    ("dayfr", """Eighty years after the Liberation, will the transatlantic link survive the second term of Donald Trump?""", N, NO, OUTLET, ""),
    ("dayfr", """A survey carried out by IFOP reveals that if for 27 %of French people, the United States remains an allied country, it is perceived as an enemy by an almost identical proportion of the population (26 %), the others believing that the United States is a neutral country (34 %) or not pronouncing (13 %).""",
     N, NO, OUTLET, "poll result; missing space '27 %of' kept"),
    ("dayfr", """It is among LFI sympathizers that we meet the most distrust of Washington: a third considers the United States as an enemy, twice as much as among environmental sympathizers or RN (16 %).""",
     N, NO, OUTLET, "poll breakdown by party sympathy, not a party's position"),
    ("dayfr", """At least the uncle Sam still seems to benefit from the benefit of the doubt of the doubt.""", N, NO, OUTLET, ""),
    ("dayfr", """In Canada, these doubts seem to have soared, under the combined effect of Donald Trump’s desire to annex the country and the trade war triggered to achieve this: 43 % of Canadians today consider the United States as an enemy country, against 17 % who believe that it is still an ally, and 26 % of a neutral country.""",
     N, NO, OUTLET, ""),
    ("dayfr", """The wish of an independent defense""", N, NO, OUTLET, "subheading"),
    ("dayfr", """If the American star pales in France, the reverse is not necessarily true.""", N, NO, OUTLET, ""),
    # ---- newsmax (21 January 2026); the lines " date 2026-01-21 WATCH TV LIVE", "Tags: ..." and
    # the dateline "Wednesday, 21 January 2026 07:21 AM EST" left out
    ("newsmax", """France Asks for NATO Exercise in Greenland, Ready to Participate""", N, NO, FRGOV,
     "France acting inside NATO (an exercise) says nothing about its membership: none"),
    ("newsmax", """France has asked for a NATO exercise in Greenland and is ready to contribute to it, French President Emmanuel Macron's office said on Wednesday.""",
     N, NO, ELYSEE, ""),
    ("newsmax", """News of the request comes as President Donald Trump arrived in Davos, Switzerland, on Wednesday, where he is likely to use the World Economic Forum to escalate his push for acquiring Greenland despite European protests in the biggest fraying of transatlantic ties in decades.""",
     N, NO, OUTLET, ""),
    ("newsmax", """Speaking in Davos on Tuesday, Macron said Europe would not give in to bullies or be intimidated, in a scathing criticism of Trump's threat to impose steep tariffs if Europe does not let him take over Greenland.""",
     N, NO, EM, "criticism of the US over Greenland and tariffs, not tied to the alliance (guideline section 3)"),
    ("newsmax", """NATO leaders have warned that Trump's Greenland strategy could upend the alliance.""", N, NO, "unnamed: NATO leaders",
     "a warning about the alliance's cohesion, not about France's place"),
    ("newsmax", """Trump has linked Greenland to his anger at not receiving a Nobel Peace Prize.""", N, NO, OUTLET, ""),
    # ---- onrecord (positions page); the section labels "Context", "Timeline", "Actions Taken" and
    # "What Others Say" and the list bullets' "- " markers left out; the label "Stated Policy Goal"
    # is run together with its text on the page and kept as printed
    ("onrecord", """Marine Le Pen on NATO""", N, NO, OUTLET, "title"),
    ("onrecord", """Marine Le Pen views the North Atlantic Treaty Organization (NATO) critically, aligning with her party's nationalist agenda to prioritize French sovereignty.""",
     N, DR, MLP, "criticism of NATO, no exit in the sentence"),
    ("onrecord", """Historically, she has been very critical of NATO policy in Eastern Europe and the concept of economic sanctions against Russia, though her stance softened somewhat following the 2022 invasion of Ukraine.""",
     N, DR, MLP, "criticism of NATO's eastern policy, no exit"),
    ("onrecord", """Her most concrete stated position is the intention, if elected president, to remove France from NATO's integrated military command, which reflects a desire to reclaim full national control over French defense decisions.""",
     F, LC, MLP, "command exit, reported"),
    ("onrecord", """Marine Le Pen's views on NATO are intrinsically linked to her core political platform of national preference and sovereignism.""",
     N, NO, OUTLET, "the page's description of where her views come from; no position stated"),
    ("onrecord", """For Le Pen and the National Rally (RN), international alliances are secondary to the full autonomy of the French state, which leads to skepticism regarding organizations like NATO where national decisions are bound by collective agreements.""",
     N, DR, "Marine Le Pen; National Rally (RN)", "skepticism of NATO in the name of autonomy, no exit call"),
    ("onrecord", """During her second presidential bid, Le Pen expressed strong criticism of NATO policy in the region, particularly against Eastern European anti-Russian sentiment.""",
     N, DR, MLP, ""),
    ("onrecord", """Following Russia's invasion of Ukraine, Le Pen criticized Russia's actions but maintained a broader critique of NATO.""", N, DR, MLP, ""),
    ("onrecord", """She stated she would remove France from NATO's integrated military command if elected.""", F, LC, MLP, ""),
    ("onrecord", """Stated Policy GoalStated intent to remove France from NATO's integrated military command if elected president.""",
     F, LC, MLP, "label and text run together as printed"),
    ("onrecord", """As President, Macron has consistently advocated for strengthening European defense within the NATO framework, placing him in direct opposition to Le Pen's proposals to withdraw from the integrated command.""",
     A, ST, EM, "debatable: Macron is said to stand 'in direct opposition' to the command exit: an opponent's position (guideline 4.10), stay"),
    # ---- gamedata (opinion piece, author not shown) [run stops before the end of the excerpt:
    # the subheading "The Illusion of the Integrated Shield" and the rest are not taken]; the title
    # printed twice, the first copy left out
    ("gamedata", """The NATO Command Myth and Why Marine Le Pen Actually Left Globalists a Massive Gift""", N, NO, GAMEDATA_AUTHOR,
     "headline; ironic, no position stated in it"),
    ("gamedata", """The mainstream foreign policy establishment is having another collective panic attack over Marine Le Pen’s repeated vow to yank France out of NATO’s integrated military command.""",
     F, LC, MLP, "debatable: the sentence reports Le Pen's (repeated) vow to leave the command (neutral report of an exit call = FAVOR); the establishment's 'panic' is not stated as a position"),
    ("gamedata", """The talking heads view it as the ultimate betrayal—a catastrophic rupture that would shatter Western security, isolate Paris, and hand Vladimir Putin a golden key to Central Europe.""",
     A, ST, "unnamed: mainstream foreign policy commentators", "opponents' view that the command exit would be harmful (guideline 4.7/4.10); the author reports it in order to reject it"),
    ("gamedata", """They are fundamentally misreading the board.""", N, NO, GAMEDATA_AUTHOR,
     "the author rejects the opponents' reading, but the sentence states no position on the exit itself"),
    ("gamedata", """The lazy consensus treats NATO’s integrated command structure as a sacred, unified shield.""", N, NO, GAMEDATA_AUTHOR, ""),
    ("gamedata", """It is not.""", N, DR, GAMEDATA_AUTHOR, "elliptical: 'NATO's integrated command is not a shield' (previous sentence): criticism of the command, no exit"),
    ("gamedata", """It is a bloated, bureaucratic committee designed for a mid-twentieth-century industrial war that will never happen again.""",
     N, DR, GAMEDATA_AUTHOR, "criticism of NATO's command structure, no exit call in the sentence"),
    ("gamedata", """Marine Le Pen’s proposed exit isn’t a radical collapse into isolationism; it is an accidental blueprint for the strategic modernization France desperately needs.""",
     F, LC, GAMEDATA_AUTHOR, "argument that the command exit would be good for France, by the author who defends it (guideline 4.7)"),
    ("gamedata", """By threatening to pull French officers out of the Allied Command Operations (ACO) in Mons, Belgium, she is inadvertently exposing a truth that military planners only whisper behind closed doors: NATO's centralized command structure has become a liability, not an asset.""",
     N, DR, GAMEDATA_AUTHOR, "the main claim is the author's criticism of the command structure; Le Pen's threat is a subordinate clause: distance_or_reform (strict rule)"),
    # ---- earthpress (translated French analysis, April 2022); the title repeated as an image text
    # ("Marine Le Pen and NATO a partial withdrawal as inconsistent") left out; run ends before the
    # photo caption
    ("earthpress", """Marine Le Pen and NATO: a partial withdrawal as inconsistent as it is risky""", A, ST, OUTLET,
     "debatable: the outlet's own verdict that the command exit is 'risky' (an argument that exit would be harmful, guideline 4.7), not a neutral analysis"),
    ("earthpress", """If Marine Le Pen wins the presidential election, a general and more than a hundred French soldiers, installed in the heart of the largest naval base in the world, in Norfolk (Virginia), will have to prepare their suitcases.""",
     N, NO, OUTLET, "the outlet's description of a consequence, without a verdict"),
    ("earthpress", """On these American lands is the headquarters of one of the two supreme commands of NATO, systematically led, since 2009, by a Frenchman.""", N, NO, OUTLET, ""),
    ("earthpress", """But the president of the National Rally was very clear: elected, she will leave, once the war in Ukraine is over, France from the integrated command of the Atlantic Alliance.""",
     F, LC, MLP, "deferral that keeps the aim in the same sentence (guideline 4.2)"),
    ("earthpress", """This partial withdrawal from NATO – France would remain a member – is supposed to strengthen the country’s position.""",
     F, LC, MLP, "reports Le Pen's argument that the command exit strengthens France ('is supposed to' = her claim, guideline 4.7)"),
    ("earthpress", """It would, however, lead to its lasting weakening.""", A, ST, OUTLET,
     "the outlet's own argument that the exit would be harmful (guideline 4.7), same reading as the headline"),
    ("earthpress", """“France would lose its credibility capital, worries Amélie Zima, researcher in international relations and author of NATO (What do I know?, 2021).""",
     A, ST, "Amélie Zima", "harm argument against the command exit by a researcher; unbalanced quotation mark kept"),
    ("earthpress", """Moreover, a report commissioned under the presidency of François Hollande had concluded that no ally would understand such a departure.""",
     A, ST, "Hubert Védrine", "the report (Védrine's, 2012) concluded against a departure from the command; speaker is the report's author"),
    ("earthpress", """Marine Le Pen acknowledged that there would be a “price to pay”.""", N, NO, MLP, "concedes a cost; no position stated in the sentence"),
    ("earthpress", """But she believes that this exit would restore its “diplomatic and military independence” to Paris, deploring a “trusteeship with a decisional loss of sovereignty”.""",
     F, LC, MLP, "argument that the (command) exit would be beneficial, by its advocate (guideline 4.7)"),
    ("earthpress", """An assertion contradicted by the facts: “The return of France to the NATO command structure, under the presidency of Nicolas Sarkozy, did not prevent it from carrying out its own military operations, as in Mali, or from withdrawing its soldiers from Afghanistan in 2012, well before the Americans, recalls Benjamin Haddad, European director of the think tank Atlantic Council.""",
     A, ST, "Benjamin Haddad", "rebuts Le Pen's case for the exit by defending the record of the return: rejecting the exit (stay) rather than a new deepening"),
    ("earthpress", """Nor did he prevent France from pursuing its own diplomatic dialogue with Russia.”""", A, ST, "Benjamin Haddad",
     "continuation of Haddad's quotation; 'he' is the translation's error for 'it' (the return)"),
    # ---- starledger (editorial, March 31, 2009) [run stops before the end of the excerpt: the
    # sentences on Chirac's price and French sensitivities are not taken]; byline lines ("Star-Ledger
    # Editorial Board By ...", "Email the author | Follow on Twitter", "on March 31, 2009 at 5:27 AM,
    # updated ...") and the photo caption left out
    ("starledger", """Welcome back France: Vive la NATO""", A, RD, OUTLET,
     "editorial headline welcoming the return: the editorial board backs it (the outlet is the holder of an editorial's position)"),
    ("starledger", """In 1966, 22 years after a force of mostly American and British troops liberated Le Belle France from the German grip, French President Charles De Gaulle withdrew his country from NATO and tossed the alliance out of France.""",
     F, LA, CDG, "de Gaulle's act (guideline 4.3); labelled as the sentence states it ('withdrew his country from NATO'), though historically it was the command; 'Le Belle' kept"),
    ("starledger", """NATO's presence undermined French sovereignty, he claimed.""", N, DR, CDG,
     "de Gaulle's reason, reported: criticism of NATO's presence, no exit stated in the sentence"),
    ("starledger", """That may have been part of it, but something deeper may also have motivated the vainglorious De Gaulle: A resentment, even jealousy, of what he had in other connections scorned as "the Anglo-Saxons.\"""",
     N, NO, OUTLET, "the editorial's speculation about de Gaulle's motives"),
    ("starledger", """As a guest in Canada, for example, he urged French-speaking Quebec to secede.""", N, NO, CDG, "Quebec, not NATO"),
    ("starledger", """Now, after a four-decade absence, France is ready to return to NATO as the alliance prepares for its 60th birthday, according to French President Nicholas Sarkozy.""",
     A, RD, NS, "Sarkozy's announced readiness to return (reported); his name misspelt on the page"),
    ("starledger", """He'll be welcomed with open arms, but whether the return actually comes off is not quite a sure thing.""", N, NO, OUTLET,
     "prediction about the welcome and the outcome; no position stated"),
    ("starledger", """Twelve years ago, Jacques Chirac, then the French president, also declared his country's readiness to rejoin the alliance.""",
     A, RD, JC, "Chirac's declaration of readiness to rejoin (guideline 4.3)"),
    # ---- wcfia (publication record, 2009) [run stops before the end of the excerpt]; the headline
    # is taken from the record's title field ("%T ..."); the other record fields ("%0 Newspaper
    # Article", "%D 2009", "%A Kaiser, Karl", "%A Moïsi, Dominique", "%X") left out
    ("wcfia", """Europe needs a stronger France inside Nato""", A, RD, KM,
     "headline of the op-ed backing France's full return to NATO's command (context): a stronger France inside NATO = rejoin_or_deepen"),
    ("wcfia", """The debate on whether to return to Nato’s permanent command structure that has recently been unleashed in France—43 years after Charles de Gaulle pulled his country out—has impassioned its political class much more than the wider public.""",
     N, NO, KM, "describes the debate; de Gaulle's act is a parenthetical background (guideline 4.4)"),
    ("wcfia", """The opposition has seized the opportunity to attack President Nicolas Sarkozy on an issue where his governing centre-right party happens to be divided.""",
     N, NO, KM, "says the opposition attacks Sarkozy on the issue, but not what it holds; the authors' reading of motives (opportunism): none"),
    ("wcfia", """But if one goes beyond the political calculations and ideological reflexes of this debate and considers the long-term strategic implications, what is at stake?""",
     N, NO, KM, ""),
    ("wcfia", """In the first place common sense requires that an anachronism be eliminated and that the appropriate lessons be drawn from the fundamental changes happening in today’s world, in the US as well as in Europe.""",
     A, RD, KM, "'an anachronism' = France's membership without the integrated structure (next sentence): ending it = the return"),
    ("wcfia", """By remaining a member of Nato without taking part in its integrated military structure France has first and foremost penalised itself.""",
     A, RD, KM, "argument that staying outside the command harms France = backing the return"),
    ("wcfia", """Precisely because the future of Nato’s strategy is at stake and legitimate questions must be raised about the choices to be made regarding Afghanistan, France should assume its responsibilities inside Nato and thereby increase Europe’s weight in redefining western strategy.""",
     A, RD, KM, "France should take its full place inside NATO"),
    ("wcfia", """Only from inside will France be able to assert its own interests.""", A, RD, KM, "argument for full participation"),
    ("wcfia", """But the developments in the international environment make a change of France's status inside Nato seem even more advisable, indeed necessary.""",
     A, RD, KM, "'a change of France's status' = full return to the integrated structure"),
    # ---- almendron (reprint of The Washington Post, 29/10/07) [run stops before the end of the
    # excerpt]; the byline "By Ronald D. Asmus, executive director ... (THE WASHINGTON POST, 29/10/07):" left out
    ("almendron", """Saying Yes to France""", A, RD, RDA,
     "headline: 'yes' to Sarkozy's offer to bring France back into NATO (next sentences): backing the return"),
    ("almendron", """French President Nicolas Sarkozy has indicated his willingness to bring France back into NATO.""", A, RD, NS,
     "Sarkozy's stated willingness to return (reported)"),
    ("almendron", """It is an offer the United States should not refuse.""", A, RD, RDA, "'an offer' = France's return: the author backs it"),
    ("almendron", """Earlier in my career, I was a hard-liner on France and NATO.""", N, NO, RDA, ""),
    ("almendron", """In fact, when I stepped down from the State Department in 2000, the French ambassador to Washington was so relieved he toasted my departure at a European Union ambassadors' lunch because of my dogged pursuit of U.S. interests.""",
     N, NO, RDA, ""),
    ("almendron", """(I considered it a back-handed compliment.)""", N, NO, RDA, ""),
    ("almendron", """But times change, and so should our thinking.""", N, NO, RDA, ""),
    ("almendron", """First, Sarkozy's opening to the United States and NATO is real and represents a critical shift in French thinking.""",
     N, NO, RDA, "the author's assessment that Sarkozy's opening is real; no position on the return stated in this sentence"),
    # ---- acouncil (NATOSource, May 2012); run ends before the authors' biographies
    ("acouncil", """From R. Nicholas Burns, Damon Wilson & Jeff Lightfoot, the New Atlanticist: [French President Francois] Hollande’s commitment to keep France within NATO’s integrated military command will be an important early commitment.""",
     A, ST, FH, "Hollande's commitment to keep France in the command (decision, guideline 4.3): stay; the authors welcome it"),
    ("acouncil", """The key question for France’s allies is whether France will continue to pursue its national interests working through the Alliance and in partnership with allies when appropriate, or revert to a strategy of distancing itself from NATO and the United States.""",
     N, NO, BWL, "the authors pose the question without answering it here"),
    ("acouncil", """An Atlanticist France does not, of course, mean Paris must always work through NATO; but it should seek to do so when partnering with the United States to respond to key global security issues. . . .""",
     A, RD, BWL, "debatable: France should work through NATO: more engagement inside the alliance (rejoin_or_deepen); trailing '. . . .' kept"),
    ("acouncil", """France’s new president, François Hollande, will head to the NATO Chicago summit just two weeks after his victory at the polls.""", N, NO, BWL, ""),
    ("acouncil", """His approach will determine whether France remains aligned with Washington on major strategic issues such as Iran and Syria.""", N, NO, BWL, ""),
    ("acouncil", """Will France undermine Alliance cohesion in Afghanistan by removing French troops in 2012 as President Hollande has promised, or will it keep its commitments to NATO to remain through 2014?""",
     N, NO, BWL, "Afghanistan troop commitments, not France's membership"),
    ("acouncil", """And will he keep France united with its NATO allies on missile defense against Iran?""", N, NO, BWL, ""),
    ("acouncil", """These are critical issues for the future of France and the place it occupies within the Atlantic Alliance.""", N, NO, BWL, ""),
    ("acouncil", """For Europe to remain an effective partner of the United States, it needs a strong, strategically savvy, and ambitious France, especially because of the unique contribution France is able to make in the Middle East and Africa, whether acting within NATO or alone.""",
     N, NO, BWL, "'within NATO or alone': no position on France's place"),
    ("acouncil", """Europe and the Atlantic community need Paris to sustain its current Atlanticist commitments, regardless of which personality and party govern France throughout the coming decade.""",
     A, ST, BWL, "France should keep its current commitments (in 2012: inside the integrated command): stay"),
    # ---- guetta (blog, April 2023); run ends at the cut-off sentence
    ("guetta", """The time has come.""", N, NO, BG, ""),
    ("guetta", """It has never been done before but, apart from the fact that the post becomes vacant in September, there would be three reasons to wish that a Frenchman became Secretary General of NATO.""",
     A, RD, BG, "a French NATO Secretary General = France more influential inside NATO (rejoin_or_deepen)"),
    ("guetta", """The first is that at a time when Americans and Europeans are providing Ukraine with support on a comparable scale, all aids taken into account, it would be fully justified for the only real military power in the Union and the only one of its states sitting in the Security Council to take command of the Atlantic Alliance.""",
     A, RD, BG, "France should 'take command of the Atlantic Alliance': deeper role inside NATO"),
    ("guetta", """This would show that Europeans are no longer the protégés of the United States in this war, but increasingly their equals in rights and duties.""",
     N, DR, BG, "rebalancing the alliance away from US tutelage (reform), no position on France's membership"),
    ("guetta", """It would show American taxpayers that they are not alone in financing the resistance to Russian aggression.""", N, NO, BG, ""),
    ("guetta", """The right wing of the Republicans could no longer even suggest that it is primarily the Europeans who should pay to defend themselves, and no one in Europe would be able to claim that it is the United States that is dragging the 27 into a hot replica of the Cold War.""",
     N, NO, BG, ""),
    ("guetta", """Because at the beginning of this century there are no longer two superpowers facing each other, but a new balance being sought between China, the United States, the European Union, Russia, India and many other players on the way to emancipation, the democracies must, in a word, join the fray by affirming the Atlantic Alliance as an alliance of virtually equal powers.""",
     N, DR, BG, "reform of the alliance into one of 'virtually equal powers'"),
    ("guetta", """A consensus on the nomination of a Frenchman to the NATO General Secretariat would mean that both sides of the Atlantic accept the need for this development, and that is not all.""",
     N, NO, BG, ""),
    ("guetta", """By defending the candidacy of one of its own, France would mean that, contrary to what is always said, it does not wish to substitute a European Defence for the Atlantic Alliance but, on the contrary, to reinforce it by providing it with a European pillar allowing a sharing of tasks among Westerners.""",
     A, RD, BG, "debatable: France reinforcing the Alliance from inside rather than replacing it (deeper involvement), beyond a mere European-pillar reform"),
    # ---- tfi (June 2025) [run stops before the end of the excerpt: the sentences after the list of
    # demands are not taken]; non-breaking hyphens (U+2011) of the page kept as \u2011 escapes
    ("tfi", """“Return the money Zelensky”, Mass protests in Paris demand end of France military aid for Ukraine, calls to exit NATO""",
     F, LA, PROTESTERS, "headline: the protests' call to exit NATO (holders: the protesters)"),
    ("tfi", """Several hundred demonstrators gathered in central Paris this weekend, urging the French government to halt military support for Ukraine and withdraw from NATO and the EU.""",
     F, LA, PROTESTERS, "demand to withdraw from NATO (and the EU)"),
    ("tfi", """Organized by Florian Philippot, leader of the nationalist The Patriots (Les Patriots) party, the rally featured striking imagery and strong rhetoric aimed at France’s role in the Ukraine\u2011Russia conflict.""",
     N, NO, OUTLET, "who organised the rally; its content is not stated here"),
    ("tfi", """A Rally with a Clear Mission""", N, NO, OUTLET, "subheading"),
    ("tfi", """The protesters—many waving the French tricolor while tearing up NATO and EU flags—chanted slogans such as “No tanks, no drones for Ukraine!” and “Macron, we won’t die for Ukraine!”""",
     N, NO, PROTESTERS, "slogans against aid to Ukraine; tearing up flags is a gesture, no exit stated in the sentence"),
    ("tfi", """Philippot urged France to “exit NATO” and called the EU “a military bloc” pulling France towards war.""",
     F, LA, "Florian Philippot", "explicit exit call, reported"),
    ("tfi", """Philippot, a former vice-president of the National Front, resigned in 2017 to form The Patriots—a hard Eurosceptic party advocating “Frexit” and a return to French sovereignty""",
     N, NO, OUTLET, "biography; 'Frexit' is the EU (guideline 4.6); no final full stop on the page"),
    ("tfi", """The latest demonstration marks the third such action led by his party in recent months, following rallies in February and March that similarly targeted military support and French involvement in NATO operations.""",
     N, DR, "Les Patriotes", "rallies against French involvement in NATO operations: criticism, no exit stated in this sentence"),
    ("tfi", """Key Demands from the Rally""", N, NO, "Les Patriotes", "frame for the list below (guideline 4.8): no content by itself"),
    ("tfi", """1. Immediate end to military and weapons aid to Ukraine.""", N, NO, "Les Patriotes", "list item: Ukraine aid, not NATO"),
    ("tfi", """2. Withdrawal from NATO’s integrated command and, ultimately, from the alliance itself.""", F, LA, "Les Patriotes",
     "list item completing 'Key Demands from the Rally': staged exit whose end point is the alliance (guideline section 3)"),
    ("tfi", """3. Exit from the European Union, aligning with the Patriots’ broader Frexit and peace platform.""", N, NO, "Les Patriotes",
     "list item: EU exit, other target (guideline 4.6)"),
]


sys.path.insert(0, str(HERE.parent))  # the checks every stance sheet shares: ../stance_sheet_checks.py
from stance_sheet_checks import check_sheet, numbered_rows, write_sheet, replace_counts  # noqa: E402

LANGUAGE = 'en'


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
    out = [f"{len(rows)} English sentences from {len(source_ids)} pages ({n_pub} distinct publisher entries); "
           f"{min(per_page.values())}–{max(per_page.values())} sentences per page.", ""]
    out += ["**Labels** (language `en` for all rows)", "", "| label | n | share |", "|---|---:|---:|"]
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
