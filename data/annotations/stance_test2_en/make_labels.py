#!/usr/bin/env python3
"""Write the second fresh ENGLISH stance TEST set: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command", labelled per sentence
following ../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position).

THIS IS A TEST SET: no model may be tuned on it (see README.md). It replaces ../stance_test/.

The sentences were copied verbatim from excerpts of public English-language pages returned by a
search tool over stored copies of public web pages (corpus "pages", collected 2026-12-05). For each
page ONE contiguous run of the article body was taken (headline or first body sentence of the
excerpt onwards, at most 15 sentences) and EVERY complete sentence of it was labelled, stance-bearing
or not. The ITEMS of one source are in page order. Page furniture inside a run (bylines, captions,
date lines, view counters, "Read also" lines) was left out; the note of the next item says so.

Every decision below was made by hand, by an annotator who did not read helpers/stance.py,
helpers/speakers.py, helpers/stance_report.py, data/reference/stance_lexicon.csv,
tests/test_stance*.py, tests/test_speakers*.py, notebooks/02-*.ipynb or data/processed, did not
open the other annotators' new directories and did not run any classifier or other project code.
This script holds those decisions as explicit tables (SOURCES, ITEMS) and contains no heuristics.
It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every speaker is non-empty,
  - every source is used, is English, has complete fields, and the items of a source are contiguous,
  - no source URL is used twice, is a seed URL (../../raw/manifest.csv) or appears in the
    sources.csv of any other ../stance*/ sheet (all such files present when the script runs),
  - no two items are near-identical (difflib ratio >= 0.85, lower-cased), and no item is a
    near-duplicate of any sentence of the labels.csv of any other ../stance*/ sheet,
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage (from /work/main):  python3 data/annotations/stance_test2_en/make_labels.py
"""
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
ITEM_PREFIX, SOURCE_PREFIX = "p", "ps"
LANGUAGE = "en"

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

# canonical speakers (data/reference/actors.csv, collectives.csv; guideline section 5)
JB = "Jordan Bardella"
MLP = "Marine Le Pen"
FP = "Florian Philippot"
CDG = "Charles de Gaulle"
CG = "Clémence Guetté"
EM = "Emmanuel Macron"
NS = "Nicolas Sarkozy"
JNB = "Jean-Noël Barrot"
FB = "François Bayrou"
AJ = "Alain Juppé"
PATRIOTES = "Les Patriotes"
FRGOV = "French government"
BO = "Barack Obama"
JS = "Jens Stoltenberg"
RN = "National Rally (RN)"
ASSEMBLY = "French National Assembly"

# queries (the one that found each page is stored in sources.csv; README lists all queries run)
Q_EXIT = "France NATO exit call 2024 2025 opposition party"
Q_GAUL = "Gaullist tradition NATO 1966 anniversary analysis"
Q_RNPR = "Le Pen Bardella NATO integrated command election programme"
Q_GRE = "Greece NATO military wing 1974 withdrawal"
Q_TRU = "Trump NATO Europe France reaction 2025 2026"
Q_LET = "de Gaulle letter Lyndon Johnson March 1966 NATO headquarters leave France"
Q_BRA = "Macron brain death NATO interview Economist reaction Merkel Stoltenberg"
Q_SPE = "Macron hints NATO spending target too low Trump inauguration speech armed forces"
Q_LP = "Le Pen 2017 leave NATO integrated command campaign pledge"
Q_SUM = "Strasbourg Kehl summit 2009 France returns NATO fold Obama welcomes"
Q_GRL = "Greenland Trump threat France NATO future Barrot alliance January 2026"
Q_G80 = "Greece rejoins NATO military structure 1980 Rogers agreement Athens"
Q_VIL = "Villepin Bayrou oppose France return NATO military command 2009 independence mistake"
Q_PHI = "Philippot Patriots rally Paris leave NATO Frexit protesters English"

# -----------------------------------------------------------------------------------------------
# SOURCES: key -> (language, title, publisher, url, published, query)
# title / published as shown in the excerpt; "(not shown)" otherwise, with the URL slug or the date
# implied by the text in brackets.
SOURCES = OrderedDict()
# ITEMS: (source key, text copied verbatim, label, position, speaker, note for hard calls)
ITEMS = []


def page(key, lang, title, publisher, url, published, query, items):
    if key in SOURCES:
        sys.exit(f"make_labels.py: source key {key!r} declared twice")
    SOURCES[key] = (lang, title, publisher, url, published, query)
    for it in items:
        ITEMS.append((key,) + tuple(it))


# ---- caliber (Caliber.Az, 2024) -- from the headline
page("caliber", "en", "France's right-wing leader signals potential exit from NATO military command", "Caliber.Az",
     "https://caliber.az/en/post/france-s-right-wing-leader-signals-potential-exit-from-nato-military-command",
     "(not shown) [events: March 2024, Bardella's Politico interview]", Q_EXIT, [
    ('''France's right-wing leader signals potential exit from NATO military command''', F, LC, JB,
     "headline; 'France's right-wing leader' = Jordan Bardella (body); he keeps the command exit as a possible aim (signals an exit), not a bare deferral"),
    ('''Jordan Bardella, the head of France's right-wing National Rally party, has made waves with his statement suggesting that if the right-wing secures power in France, Paris could withdraw from NATO's military command.''',
     F, LC, JB, "conditional announcement of a command exit if his camp wins: the aim is kept"),
    ('''Bardella's remarks, shared with Politico, underscore a potential shift in France's foreign policy stance, particularly in light of the ongoing conflict in Ukraine.''',
     N, NO, OUTLET, "the outlet's assessment of the remarks (guideline 4.10)"),
    ('''"The proposal we've always advocated... did not factor in war," Bardella expressed, indicating a nuanced approach dependent on geopolitical circumstances.''',
     N, NO, JB, "deferral: the programme 'did not factor in war'; the sentence does not restate the aim"),
    ('''He hinted that a decision to leave NATO's military command would be contingent upon the resolution of the conflict in Ukraine.''',
     N, NO, JB, "deferral with a condition: the sentence sets the exit aside until the war ends without saying it will happen (guideline 4.2)"),
    ('''Bardella clarified that the National Rally party would maintain its stance on NATO leading up to the next presidential election in 2027, provided the conflict in Ukraine reaches a conclusion.''',
     F, LC, JB, "'its stance on NATO' = leaving the integrated command (context); 'would maintain' keeps the aim in the same sentence, with a condition"),
    ('''He emphasized the importance of stability in international relations, stating, "You don't change treaties in wartime."''',
     N, NO, JB, "deferral ('not in wartime'), no kept aim in the sentence"),
    ('''The National Rally's position on NATO echoes sentiments from the 2022 presidential platform of Marine Le Pen, which called for France's exit from NATO's integrated military command, a move initiated under former President Nicolas Sarkozy in 2007.''',
     F, LC, MLP, "the sentence reports the exit call of Le Pen's 2022 platform (command only); 'a move initiated under Sarkozy in 2007' is the page's garbled background, not a position"),
    ('''Le Pen's platform advocated for forging "new strategic agreements with the United States" and initiating "dialogue with Russia on major common issues."''',
     N, DR, MLP, "dialogue with Russia / new agreements with the US: rapprochement, no exit call in the sentence"),
    ('''Bardella's statement aligns with previous calls from Florian Philippot, the leader of the French Patriots party, who advocated for France's withdrawal from NATO due to its perceived aggressive stance towards Russia.''',
     F, LA, FP, "two holders; the label is about Philippot's reported call to withdraw from NATO (the alliance)"),
    ('''Philippot cited NATO's deployment of soldiers and military equipment in Europe as evidence of an antagonistic policy towards Russia.''',
     N, DR, FP, "criticism of NATO's posture towards Russia; no exit call in the sentence"),
])

# ---- americanthinker (American Thinker, July 2016, op-ed) -- from the headline
page("americanthinker", "en", "A Reminder of NATO's Resilience", "American Thinker",
     "https://americanthinker.com/articles/2016/07/a_reminder_of_natos_resilience.html",
     "(not shown) [URL: 2016/07]", Q_GAUL, [
    ('''A Reminder of NATO's Resilience''', N, NO, OUTLET, ""),
    ('''Will NATO survive?''', N, NO, OUTLET, ""),
    ('''It should comfort us to realize that fifty years ago, we were asking the same question.''', N, NO, OUTLET, ""),
    ('''President Charles de Gaulle pulled France out of the NATO military organization on June 30, 1966.''', F, LC, CDG,
     "de Gaulle as the subject of the act (guideline 4.3); 'the NATO military organization' = the military structure, not the treaty"),
    ('''France, which had a modern army and navy and also an independent nuclear force, now would determine when and how to honor its NATO treaty obligations and, while the treaty obligation remained, the decisions now to honor that obligation now rested with France.''',
     N, NO, OUTLET, "consequence of the 1966 act told as background; France as subject, nobody takes a position"),
    ('''Charles de Gaulle, the symbol of French resistance in the Second World War; the French colonel who had developed the Blitzkrieg system, which the German Army studied before that war began; the general who ended the Fourth Republic and created the Fifth Republic, the French governmental system that has lasted longer than any other, could be infuriating and exasperating, but no one doubted his intelligence, courage, or patriotism.''',
     N, NO, OUTLET, "biography"),
    ('''If America and other nations in NATO needed other reasons to worry, the French Communist Party routinely gained about a quarter of the vote in French national elections.''',
     N, NO, OUTLET, ""),
    ('''Unlike the other major NATO ally with a large communist party, Italy, the French Communist Party was Stalinist through and through.''',
     N, NO, OUTLET, ""),
    ('''If we could not count on France, then the future of NATO looked pretty grim.''', N, NO, OUTLET, ""),
    ('''In retrospect, what de Gaulle did fifty years ago did not hurt the security of the West at all.''', N, NO, OUTLET,
     "the op-ed's judgement that the 1966 withdrawal was harmless; it does not say that France should leave now; run ended here to keep the page short"),
])

# ---- oxpol (Oxford University Politics Blog, tag page 'de Gaulle') -- from the post title
page("oxpol", "en", "NATO: Obsolete Again? (post teaser on the tag page 'de Gaulle')",
     "Oxford University Politics Blog (blog.politics.ox.ac.uk)",
     "https://blog.politics.ox.ac.uk/tag/de-gaulle",
     "(not shown) [text: 'nearly seventy year history' of NATO, i.e. about 2017]", Q_GAUL, [
    ('''NATO: Obsolete Again?''', N, NO, OUTLET, "post title on a tag page"),
    ('''At his first press conference following the election, the president reiterated statements made on the campaign trail that NATO – the Western alliance defending Europe and North America for decades – was “obsolete.”''',
     N, DR, CDG, "'the president' = Charles de Gaulle (next sentence, as the post presents it); calling NATO obsolete is criticism, no exit call"),
    ('''The year was 1966, and the president was Charles de Gaulle of France.''', N, NO, OUTLET, ""),
    ('''De Gaulle followed these statements with concrete action, expelling U.S. and NATO forces from French territory and removing French forces from NATO’s integrated military command structure.''',
     F, LC, CDG, "de Gaulle's act (guideline 4.3): removal from the integrated command"),
    ('''It was perhaps the greatest crisis in the now nearly seventy year history of the Alliance.''', N, NO, OUTLET, ""),
    ('''But this critical juncture in NATO also opened the door to wide ranging reforms in the organization and strategy of the Alliance.''',
     N, NO, OUTLET, "the run ends here: the next sentence is cut off by the excerpt"),
])

# ---- cloudfront (unidentified news site on a CloudFront domain, June 2024) -- from the first body sentence
page("cloudfront", "en", "(not shown) [URL slug: far-right-french-leader-backtracks-on-nato-withdrawal-promise]",
     "unidentified news site served from a CloudFront domain (d33gy59ovltp76.cloudfront.net)",
     "https://d33gy59ovltp76.cloudfront.net/news/far-right-french-leader-backtracks-on-nato-withdrawal-promise",
     "(not shown) [events: June 2024, Eurosatory arms show before the snap election]", Q_RNPR, [
    ('''The leader of France's far-right party, National Rally, has reversed course on the party's pledge to withdraw from NATO's strategic military command.''',
     A, ST, JB, "'the leader' = Jordan Bardella (next sentence); dropping his own exit pledge and arguing for staying (below) is a rejection of the exit, not a deferral"),
    ('''Jordan Bardella, the party president, stated at an arms trade show in Villepinte that he intends to uphold France's international commitments if his party secures a parliamentary majority.''',
     A, ST, JB, "'France's international commitments' = its place in NATO's command (context of the reversal): keep them"),
    ('''This shift in stance comes as Bardella seeks to broaden the party's appeal ahead of the upcoming parliamentary election.''',
     N, NO, OUTLET, "the outlet's explanation of the shift"),
    ('''Bardella emphasized the importance of France's role within NATO, particularly in light of Russia's invasion of Ukraine.''',
     A, ST, JB, "argues that France's role in NATO matters: stay"),
    ('''He highlighted the need for France to maintain its responsibilities and credibility on the European stage by remaining part of NATO's military command structure.''',
     A, ST, JB, "explicit: remain in the military command"),
    ('''This change in position marks a departure from the party's manifesto for the 2022 presidential election, which had called for France to exit the integrated NATO command.''',
     F, LC, RN, "the relative clause reports the 2022 manifesto's exit call (command only); the main clause only frames it"),
    ('''Bardella's remarks reflect a strategic recalibration aimed at attracting voters beyond the party's traditional support base.''',
     N, NO, OUTLET, "the outlet's analysis"),
    ('''Despite his support for NATO, Bardella reiterated his opposition to sending French troops to Ukraine, aligning with the majority sentiment in France.''',
     N, NO, JB, "'his support for NATO' is a concessive aside; the sentence is about troops for Ukraine"),
    ('''Instead, he advocated for continued military support to Ukraine while cautioning against direct confrontation with Russia, citing the latter's nuclear capabilities.''',
     N, NO, JB, "Ukraine policy, not NATO"),
    ('''The National Rally, known for its euroskeptic and anti-immigration stance, has close ties to Russia, with party members expressing reservations about supplying additional arms to Ukraine.''',
     N, NO, OUTLET, ""),
    ('''The party's former presidential candidate, Marine Le Pen, has also been cautious about escalating the conflict.''',
     N, NO, MLP, ""),
    ('''French President Emmanuel Macron's decision to dissolve the lower house of parliament and call for new elections follows a significant electoral setback for his party in the European Parliament election.''',
     N, NO, OUTLET, "the run ends here: the next sentence is cut off by the excerpt"),
])

# ---- pioneernewz (PioneerNewz, reprint of a POLITICO Europe report, June 2024) -- from the first sentence of the excerpt
page("pioneernewz", "en", "(not shown) [URL slug: french-nukes-are-for-france-only-says-far-right-national-rally-politico]",
     "PioneerNewz (reprint of a POLITICO Europe report)",
     "https://pioneernewz.com/french-nukes-are-for-france-only-says-far-right-national-rally-politico",
     "(not shown) [events: June 2024, before the 30 June election]", Q_RNPR, [
    ('''Newly re-elected MEP Jordan Bardella presented the National Rally’s program Monday ahead of a snap election that could see him become the country’s next prime minister.''',
     N, NO, OUTLET, "the excerpt starts with this sentence (the article's opening about nuclear weapons is not in it); only says that a programme was presented"),
    ('''Macron dissolved the National Assembly earlier this month after his liberal party was crushed by the National Rally in the European election.''',
     N, NO, OUTLET, ""),
    ('''French voters head to the polls on June 30 and July 7.''', N, NO, OUTLET, ""),
    ('''This week’s manifesto is much less controversial than a previous document from the 2022 presidential campaign, pulled out earlier this month, that proposed a closer “alliance” with Russia and exiting NATO.''',
     F, LA, RN, "the relative clause reports the 2022 campaign document's proposal; the text says 'exiting NATO' (the alliance), so leave_alliance"),
    ('''Monday’s document no longer refers to either of these points.''', N, NO, RN,
     "silence on the exit in the new manifesto is not a stated wish to stay"),
    ('''Unsurprisingly, in its new electoral program, the far-right party refuses “transfers of competence” to the EU in terms of defense and foreign policy.''',
     N, NO, RN, "EU, another target (guideline 4.6)"),
    ('''Earlier this year, the European Commission presented a European Defense Industrial Strategy alongside a €1.5 billion cash pot for subsidies in the European Defence Industry Program.''',
     N, NO, OUTLET, ""),
    ('''The National Rally also wants to ensure a European preference in arms purchases by European countries.''', N, NO, RN,
     "industrial preference in arms purchases; not about NATO or France's alignment in the alliance"),
    ('''That’s a slight change from the party’s previous policies, which pushed for a French preference in public procurement.''',
     N, NO, OUTLET, ""),
    ('''Earlier this month, Bardella said he would provide ammunition to Ukraine but not long-range missiles.''', N, NO, JB, ""),
    ('''Sending troops to the war-torn country is “a red line,” he added.''', N, NO, JB, ""),
])

# ---- officialfans (officialfansjersey.us explainer on Greece 1974) -- from the first body sentence
page("officialfans", "en", "(not shown) [URL slug: name-the-country-that-withdrew-from-nato-in-1974]",
     "officialfansjersey.us (explainer page)",
     "https://www.officialfansjersey.us/name-the-country-that-withdrew-from-nato-in-1974/",
     "(not shown)", Q_GRE, [
    ('''NATO, the North Atlantic Treaty Organization, has played a crucial role in global security since its establishment in 1949.''',
     N, NO, OUTLET, ""),
    ('''However, not all member countries have maintained uninterrupted participation.''', N, NO, OUTLET, ""),
    ('''In 1974, Greece became the only country to withdraw from NATO’s military command structure, marking a significant moment in the alliance’s history.''',
     N, NO, OUTLET, "another country's exit (guideline 4.5); the claim 'the only country' ignores France 1966 but states no position on France"),
    ('''This decision was driven by political and military tensions, particularly regarding the Cyprus conflict.''', N, NO, OUTLET, ""),
    ('''Greece’s Membership in NATO''', N, NO, OUTLET, "subheading"),
    ('''Greece joined NATO in 1952, alongside Turkey, as part of the alliance’s expansion during the Cold War.''', N, NO, OUTLET, ""),
    ('''The inclusion of both countries was aimed at strengthening NATO’s southeastern flank against potential Soviet threats.''',
     N, NO, OUTLET, ""),
    ('''Greece played an active role in the alliance, contributing to military operations and maintaining close ties with Western powers.''',
     N, NO, OUTLET, "run ended here to keep the page short"),
])

# ---- bharathorizon (Bharat Horizon, February 2024) -- from the headline
page("bharathorizon", "en", "France, Germany Slam Trump's NATO Remarks, Warn of US Retreat from Allies", "Bharat Horizon",
     "https://www.bharathorizon.com/world/europe/france-germany-criticize-trumps-nato-comments.html",
     "(not shown) [text: 'former US President Donald Trump', campaign speech; February 2024]", Q_TRU, [
    ('''France, Germany Slam Trump's NATO Remarks, Warn of US Retreat from Allies''', N, NO, "Emmanuel Macron; Olaf Scholz",
     "headline; 'France, Germany' = their leaders (body); criticism of Trump's remarks defends the alliance but says nothing about France's membership"),
    ('''France, Germany Criticize Trump's NATO Comments''', N, NO, "Emmanuel Macron; Olaf Scholz", "second heading line under the headline"),
    ('''In a significant diplomatic rebuke, the leaders of France and Germany have jointly condemned recent statements by former US President Donald Trump regarding the NATO military alliance.''',
     N, NO, "Emmanuel Macron; Olaf Scholz", ""),
    ('''The remarks, which suggested the United States might not defend allies failing to meet defence spending targets, have sparked a wave of concern across European capitals.''',
     N, NO, OUTLET, ""),
    ('''European Leaders Issue Strong Condemnation''', N, NO, OUTLET, "subheading"),
    ('''French President Emmanuel Macron led the charge, delivering a pointed critique of Trump's position.''', N, NO, EM,
     "criticism of Trump's position on allies, not of NATO or of France's place in it"),
    ('''Macron described the comments as a stark signal that America's priorities were shifting away from its traditional European partners.''',
     N, NO, EM, "describes a US shift; no position on France's membership"),
    ('''He emphasized that such statements undermined the fundamental principle of collective defence enshrined in NATO's Article 5, which considers an attack on one member an attack on all.''',
     N, NO, EM, "defends Article 5 against Trump; does not say that France should stay (no membership at stake)"),
    ('''Echoing this sentiment, German Chancellor Olaf Scholz expressed deep unease.''', N, NO, "Olaf Scholz", ""),
    ('''Scholz stressed that the alliance's strength has always been rooted in unwavering solidarity.''', N, NO, "Olaf Scholz", ""),
    ('''He warned that casting doubt on mutual defence commitments weakens the entire security architecture that has maintained peace in Europe for decades.''',
     N, NO, "Olaf Scholz", "run ended here to keep the page short"),
])

# ---- prospect (Prospect Magazine, 'The way we were', 16 March 2017) -- from the headline
page("prospect", "en", "The way we were: Leaving the club—France takes back control", "Prospect Magazine",
     "https://www.prospectmagazine.co.uk/magazine/the-way-we-were-leaving-the-club-france-takes-back-control",
     "March 16, 2017", Q_LET, [
    ('''The way we were: Leaving the club—France takes back control''', N, NO, OUTLET,
     "headline; the photo caption before it was skipped; France as the subject of a historical fact (guideline 5)"),
    ('''In March 1966, President Charles de Gaulle announced that France was withdrawing from Nato and that all Nato troops must leave by the following April.''',
     F, LA, CDG, "standfirst 'Extracts from memoirs and diaries' and the date line before it were skipped; de Gaulle's announcement; the sentence says 'withdrawing from Nato' (not only the command), so leave_alliance, although the letter quoted below is about the integrated commands"),
    ('''The bust-up had been a long time coming: France had acquired its own nuclear deterrent and de Gaulle had long chafed under Nato’s “Anglo-Saxon” leadership.''',
     N, DR, CDG, "his resentment of the Anglo-Saxon leadership of NATO: criticism, no exit call in the sentence"),
    ('''Back in 1958 at a briefing on Nato forces in France, he had asked General Norstadt, the Supreme Allied Commander in Europe, to tell him the location of US nuclear weapons in France and their targets.''',
     N, NO, CDG, "'Norstadt' sic (spelled 'Norstad' in the next sentence)"),
    ('''“I’m afraid I cannot answer those questions unless we are alone,” said Norstad.''', N, NO, "General Norstad", ""),
    ('''“Very well,” said de Gaulle.''', N, NO, CDG, ""),
    ('''The entourages of the two generals left.''', N, NO, OUTLET, ""),
    ('''“Well?”''', N, NO, CDG, "split at the glue of two quotations ('“Well?” “Well, General...'); the question is de Gaulle's"),
    ('''“Well, General, I’m afraid I can’t answer your questions.”''', N, NO, "General Norstad", ""),
    ('''“General,” de Gaulle concluded, “this is the last time… that a French leader will hear such an answer!”''', N, DR, CDG,
     "refuses subordination to the US commander on nuclear matters inside NATO: distance, no exit call in the sentence"),
    ('''Come 1966, de Gaulle wrote to President Lyndon Johnson:''', N, NO, CDG, "frame sentence ending in a colon"),
    ('''“The will of France to rule itself, without which she would soon cease to believe in her own role and be useful to others, is incompatible with a defence organisation where she is subordinate… France is determined to regain on her whole territory the full exercise of her sovereignty, at present diminished by the permanent presence of allied military elements or by the use which is made of her airspace; to cease her participation in the integrated commands; and no longer to place her forces at the disposal of Nato.”''',
     F, LC, CDG, "kept as one unit (the quotation's ellipsis joins the two parts); ceasing participation in the integrated commands: leave_command"),
    ('''John Leddy, Assistant Secretary for European Affairs in the White House, recalled:''', N, NO, "John Leddy", "frame sentence ending in a colon"),
    ('''“The line that was developing was that the president ought to reply in such a way as to stimulate antipathy in western Europe, and perhaps in France, against de Gaulle.''',
     N, NO, "John Leddy", ""),
    ('''We all marched with this letter over to [Johnson’s] office.''', N, NO, "John Leddy",
     "the run ends here: the next sentence is cut off by the excerpt"),
])

# ---- adst (ADST, 'Moments in U.S. Diplomatic History', June 2014) -- from the first body sentence
page("adst", "en", "France has de Gaulle to Withdraw from NATO",
     "Association for Diplomatic Studies and Training (adst.org), 'Moments in U.S. Diplomatic History'",
     "https://adst.org/2014/06/france-has-degaulle-to-withdraw-from-nato",
     "(not shown) [URL: 2014/06]", Q_LET, [
    ('''On June 21, 1966, France made the somewhat shocking move to withdraw its troops from the North Atlantic Treaty Organization (NATO).''',
     N, NO, OUTLET, "the excerpt of this copy starts at the body (title from the copy with a trailing slash); France as the subject of a historical fact: narration (guideline 5), not an actor's decision"),
    ('''This decision led by French president Charles de Gaulle complicated relations between the U.S. and Europe amidst clashing American and Communist spheres of influence.''',
     N, NO, OUTLET, "de Gaulle's role is a passing mention; the sentence is about the consequences (guideline 4.4)"),
    ('''Though France remained politically in NATO, its actions cast doubt onto the organization’s future as a counter to Soviet military power and influence.''',
     N, NO, OUTLET, ""),
    ('''American diplomats and officials became particularly concerned about the buildup of French nationalism under de Gaulle, who was influential in calling for the French to lead a Europe “of Europeans” rather than Americans.''',
     N, DR, CDG, "two holders; the position is de Gaulle's call for a Europe 'of Europeans' rather than Americans: autonomy, no exit call"),
    ('''While France would eventually rejoin NATO as a full-fledged member in 2009, its withdrawal caused problems for American diplomats working to restore trust with their formerly close ally.''',
     N, NO, OUTLET, "bare facts (2009 return with France as subject), nobody takes a position"),
    ('''At the time of France’s military withdrawal, Alan James held the position of Foreign Policy Advisor (POLAD) to the US European Command (EUCOM).''',
     N, NO, OUTLET, ""),
    ('''As interviewed by Stu Kennedy in 1994, James describes his surprise and difficulty while facing structural changes to NATO’s military.''',
     N, NO, OUTLET, ""),
    ('''John Leddy was Assistant Secretary for European Affairs during the NATO crisis and worked with the President to form a response that would both maintain NATO’s reputation and avoid alienating France from the US.''',
     N, NO, OUTLET, ""),
    ('''Ambassador George Vest worked in the European bureau of the State Department just as US diplomats were forced to deal with their former ally’s withdrawal.''',
     N, NO, OUTLET, ""),
    ('''Robert Ellsworth served as Ambassador to NATO from 1969-1971 and recalls the aftermath of the crisis and the rebuilding of military cooperation between the U.S. and France.''',
     N, NO, OUTLET, "the run ends here: a 'Read about...' line follows"),
])

# ---- frus137 (Office of the Historian, FRUS 1964-68 vol. XIII, doc. 137: de Gaulle's letter to Johnson, March 1966)
page("frus137", "en", "Letter From President de Gaulle to President Johnson (FRUS 1964–68, vol. XIII, document 137)",
     "Office of the Historian, U.S. Department of State (history.state.gov)",
     "https://www.history.state.gov/historicaldocuments/frus1964-68v13/d137",
     "(not shown) [letter of March 1966]", Q_LET, [
    ('''137. Letter From President de Gaulle to President Johnson1''', N, NO, OUTLET, "document title with the editors' number and footnote mark"),
    ('''In three years our Atlantic Alliance will complete its first term.''', N, NO, CDG, "the salutation 'Dear Mr. President:' before it was skipped"),
    ('''I am anxious to tell you that France appreciates the extent to which the solidarity of defense thus established between 15 free peoples of the West contributes to assuring their security and, especially what essential role the United States of America plays in this respect.''',
     N, NO, CDG, "appreciation of the alliance; the wish to stay is stated in the next sentence"),
    ('''Accordingly, France intends from now on to remain party to the Treaty signed at Washington on April 4, 1949.''', A, ST, CDG,
     "de Gaulle states that France remains party to the treaty: stay (the same letter leaves the integrated commands below)"),
    ('''This means that except in the event of developments which might occur in the course of the next three years to change the fundamental factors of East-West relations, she will be in 1969 and thereafter determined even as today to fight at the side of her allies in case one of them will be the object of unprovoked aggression.''',
     A, ST, CDG, "continues the commitment to remain an ally under the treaty"),
    ('''However, France considers the changes which have taken place or in process of occurring since 1949 in Europe, Asia, and elsewhere, as well as evolution of her own situation and her own forces no longer justify insofar as that concerns her the arrangements of a military nature adopted after the conclusion of the alliance, whether in common under the form of multilateral conventions or whether by special agreement between the French Government and the American Government.''',
     F, LC, CDG, "the military arrangements (integration) no longer justified for France: the argument for leaving them, not the treaty"),
    ('''It is for this reason that France proposes to recover the entire exercise of her sovereignty over her territory, presently impaired by the permanent presence of allied military elements or by constant utilization which is made of her air space, to terminate her participation in “integrated” commands and no longer to place her forces at the disposal of NATO.''',
     F, LC, CDG, "terminate participation in the integrated commands: leave_command"),
    ('''It goes without saying that for the application of these decisions she is ready to arrange with the governments and in particular with that of the United States, practical measures which concern them.''',
     N, NO, CDG, "practical arrangements; the run ends here: the next sentence is cut off by the excerpt"),
])

# ---- newsverge (Newsverge, 28 November 2019) -- from the headline
page("newsverge", "en", "Macron proud of NATO ‘brain death’ comment, says wake-up call needed", "Newsverge",
     "https://newsverge.com/2019/11/28/macron-proud-of-nato-brain-death-comment-says-wake-up-call-needed",
     "(not shown) [URL: 2019/11/28]", Q_BRA, [
    ('''Macron proud of NATO ‘brain death’ comment, says wake-up call needed''', N, DR, EM,
     "the kicker 'Europe' before it was skipped; standing by 'brain death': criticism of NATO, no exit call"),
    ('''French President Emmanuel Macron has congratulated himself on comments he made about the “brain death” of the North Atlantic Treaty Organisation (NATO).''',
     N, DR, EM, ""),
    ('''He noted that the alliance needed a “wake-up call,” at a news conference with NATO Secretary-General Jens Stoltenberg ahead of next week’s summit.''',
     N, DR, EM, ""),
    ('''“The questions I asked are open questions that have not been resolved,” Macron says following their talks in Paris.''', N, DR, EM,
     "his questions about NATO remain open: questioning the alliance without answering"),
    ('''U.S., Canada, Britain, and other European countries are members of the organisation.''', N, NO, OUTLET, ""),
    ('''All of the members have agreed to support one another if they were attacked.''', N, NO, OUTLET, ""),
    ('''Macron pointed out matters including peace in Europe, relations with Russia, the issue of Turkey, and the question of who the shared enemy is.''',
     N, DR, EM, "questions about NATO's purpose and its relations with Russia: reform agenda"),
    ('''“The last two summits were devoted solely to working out how we could lighten … the financial cost to the U.S.,” Macron said, speaking of a “glaring disconnect” between this debate and the challenges facing the alliance.''',
     N, DR, EM, "criticism of NATO's agenda"),
    ('''Stoltenberg, meanwhile, stresses that despite disagreements within the alliance, “the foundations of NATO are strong.''', N, NO, JS,
     "the quotation opened here continues in the next sentence"),
    ('''“We will continue to adapt, continue to modernise and together we will look on how we can further strengthen NATO’s political role.”''',
     N, NO, JS, ""),
])

# ---- tass (TASS, 28 November 2019) -- from the headline
page("tass", "en", "Macron defends his statement on NATO’s ‘brain death’", "TASS",
     "https://tass.com/world/1093885", "November 28 (dateline; 2019 from the events)", Q_BRA, [
    ('''Macron defends his statement on NATO’s ‘brain death’''', N, DR, EM, "the 'All news' link before it was skipped"),
    ('''In an interview with The Economist earlier, Macron criticized the current state of NATO, claiming that it stands on "the edge of a precipice"''',
     N, DR, EM, "standfirst (no final stop)"),
    ('''PARIS, November 28. /TASS/. French President Emmanuel Macron stands by his comments on NATO being "brain dead," considering it a wake-up call for the alliance, he said on Thursday during the press conference on the outcomes of the talks with NATO Secretary General Jens Stoltenberg.''',
     N, DR, EM, "photo caption and credit lines before it were skipped; the inline dateline is kept as part of the sentence"),
    ('''"My comment on NATO’s brain death was a wake-up call to draw the alliance’s attention," Macron stated, adding that he has seen "a glaring disconnect" after analyzing the existing issues and the discussions of the recent years.''',
     N, DR, EM, ""),
    ('''"I welcome the fact that everyone started to think about our strategic goals," he noted.''', N, DR, EM,
     "welcomes the rethinking of the alliance's goals that he provoked: reform, no exit"),
    ('''"Today, during the meeting of heads of state and government, we must agree on the methods that would form the basis of our progress on such issues as peace in Europe, the situation after the termination of the INF [Intermediate-Range Nuclear Forces Treaty], the relations with Russia, the Turkish issue," he stated.''',
     N, DR, EM, "reform agenda for NATO including relations with Russia"),
    ('''"Until we resolve these issues, let’s not negotiate our cost-sharing and burden-sharing," he stressed.''', N, DR, EM,
     "conditions on NATO burden-sharing talks: reform, no exit"),
    ('''In an interview with The Economist on November 7, Macron criticized the current state of NATO.''', N, DR, EM, ""),
    ('''"What we are currently experiencing is the brain death of NATO," he claimed.''', N, DR, EM, ""),
    ('''According to the French president, Europe stands on "the edge of a precipice" and needs to start thinking of itself strategically as a geopolitical power; otherwise, it will no longer be in control of its destiny.''',
     N, DR, EM, "European strategic autonomy"),
])

# ---- politico (POLITICO Europe, 20 January 2025) -- from the first body sentence
page("politico", "en", "(not shown) [URL slug: france-emmanuel-macron-hints-nato-spending-target-is-too-low-donald-trump]", "POLITICO Europe",
     "https://www.politico.eu/article/france-emmanuel-macron-hints-nato-spending-target-is-too-low-donald-trump/",
     "2025-01-20", Q_SPE, [
    ('''CESSON-SÉVIGNÉ, France — French President Emmanuel Macron hinted on Monday that France would need to go beyond NATO’s current spending target, especially if United States President Donald Trump pulls the American military out of Europe.''',
     N, NO, EM, "inline dateline kept as part of the sentence; defence spending above NATO's target says nothing about France's place in NATO"),
    ('''While many other European countries have said since the war in Ukraine began three years ago that defense spending should far exceed the NATO's decade-old target of at least 2 percent of GDP, it’s the first time Paris has contemplated taking a similar line.''',
     N, NO, OUTLET, ""),
    ('''“France currently exceeds 2 percent of GDP for defense spending,” Macron said during his New Year's address to the armed forces, speaking before an audience of top military and defense industry officials.''',
     N, NO, EM, ""),
    ('''“But is that enough to achieve the mass, depth and innovation to defend ourselves in a major confrontation?''', N, NO, EM, ""),
    ('''Is that enough to organize ourselves on a European scale and have the means to fight?”''', N, NO, EM,
     "European-scale organisation of defence means, not framed against NATO or Washington: none; the excerpt ends here"),
])

# ---- pravdaru (Pravda.Ru English, April 2022) -- from the headline
page("pravdaru", "en", "Le Pen promises she initiates exit from NATO if she becomes president", "Pravda.Ru (English)",
     "https://english.pravda.ru/news/world/151146-marinelepen",
     "(not shown) [events: April 2022, between the two rounds]", Q_LP, [
    ('''Le Pen promises she initiates exit from NATO if she becomes president''', F, LA, MLP,
     "headline says 'exit from NATO' (the body: the unified command); the label follows the sentence: leave_alliance"),
    ('''Le Pen to make France quit NATO if she wins elections''', F, LA, MLP, "second heading line; 'quit NATO' as written: leave_alliance"),
    ('''National Rally candidate Marine Le Pen has said that if she wins the presidential election, she intends to withdraw France from NATO's unified military command.''',
     F, LC, MLP, "run ended here: the next sentence (her quotation) is a near-duplicate of a held-out sentence"),
])

# ---- whitehouse (White House statement of 21 March 2009, on whitehousepressbriefings.com) -- from the title
page("whitehouse", "en", "Statement from President Obama welcoming France’s return to NATO’s military structure",
     "whitehousepressbriefings.com (copy of a White House Office of the Press Secretary statement)",
     "http://whitehousepressbriefings.com/?p=7521", "March 21, 2009", Q_SUM, [
    ('''Statement from President Obama welcoming France’s return to NATO’s military structure''', A, RD, BO,
     "the 'Office of the Press Secretary' / 'For Immediate Release' lines before it were skipped; backing the 2009 return (guideline 4.1)"),
    ('''I enthusiastically welcome the decision made by French President Nicolas Sarkozy to fully reintegrate France into the NATO Alliance.''',
     A, RD, BO, "backing the return; speaker is Obama, not Sarkozy"),
    ('''President Sarkozy’s leadership has been essential and is much appreciated.''', N, NO, BO,
     "praise of Sarkozy without saying what for in the sentence"),
    ('''France is a founding member of NATO and has been a strong contributor to NATO missions throughout the Alliance’s history.''', N, NO, BO, ""),
    ('''France’s full participation in the NATO military command structure will further contribute to a stronger Alliance and a stronger Europe.''',
     A, RD, BO, "argues for France's full participation in the command"),
    ('''The NATO Alliance has been the cornerstone of trans-Atlantic security for the past 60 years.''', N, NO, BO, ""),
    ('''The United States is committed to its success, and knows that it is through close cooperation with Allies and partners that we can overcome our most difficult challenges.''',
     N, NO, BO, ""),
    ('''In this context, I also welcome the further strengthening of European defense capabilities.''', N, NO, BO,
     "European defence welcomed inside the alliance context, not as autonomy from it"),
    ('''During my upcoming visit to France and Germany for the 60th Anniversary NATO Summit, I look forward to discussing ways to ensure that our strengthened Alliance, with France as a full participant in all its structures, will be as important in the 21st century as it was in the 20th century.''',
     A, RD, BO, "France as a full participant in all structures"),
])

# ---- euobs_reprint (EUobserver report of 3 April 2009, reprinted on denederlandsegrondwet.nl) -- from the first body sentence
page("euobs_reprint", "en", "(English report under the Dutch page title 'President Obama: Frankrijk's terugkeer in de NAVO versterkt de alliantie (en)')",
     "De Nederlandse Grondwet (denederlandsegrondwet.nl), reprint of an EUobserver report",
     "https://www.denederlandsegrondwet.nl/id/vi3wo40yf1zd/nieuws/president_obama_frankrijk_s_terugkeer_in?start_002=8",
     "(not shown) [text: Friday 3 April 2009]", Q_SUM, [
    ('''EUOBSERVER / STRASBOURG – France's full reintegration in NATO will strengthen the alliance, US president Barack Obama i said on Friday (3 April) in Strasbourg.''',
     A, RD, BO, "the Dutch page title was left out (not English); the credit/dateline is part of the sentence; 'Obama i' sic (icon letter); backing the return"),
    ('''"NATO was founded on the principle that European security was American security and vice versa.''', N, NO, BO, ""),
    ('''This pillar of US policy has not changed and we reaffirm it.''', N, NO, BO, ""),
    ('''With France's reintegration in the high structures of NATO, that principle will be upheld," Mr Obama said at a joint press conference with Nicolas Sarkozy i.''',
     A, RD, BO, "argues that the reintegration serves the alliance: backing it; 'Sarkozy i' sic"),
    ('''The French Parliament last month voted in favour of France's full reintegration in NATO, ending a 43 year-old rift created by Charles de Gaulle who pulled out from the alliance's military in protest over what he perceived as US domination of NATO policies.''',
     A, RD, ASSEMBLY, "the parliamentary vote backing the return is a decision (the vote of 17 March 2009 was in the National Assembly); de Gaulle's 1966 act is a relative-clause aside"),
    ('''"France has sent soldiers in NATO-led military operations, but has nobody in the committees designing the policies who affect our troops," Mr Sarkozy said as an argument in favour of his country's rejoining the alliance – a move which is still controversial in France, even within his own centre-right party.''',
     A, RD, NS, "Sarkozy's argument for the return"),
    ('''Mr Sarkozy carefully orchestrated France's full return to NATO's fold to coincide with NATO's 60th anniversary summit, co-hosted by the French city of Strasbourg and the two German cities of Baden-Baden and Kehl, across the river Rhine, to symbolise Franco-German reconciliation brought about by NATO.''',
     A, RD, NS, "Sarkozy's act (guideline 4.3); the page breaks the sentence after 'coincide', joined with one space"),
    ('''Visibly discomforted by his shorter stature when standing next to Barack Obama, Mr Sarkozy was the first to rush up the stairs to the Rohan palace in the historic centre of Strasbourg after a family picture with his US counterpart, his wife Michelle and the French first lady Carla Bruni (who was wearing flat shoes for the event).''',
     N, NO, OUTLET, ""),
    ('''Mr Obama and Mr Sarkozy later on headed off to Baden-Baden where the now 28 NATO delegations, including new members Albania and Croatia, are meeting in three parallel dinners – heads of state, foreign ministers and defence.''',
     N, NO, OUTLET, "the run ends here: the next sentence is cut off by the excerpt"),
])


# ---- devdiscourse (Devdiscourse, 7 January 2026) -- from the headline
page("devdiscourse", "en", "Transatlantic Tensions: Greenland's Strategic Tug-of-War", "Devdiscourse",
     "https://www.devdiscourse.com/article/politics/3762046-transatlantic-tensions-greenlands-strategic-tug-of-war",
     "07-01-2026", Q_GRL, [
    ("""Transatlantic Tensions: Greenland's Strategic Tug-of-War""", N, NO, OUTLET, ""),
    ("""France collaborates with European allies to address U.S. President Donald Trump's renewed ambitions to acquire Greenland.""",
     N, NO, FRGOV, "standfirst; France acting now = French government; Greenland, not France's place in NATO"),
    ("""Amidst NATO concerns, French Foreign Minister Jean-Noel Barrot leads talks with Germany and Poland, highlighting European unity.""",
     N, NO, JNB, "European unity on Greenland, not framed as autonomy from NATO"),
    ("""Trump's proposal raises geopolitical tensions, while Greenland asserts its autonomy.""", N, NO, OUTLET, ""),
    ("""France is joining forces with European allies to confront the potential geopolitical upheaval should U.S. President Donald Trump make a move to acquire Greenland.""",
     N, NO, FRGOV, "the byline and date line before it were skipped"),
    ("""This development has sparked concerns within NATO, as Trump's ambitions threaten to strain the alliance with European partners.""",
     N, NO, OUTLET, ""),
    ("""French Foreign Minister Jean-Noel Barrot confirmed that the issue was on the agenda at a meeting with German and Polish foreign ministers.""",
     N, NO, JNB, ""),
    ("""Barrot emphasized France's commitment to a coordinated European response during his appearance on France Inter radio.""",
     N, NO, JNB, "a European response on Greenland; nothing about NATO membership"),
    ("""Trump's renewed interest in Greenland, first expressed in 2019, has drawn opposition from European leaders and Greenland's people, who insist on their autonomy.""",
     N, NO, OUTLET, ""),
    ("""Despite rumors of a military approach, a senior U.S. official assures that invasion plans have been ruled out.""",
     N, NO, "unnamed: senior U.S. official", "the excerpt ends here"),
])

# ---- dailymentor (Daily Mentor, January 2026) -- from the headline
page("dailymentor", "en", "France Proposes NATO Military Exercise in Greenland Amid Trump's Escalating Threats", "Daily Mentor (dailymentor.online)",
     "https://www.dailymentor.online/2026/01/France%20Proposes%20NATO%20Military%20Exercise%20in%20Greenland%20Amid%20Trumps%20Escalating%20Threats.html",
     "(not shown) [text: Wednesday, January 21, 2026]", Q_GRL, [
    ("""France Proposes NATO Military Exercise in Greenland Amid Trump's Escalating Threats""", N, NO, FRGOV,
     "headline; an initiative inside NATO, nothing about France's membership or its place in the command"),
    ("""French President Emmanuel Macron has called for NATO to conduct a military exercise in Greenland, with France ready to contribute troops, in direct response to US President Donald Trump's aggressive push to acquire the Danish autonomous territory and related tariff warnings.""",
     N, NO, EM, "the repeated headline before it was skipped; offering troops for a NATO exercise is not a wish for deeper integration in the command"),
    ("""The announcement from Macron's office came on Wednesday, January 21, 2026, just ahead of Trump's delayed arrival at the World Economic Forum in Davos, Switzerland—pushed back by about three hours due to a minor electrical issue on Air Force One.""",
     N, NO, OUTLET, ""),
    ("""The proposal aims to assert European resolve and reinforce alliance presence in the Arctic amid fears of Russian and Chinese influence exploiting newly accessible sea routes due to climate change.""",
     N, NO, OUTLET, "the outlet's account of the proposal's aim"),
    ("""Macron described Trump's rhetoric as increasingly "bellicose," framing the NATO drill as a necessary show of unity and deterrence without directly confronting US participation.""",
     N, NO, EM, "criticism of Trump's rhetoric over Greenland, not of the alliance"),
    ("""It remains unclear whether American forces would be involved, but the move signals growing transatlantic friction over sovereignty, security priorities, and economic leverage.""",
     N, NO, OUTLET, ""),
    ("""Trump has doubled down on his demands, insisting Greenland must come under US control for national security reasons, warning that failure to comply could lead to "the hard way.\"""",
     N, NO, "Donald Trump", ""),
    ("""He has tied the issue to potential tariffs on European nations opposing the plan, escalating threats that include 10% duties starting February 1, rising to 25% by June 1 on imports from countries like Denmark, Norway, Sweden, France, Germany, the UK, the Netherlands, and Finland unless a deal is reached.""",
     N, NO, "Donald Trump", ""),
    ("""NATO Secretary General Mark Rutte addressed the crisis indirectly, emphasizing behind-the-scenes diplomacy while stressing that Ukraine must remain the alliance's top priority.""",
     N, NO, "Mark Rutte", "the run ends here: the next quotation is cut off by the excerpt"),
])

# ---- csmonitor1980 (The Christian Science Monitor, 23 October 1980) -- from the headline
page("csmonitor1980", "en", "Greece's return to NATO doesn't end Turkish feud", "The Christian Science Monitor",
     "https://www.csmonitor.com/layout/set/amphtml/1980/1023/102341.html", "October 23, 1980", Q_G80, [
    ("""Greece's return to NATO doesn't end Turkish feud""", N, NO, OUTLET, "another country's return (guideline 4.5)"),
    ("""The return of Greece to the Western alliance military command is widely regarded in European circles as a political gesture that may not resolve the deep-seated issues that caused the breach in the first place.""",
     N, NO, OUTLET, "the date line before it was skipped; vague crowd attribution used as the outlet's assessment"),
    ("""The announcement earlier this week that both Greece and Turkey had accepted a proposal to end Athens' six-year withdrawal from the NATO military structure was greeted "with unmitigated joy," according to a well-placed NATO source.""",
     N, NO, "unnamed: well-placed NATO source", "Greece's return, not France"),
    ("""It meant that after years of delicate, and sometimes aborted, maneuvering by a succession of allied diplomats and officials, a major absence in NATO's increasingly vulnerable southern defense was about to be corrected.""",
     N, NO, OUTLET, ""),
    ("""Because of previous attempts to sabotage earlier settlement proposals, all parties refused to disclose details of the formula that ended the impasse.""",
     N, NO, OUTLET, ""),
    ("""Greece was nevertheless expected to have to disclose some of the specifics during a crucial debate in its parliament this week.""",
     N, NO, OUTLET, ""),
    ("""But according to most informed sources, the accord accepted by Athens and Ankara was primarily a political compromise to bring Greece's symbolic six-year hiatus to a conclusion.""",
     N, NO, "unnamed: informed sources", ""),
    ("""According to these officials, the secret plan probably did not resolve the thorny Greco-Turkish debate on control over military, air, and other operations in the Aegean Sea.""",
     N, NO, "unnamed: informed sources", "'these officials' = the informed sources of the previous sentence"),
    ("""Turkey had vetoed previous accords negotiated by NATO commanders that did not provide for an end to the Greek control in the disputed region.""",
     N, NO, OUTLET, "country as the subject of a historical fact; run ended here to keep the page short"),
])


# ---- irishtimes (The Irish Times, March 2009) -- from the first body sentence
page("irishtimes", "en", "(not shown) [URL slug: sarkozy-s-move-back-to-nato-command-criticised]", "The Irish Times",
     "https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/news/sarkozy-s-move-back-to-nato-command-criticised-1.721322",
     "(not shown) [text: after Sarkozy's École Militaire speech of Wednesday 11 March 2009]", Q_VIL, [
    ("""FRENCH PRESIDENT Nicolas Sarkozy’s speech at the École Militaire on Wednesday, announcing France’s return to the integrated Nato command, marked what is possibly the most significant change in French defence and foreign policy in nearly half a century.""",
     A, RD, NS, "the sentence narrates Sarkozy's announcement of the return (guideline 4.3); the outlet's assessment ('most significant change') does not remove the act"),
    ("""By remaining outside the integrated command since 1966, Mr Sarkozy said, France occupied no top command posts and had no say in defining objectives for the Nato missions in which it participated.""",
     A, RD, NS, "argument that staying outside is harmful = for the return"),
    ("""“Formidable!” the French president said sarcastically.""", N, NO, NS, "sarcasm alone, no content"),
    ("""“We send soldiers to the field, and we don’t participate in the committees that define strategy.""", A, RD, NS,
     "his argument for re-entering the command"),
    ("""And all that of our own free will, because we exclude ourselves.""", A, RD, NS,
     "continues the quotation: self-exclusion from the command criticised = argument for the return"),
    ("""Nato is the only international organisation in the world where France doesn’t try to be present and influential!”""", A, RD, NS,
     "France should be present and influential inside NATO"),
    ("""Reacting to his speech, socialist leader Martine Aubry said “nothing today justifies re-entering the Nato military command”.""",
     F, LC, "Martine Aubry", "opposing the 2009 return (guideline 4.1)"),
    ("""The only possible reason, she added, was “Atlanticism that is becoming an ideology”.""", F, LC, "Martine Aubry",
     "continues her case against re-entering the command: the only reason for it is ideology"),
    ("""François Bayrou, the centrist leader who has been a vocal critic of the Nato reintegration, also spoke against the move.""",
     F, LC, FB, "opposing the 2009 return"),
    ("""Mr Bayrou said Mr Sarkozy’s decision constituted an “amputation” of France, and promised to vote no in the National Assembly next Tuesday.""",
     F, LC, FB, "opposing the return, promises to vote against it"),
    ("""But it is criticism from heavyhitters such as former prime minister Alain Juppé and former foreign minister Hubert Védrine that will most irk Mr Sarkozy.""",
     N, NO, OUTLET, "the outlet's assessment of which criticism will irk Sarkozy; the critics' positions are given in the following sentences"),
    ("""Mr Juppé attempted a similar rapprochement in 1995, and has been sending signals that he would like move back into Mr Sarkozy’s government.""",
     A, RD, AJ, "Juppé's own 1995 attempt at a rapprochement with the command is an act towards re-integration (like Chirac's in the earlier test set)"),
    ("""Yet, reacting to the presidential speech, he cautioned that “France should keep her specificity, independent spirit and freedom of judgment that are appreciated in the Arab world, Africa, Asia and Latin America”.""",
     N, DR, AJ, "independence and freedom of judgment, without saying that the return should not happen"),
    ("""Mr Sarkozy has considered making the highly respected Mr Védrine his foreign minister.""", N, NO, OUTLET,
     "the run ends here: the next sentence is cut off by the excerpt"),
])

# ---- tasnim (Tasnim News Agency, 27 February 2023) -- from the headline
page("tasnim", "en", "France Holds Second Weekend of Anti-NATO Protests (+Video)", "Tasnim News Agency",
     "https://tasnimnews.com/en/news/2023/02/27/2859718/france-holds-second-weekend-of-anti-nato-protests-video",
     "(not shown) [URL: 2023/02/27]", Q_PHI, [
    ("""France Holds Second Weekend of Anti-NATO Protests (+Video)""", N, DR, "unnamed: protesters",
     "headline; 'anti-NATO' protests without an exit demand in the sentence: distance"),
    ("""TEHRAN (Tasnim) – The right-wing Les Patriotes party organized multiple demonstrations against France's NATO membership and support for Kiev, with the largest rally held in the capital Paris on Sunday.""",
     F, LA, PATRIOTES, "the repeated headline before it was skipped; the dateline is part of the sentence; organising demonstrations against France's membership is the party's act"),
    ("""Led by party leader Florian Philippot, the event, dubbed the National March for Peace, reportedly attracted even more participants than last week's rally, which drew 10,000 attendees.""",
     N, NO, OUTLET, ""),
    ("""Philippot stated that similar protests were held in approximately 30 other locations across France.""", N, NO, FP, ""),
    ("""Protesters marched through the streets of Paris, carrying a large banner reading "For Peace.\"""", N, NO, "unnamed: protesters", ""),
    ("""The marchers called for the withdrawal of France from both the US-led NATO and from the EU, and urged a halt to supplying Ukraine with weaponry.""",
     F, LA, "unnamed: protesters", "exit call (the EU part is another target)"),
    ("""The protesters also took jabs at the incumbent French President Emmanuel Macron, chanting "Macron get out!" – a slogan commonly used by assorted anti-government protesters throughout his presidency.""",
     N, NO, "unnamed: protesters", ""),
    ("""Following the march, the protesters held a rally led by Philippot, who was filmed defacing NATO and EU flags alongside his supporters.""",
     N, DR, FP, "defacing NATO flags is hostility to NATO, no exit call in the sentence"),
    ("""Footage of the event was shared by the politician himself on social media.""", N, NO, OUTLET, ""),
    ("""The politician has been actively staging protests against French membership in NATO and the EU since last fall, while arguing against the supply of weapons to Ukraine.""",
     F, LA, FP, "protests against France's NATO membership are his acts; run ended here to keep the page short"),
])

# -----------------------------------------------------------------------------------------------
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
    out = [f"{len(rows)} English sentences from {len(source_ids)} pages ({n_pub} different publishers); "
           f"{min(per_page.values())}–{max(per_page.values())} sentences per page.", ""]
    out += ["**Labels by language**", "", "| label | en | share |", "|---|---:|---:|"]
    for lab in (F, A, N):
        c = sum(1 for r in rows if r["label"] == lab)
        out.append(f"| {lab} | {c} | {100 * c / len(rows):.0f}% |")
    out.append(f"| **all** | {len(rows)} | 100% |")
    out += ["", "**Positions**", "", "| position | label | en |", "|---|---|---:|"]
    for pos in ("leave_alliance", "leave_command", "distance_or_reform", "none", "stay", "rejoin_or_deepen"):
        c = sum(1 for r in rows if r["position"] == pos)
        out.append(f"| {pos} | {LABEL_OF_POSITION[pos]} | {c} |")
    out += ["", "**Sentences per page**", "",
            "| source_id | publisher | sentences | FAVOR | AGAINST | NONE |", "|---|---|---:|---:|---:|---:|"]
    for key, sid in source_ids.items():
        rs = [r for r in rows if r["source_id"] == sid]
        c = Counter(r["label"] for r in rs)
        out.append(f"| {sid} | {SOURCES[key][2]} | {len(rs)} | {c[F]} | {c[A]} | {c[N]} |")
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


if __name__ == "__main__":
    main()
