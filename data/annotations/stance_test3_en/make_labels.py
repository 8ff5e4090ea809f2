#!/usr/bin/env python3
"""Write the third ENGLISH stance TEST set: labels.csv and sources.csv (and the counts in README.md).

Target: "France should leave NATO, or its integrated military command", labelled per sentence
following ../stance/GUIDELINES.md (SemEval-2016 labels FAVOR/AGAINST/NONE + graded position),
including the 2026-12-05 additions of section 5 (collectives.csv / actors.csv names, signed opinion
pieces held by their author, transcripts held by the speaker their title names).

THIS IS A TEST SET: no model may be tuned on it (see README.md). It is to be used once, to measure a
finished model.

The sentences were copied verbatim from excerpts of public English-language pages returned by a
search tool over stored copies of public web pages (corpus "pages", collected 2026-12-05). For each
page ONE contiguous run of the article body was taken and EVERY complete sentence of it was
labelled, stance-bearing or not. Non-body material (bylines, captions, "Read more", sub-headings,
signature lines) was left out; each block says what was skipped. The ITEMS of one source are in page
order.

Every decision below was made by hand, by an annotator who did not read helpers/stance.py,
helpers/speakers.py, helpers/stance_report.py, data/reference/stance_lexicon.csv,
tests/test_stance*.py, tests/test_speakers*.py, notebooks/02-*.ipynb or data/processed, did not open
the other annotators' new directories, and did not run any classifier. This script holds those
decisions as explicit tables (SOURCES, ITEMS) and contains no heuristics. It checks that
  - label and position are from the allowed sets and agree
    (leave_* => FAVOR; stay / rejoin_or_deepen => AGAINST; distance_or_reform / none => NONE),
  - every text is a single non-empty line without surrounding blanks, every speaker is non-empty,
  - no two items are near-identical (difflib ratio >= 0.85, lower-cased), and no item is a
    near-duplicate of any sentence of any other ../stance*/labels.csv (globbed when the script runs),
  - every source is used, every item points to a declared source, every source is English, no URL
    is used twice, and no source URL is a seed URL (../../raw/manifest.csv) or a URL of any other
    ../stance*/sources.csv,
then writes labels.csv and sources.csv, prints the counts and rewrites the block between the
"counts" markers in README.md.

Usage (from /work/main):  python3 data/annotations/stance_test3_en/make_labels.py
"""
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS_OUT = HERE / "labels.csv"
SOURCES_OUT = HERE / "sources.csv"
README = HERE / "README.md"
ITEM_PREFIX, SOURCE_PREFIX = "w", "ws"

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

CDG = "Charles de Gaulle"
CG = "Clémence Guetté"
EM = "Emmanuel Macron"
NS = "Nicolas Sarkozy"
DT = "Donald Trump"
LFI = "La France Insoumise"
FP = "Florian Philippot"
DDV = "Dominique de Villepin"
FH = "François Hollande"
PARLY = "Florence Parly"
PDB = "Philippe Douste-Blazy"
HM = "Hervé Morin"
BAGHAI = "Christian Baghai"
NICK = "Nick"
SLOAN = "Stanley R. Sloan"
JOKER = "unnamed: author of jokertothethief blog post"
LANSING = "unnamed: author of Lansing Institute article"
S4P = "unnamed: author of Space4Peace blog post"
IHT = "International Herald Tribune"

Q1 = "France NATO membership debate"
Q2 = "French politicians NATO exit"
Q3 = "de Gaulle NATO 1966 history article"
Q4 = "Sarkozy NATO 2009 return reactions"
Q5 = "Macron NATO remarks France alliance"
Q6 = "French far right far left NATO positions"
Q7 = "interview French MP leave NATO sovereignty"
Q8 = "Villepin Bayrou oppose France rejoining NATO command 2008"
Q9 = "think tank analysis France integrated command Gaullist legacy"
Q10 = "transcript press conference French minister NATO alliance France remains"
Q11 = "Zemmour NATO integrated command Reconquete program"
Q12 = "Hollande Védrine report NATO integrated command 2012 stay"
Q13 = "Dupont-Aignan Debout la France NATO command exit statement"
Q14 = "French Communist Party Roussel NATO dissolve leave alliance"
Q15 = "Greece withdraws NATO military wing 1974 Karamanlis"
Q16 = "Asselineau UPR Frexit NATO withdrawal Article 13"
Q17 = "poll French people want to leave NATO survey percent"
Q18 = "Trump NATO allies France reaction Le Drian Parly alliance commitment"
Q19 = "op-ed France should quit NATO column"
Q20 = "Le Pen 2017 campaign leave NATO integrated command Frexit programme"
Q21 = "government response Guetté NATO exit resolution irresponsible minister"
Q22 = "Hollande Trump no longer allies divorce NATO France"
Q24 = "Mitterrand NATO France integrated command 1990s Chirac rapprochement failed"
Q25 = "Gaullists denounce Sarkozy NATO reintegration betrayal de Gaulle legacy English"
Q26 = "calls for France to quit NATO rally petition sovereignty English"

# SOURCES: key -> (language, title, publisher, url, published, query)
SOURCES = OrderedDict()
ITEMS = []

# ---- mayathevoice (blog explainer, unsigned in the excerpt, 2026) -- from the headline; the
# sub-heading "A Long Tradition of Strategic Independence" is left out; run stops before the next
# sub-heading.
SOURCES["mayathevoice"] = ("en", "Why Is France Questioning Its NATO Membership Now?", "Maya The Voice (mayathevoice.com)",
                           "https://mayathevoice.com/?p=6977", "(not shown) [text: after the renewed debate of 2026]", Q1)
ITEMS += [
    ("mayathevoice", '''Why Is France Questioning Its NATO Membership Now?''', N, NO, OUTLET,
     "headline question of an explainer; the outlet raises no position of its own"),
    ("mayathevoice", '''For decades, France has been one of NATO’s most influential members—a founding pillar of the alliance and a key military power in Europe.''', N, NO, OUTLET, ""),
    ("mayathevoice", '''Yet recently, political debate inside France has reignited an old question: Does NATO still serve French interests?''', N, NO, OUTLET, ""),
    ("mayathevoice", '''While France is not leaving NATO, the renewed discussion itself is significant.''', N, NO, OUTLET,
     "the outlet's assessment / prediction, not a position (guideline 4.2 last sentence)"),
    ("mayathevoice", '''It reflects deeper shifts in global power, European insecurity, and growing uncertainty about the United States’ role as the alliance’s leader.''', N, NO, OUTLET, ""),
    ("mayathevoice", '''To understand why this question is resurfacing now, we need to look beyond headlines and into France’s strategic mindset.''', N, NO, OUTLET, ""),
    ("mayathevoice", '''France has always had a complicated relationship with NATO.''', N, NO, OUTLET, ""),
    ("mayathevoice", '''Even as a founding member in 1949, Paris never fully embraced the idea of relying entirely on U.S.-led security.''', N, NO, OUTLET,
     "historical characterisation with the country as subject (narration)"),
    ("mayathevoice", '''Under President Charles de Gaulle in 1966, France famously withdrew from NATO’s integrated military command, arguing that national sovereignty should not be subordinated to Washington.''',
     F, LC, CDG, "the actor is named and an argument is attributed ('arguing'), so it narrates de Gaulle's act (guideline 4.3), not a bare fact; command only"),
    ("mayathevoice", '''Although France rejoined the command structure in 2009, the philosophy of strategic autonomy never disappeared.''', N, NO, OUTLET,
     "bare fact of the return (no actor) plus the outlet's analysis"),
    ("mayathevoice", '''Today’s debate is not a sudden shift—it’s a continuation of this long-standing belief that France must retain freedom of action in defense and foreign policy.''', N, NO, OUTLET,
     "the explainer's analysis of the debate, not an argued position of the outlet"),
]

# ---- baghai (Medium blog post by Christian Baghai, signed opinion/explainer) -- from the headline;
# sub-heading "Historical Bonds and Divergences" left out; run stops after the paragraph on 1966
# (before "The move was dramatic ...") to keep the page short.
SOURCES["baghai"] = ("en", "France and NATO: A Complex Relationship That’s Worth Navigating", "Medium (christianbaghai.medium.com)",
                     "https://christianbaghai.medium.com/france-and-nato-a-complex-relationship-thats-worth-navigating-b9d1b6e2102e",
                     "(not shown)", Q1)
ITEMS += [
    ("baghai", '''France and NATO: A Complex Relationship That’s Worth Navigating''', N, NO, BAGHAI,
     "signed blog post: held by its author (section 5, 2026-12-05); author's name taken from the Medium address, the excerpt shows no byline"),
    ("baghai", '''Bonjour!''', N, NO, BAGHAI, ""),
    ("baghai", '''The love-hate affair between France and the North Atlantic Treaty Organization (NATO) is not only intricate but also illuminating.''', N, NO, BAGHAI, ""),
    ("baghai", '''It is a complex dance of sovereignty, strategic autonomy, and the overarching need for collective defense in a world that’s becoming increasingly volatile.''', N, NO, BAGHAI, ""),
    ("baghai", '''For those who are not aficionados of geopolitics, France has been, and continues to be, an essential player within the NATO alliance, despite its checkered history with the organization.''', N, NO, BAGHAI,
     "describes France's role; no position on whether it should stay"),
    ("baghai", '''Let’s start from the beginning.''', N, NO, BAGHAI, ""),
    ("baghai", '''France was one of the founding members of NATO, conceived in 1949 to curb the looming Soviet threat.''', N, NO, BAGHAI, ""),
    ("baghai", '''There was a real sense of urgency, a realization among Western powers that collective security against communist expansionism was not a luxury but a necessity.''', N, NO, BAGHAI, ""),
    ("baghai", '''Yet, less than two decades into the alliance, France took a path that startled many of its allies — President Charles de Gaulle announced France’s withdrawal from NATO’s integrated military command in 1966.''',
     F, LC, CDG, "de Gaulle's announcement (guideline 4.3); command only"),
]

# ---- joker (blog post, 16 September 2007, author not named) -- from the headline; the date line
# "Sunday, September 16, 2007" and the "0 Comments / Post a Comment / << Home" footer left out.
SOURCES["joker"] = ("en", "France soon back to full NATO's membership?", "jokertothethief (Blogspot blog)",
                    "http://jokertothethief.blogspot.com/2007/09/france-soon-back-to-full-natos.html", "Sunday, September 16, 2007", Q1)
ITEMS += [
    ("joker", '''France soon back to full NATO's membership?''', N, NO, JOKER, "headline question, no position"),
    ("joker", '''The relationship between France and NATO mirrors that of the Ga(u)llic nation (pun intended) and the United-States.''', N, NO, JOKER, ""),
    ("joker", '''It is during De Gaulle's presidency that France pulled out of NATO when French president accused the United States of having a hegemonic role in the organization and too much of what what he (rightfully)perceived as a special relationship with the United Kingdom.''',
     F, LC, CDG, "the pull-out is tied to de Gaulle's accusation (act + argument, guideline 4.3); 'pulled out of NATO' = the military side, as the post says two sentences later that France 'has remained in the alliance': leave_command"),
    ("joker", '''Then, France initiated its independent nuclear deterrence program which became known as its "Force de frappe" ("Striking force"), a pillar of its military doctrine.''', N, NO, JOKER, ""),
    ("joker", '''While France has shown solidarity with NATO on many occasions (like during the missile crisis in 1962) and has remained in the alliance.''', N, NO, JOKER,
     "verbless subordinate clause punctuated as a sentence on the page; bare background"),
    ("joker", '''It even rejoined NATO's Military Committee in 1995 but France has not yet rejoined the integrated military command and no non-French NATO troops are allowed to be based on its land.''', N, NO, JOKER,
     "bare facts with the country as subject"),
    ("joker", '''This could change under Sarkozy, at least according to this Herald Tribune article this week:''', N, NO, JOKER, "frame introducing the quoted article; a prediction"),
    ("joker", '''NATO is ready to discuss bringing France back fully into the fold after signals from Paris that it may reverse its decision 41 years ago to withdraw from the alliance's military structures, officials said Thursday.''',
     A, RD, "unnamed: NATO officials", "NATO officials say the alliance is ready to bring France back fully: backing France's return to the command; quoted from the IHT"),
    ("joker", '''Alliance diplomats note France has just taken the command of the 16,000-strong NATO-led peace force in Kosovo and has in the past played a command role in its larger Afghan peacekeeping operation.''', N, NO, "unnamed: alliance diplomats", ""),
    ("joker", '''France could seek assurances from allies - not just the United States but more Atlanticist countries ranging from Britain to Poland - that efforts to build a proper EU defense capability would not suffer as a result of it rejoining NATO.''',
     N, NO, IHT, "narration of the quoted article: a prediction about what France could ask, not a position"),
    ("joker", '''Well, “rapprochement” is a French word after all….''', N, NO, JOKER, "ironic comment, no position"),
]

# ---- voa (Voice of America, Lisa Bryant, 24 September 2007) -- from the first body sentence
SOURCES["voa"] = ("en", "(not shown) [URL: a-13-2007-09-24-voa9]", "Voice of America (VOA)",
                  "https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-09-24-voa9/338469.html", "(not shown) [URL: 2007-09-24]", Q1)
ITEMS += [
    ("voa", '''More than four decades after quitting NATO's military wing, France may be considering rejoining.''', N, NO, OUTLET,
     "the outlet's report of a possibility; no actor takes a position"),
    ("voa", '''Critics say the move is largely symbolic, since Paris is already an active member in the transatlantic alliance.''', N, NO, "unnamed: critics",
     "assessment of the move, no position for or against it (guideline 4.10)"),
    ("voa", '''But Lisa Bryant reports from Paris the move would reflect a larger foreign policy shift underway under French President Nicolas Sarkozy.''', N, NO, OUTLET, ""),
    ("voa", '''Chances France might rejoin NATO's military command were raised earlier this month by French Defense Secretary Herve Morin.''', A, RD, HM,
     "the defence minister floated rejoining the command: a government signal backing the return (reported)"),
    ("voa", '''In a speech in Toulouse, Morin said Paris does not reap the full benefits of NATO, despite being one of the organization's largest contributors.''', A, RD, HM,
     "argument that staying outside the command costs France (benefit of deeper integration): rejoin_or_deepen"),
    ("voa", '''Europe's military strategy cannot advance, he said, if Paris does not clarify its position within NATO.''', N, NO, HM,
     "'clarify its position' does not state a direction in this sentence"),
    ("voa", '''Today, some analysts believe that chances of Paris rejoining NATO's military wing are better than they have been for years.''', N, NO, "unnamed: analysts", "prediction"),
    ("voa", '''Christopher Chivvis is a transatlantic fellow at the French Institute of International Relations, in Paris.''', N, NO, OUTLET, ""),
    ("voa", '''"I think there is a real possibility.''', N, NO, "Christopher Chivvis", "prediction by an analyst; quotation split at its sentence end"),
    ("voa", '''It is not something that is going to happen overnight," Chivvis said.''', N, NO, "Christopher Chivvis", ""),
    ("voa", '''"But I think there is a real possibility that this could happen over the course of the next few years."''', N, NO, "Christopher Chivvis", "prediction, not a position"),
    ("voa", '''France pulled out of NATO's military wing in 1966, irked by what it saw as Washington's dominating role in the Brussels-based institution.''', N, NO, OUTLET,
     "country as subject, no actor named and no speech or argument attributed (a motive only): bare fact (guideline 4.4)"),
    ("voa", '''It crafted an independent military course, buttressed by a nuclear deterrence program.''', N, NO, OUTLET, ""),
    ("voa", '''But France was never out of the alliance.''', N, NO, OUTLET, ""),
    ("voa", '''It remained a key political player and active militarily.''', N, NO, OUTLET, ""),
]

# ---- lansing (Lansing Institute analysis, 13 January 2026; author not named in the excerpt) --
# from the headline; the repeated headline line, the sub-headings ("What exactly is being proposed?",
# "2) Who is the initiator?", "Primary initiator (2026 trigger)", "Political platform behind it")
# and the list numbers "1." "2." are left out; run stops before the cut-off rest.
SOURCES["lansing"] = ("en", "France’s “Exit from NATO” Debate (2026): Political Signal or Strategic Break?", "Lansing Institute",
                      "https://lansinginstitute.org/2026/01/13/frances-exit-from-nato-debate-2026-political-signal-or-strategic-break",
                      "(not shown) [URL: 2026/01/13]", Q2)
ITEMS += [
    ("lansing", '''France’s “Exit from NATO” Debate (2026): Political Signal or Strategic Break?''', N, NO, LANSING, "think-tank paper without a named author: unnamed author (section 5)"),
    ("lansing", '''In January 2026, parts of the French opposition reignited a familiar theme in French strategic culture: “strategic autonomy” and skepticism toward NATO as a US-led security architecture.''',
     N, DR, "unnamed: parts of the French opposition", "autonomy / skepticism toward NATO, no exit call in this sentence"),
    ("lansing", '''The immediate catalyst has been anger over Donald Trump-era US policies and broader European fears of American coercion and unpredictability.''', N, NO, LANSING, ""),
    ("lansing", '''A senior figure in La France Insoumise (LFI) announced a parliamentary initiative calling for a “planned exit” beginning with withdrawal from NATO’s integrated military command''',
     F, LA, CG, "'a senior figure in LFI' resolved forwards to Guetté (named below); staged exit ending in full exit: leave_alliance; the page has no full stop"),
    ("lansing", '''However, while politically loud, the likelihood of France actually quitting the NATO treaty remains lowin the short-to-medium termThe more realistic risk is an internal French shift toward downgrading NATO integration, generating noise, friction, and strategic uncertainty — which Russia and other US adversaries can exploit.''',
     N, NO, LANSING, "the page runs two sentences together without spaces ('lowin', 'termThe'): kept as one unit; a prediction, not a deferral by anyone"),
    ("lansing", '''It is crucial to separate two different ideas:''', N, NO, LANSING, "frame"),
    ("lansing", '''Leaving NATO’s integrated military command (France has done it before under de Gaulle in 1966, and returned in 2009).''', N, NO, LANSING,
     "list item naming an option; the parenthesis is background"),
    ("lansing", '''Leaving NATO itself (withdrawing from the Washington Treaty) — a far more radical step with high political and military costs.''', A, ST, LANSING,
     "the paper's own argued assessment that full exit would be costly: an argument that exit would be harmful (guideline 4.7; section 5 on signed papers)"),
    ("lansing", '''The current political initiative being discussed in France is largely framed around the first option (integrated command withdrawal), packaged rhetorically as the start of a “planned exit.”''',
     N, NO, LANSING, "the paper characterises the proposal; nobody's position is stated (guideline 4.10)"),
    ("lansing", '''Clémence Guetté, Vice-President of the French National Assembly and LFI MP, publicly stated she would submit a resolution calling for a planned exit, starting with leaving NATO’s integrated command.''',
     F, LA, CG, "staged exit whose end point is leaving NATO: leave_alliance"),
    ("lansing", '''La France Insoumise (LFI) has long promoted the idea that NATO undermines French sovereignty and drags Europe into US wars.''', N, DR, LFI,
     "criticism of NATO without an exit call in the sentence"),
]

# ---- openpolar (library record of Stephen D. Kertesz, "NATO's Disarray and Europe's Future",
# The Review of Politics, 1966) -- the "Summary:" paragraph only (the first, cut-off copy of the same
# text and the bibliographic fields are left out).
SOURCES["openpolar"] = ("en", "NATO's Disarray and Europe's Future", "OpenPolar (record of The Review of Politics, Cambridge University Press)",
                        "https://openpolar.no/Record/crcambridgeupr:10.1017%2Fs003467050000591x", "1966", Q3)
ITEMS += [
    ("openpolar", '''PRESIDENT DE GAULLE announced on September 9, 1965, that after 1969 France will no longer accept an integrated North Atlantic military defense system.''',
     F, LC, CDG, "de Gaulle's announcement (guideline 4.3); integration only: leave_command"),
    ("openpolar", '''He recognized that in many areas France has “the best reasons for associating with others,” but must retain her self-determination: so long as the solidarity of the Western peoples appears to us necessary for the eventual defense of Europe, our country will remain the ally of her allies but, upon the expiration of the commitments formerly taken — that is, in 1969 by the latest — the subordination known as “integration” which is provided for by NATO and which hands our fate over to foreign authority shall cease, as far as we are concerned.''',
     F, LC, CDG, "remaining 'the ally of her allies' while ending 'integration': the leave_command shape (guideline 4.3 on the kept political involvement)"),
]

# ---- spectator (The Spectator, Coffee House blog, quoting The Economist, April 2008) -- from the
# post title; only the excerpt shown.
SOURCES["spectator"] = ("en", "Sarko’s NATO Problem", "The Spectator (spectator.co.uk, tag page)",
                        "https://spectator.co.uk/tag/france/page/57", "(not shown) [text: the week after the Bucharest summit, April 2008]", Q8)
ITEMS += [
    ("spectator", '''Sarko’s NATO Problem''', N, NO, OUTLET, ""),
    ("spectator", '''Here’s The Economist reporting developments in France: THE Gaullist backlash against Nicolas Sarkozy’s new Atlanticism has begun in earnest, and its new poster boy is Dominique de Villepin…''',
     N, NO, "The Economist", "the quoted outlet's narration that a backlash has begun; the backlash's content is stated in the next sentences"),
    ("spectator", '''Not only did he denounce the French president’s decision, which was warmly greeted by George Bush at last week’s NATO summit in Bucharest, to send an extra French battalion (some 700 troops) to Afghanistan.''',
     N, NO, DDV, "troops for Afghanistan, not France's place in NATO"),
    ("spectator", '''He went on to chastise Sarkozy for planning to reintegrate France into NATO’s military command structure.''', F, LC, DDV,
     "opposing the return to the command (guideline 4.1)"),
    ("spectator", '''“Not only is the return of France to NATO not in our country’s interests, but I also think it’s dangerous,” he said: “We will lose space to manoeuvre, space to be independent”''',
     F, LC, DDV, "opposing the return ('the return of France to NATO' = to the command, context); the excerpt ends without a full stop"),
]

# ---- vestikavkaza (Vestnik Kavkaza, English, 3 February 2024) -- from the first body sentence; the
# date/time line and the photo credit are left out.
SOURCES["vestikavkaza"] = ("en", "(not shown) [URL: material/166253]", "Vestnik Kavkaza (en.vestikavkaza.ru)",
                           "https://en.vestikavkaza.ru/material/166253", "2024-02-03", Q7)
ITEMS += [
    ("vestikavkaza", '''France urgently needs to regain its independence in order to better protect its national interests, thus, it needs to leave NATO and the EU, the leader of the French Patriots party, Florian Philippot, said today.''',
     F, LA, FP, "leaving NATO (and the EU) in one call: the NATO part decides"),
    ("vestikavkaza", '''“The power elites in the United States are seeking to incite conflicts all over the world.''', N, NO, FP,
     "criticism of the US not tied to the alliance in this sentence"),
    ("vestikavkaza", '''France should have absolutely nothing to do with this; we urgently need to withdraw from NATO,” - Florian Filippo claimed.''', F, LA, FP,
     "the page puts the attribution '- Florian Filippo claimed.' on its own line after the quotation: joined with one space; 'Filippo' is the page's spelling"),
    ("vestikavkaza", '''Only such a decision by the French government will help the country to regain its independence and protect its own interests, the politician is sure.''', F, LA, FP,
     "'such a decision' = withdrawing from NATO (previous sentence); argument that exit benefits France, by its advocate (guideline 4.7)"),
    ("vestikavkaza", '''France left NATO in 1966 and returned to the alliance only in 2009.''', N, NO, OUTLET, "bare fact (guideline 4.4)"),
]

# ---- sfg (SFG Media, English, January 2026: Guetté's interview with Berliner Zeitung) -- from the
# first body sentence; run stops before the cut-off sentence "Leaving the alliance, ...".
SOURCES["sfg"] = ("en", "(not shown) [URL slug: france-parliament-resolution-exit-nato-us-policy]", "SFG Media (sfg.media)",
                  "https://sfg.media/en/a/france-parliament-resolution-exit-nato-us-policy", "(not shown) [events: January 2026]", Q7)
ITEMS += [
    ("sfg", '''A resolution has been prepared in the French parliament proposing the country’s withdrawal from NATO amid disagreements with US policy.''', F, LA, CG,
     "the resolution's author, named in the next sentence, is the speaker (decision); exit from NATO"),
    ("sfg", '''The document was initiated by the vice president of the National Assembly, Clemence Guette, a lawmaker from the left-wing party La France Insoumise (LFI).''', F, LA, CG,
     "'the document' = the exit resolution (reference resolved); initiating it is her act (guideline 4.3)"),
    ("sfg", '''In an interview with Berliner Zeitung, Guette said that discussions about France leaving the North Atlantic alliance have been underway for a long time, but that the current phase, in her words, has made the issue particularly acute.''',
     N, DR, CG, "says the question is acute without answering it in this sentence (guideline example 17)"),
    ("sfg", '''She linked this to what she described as the United States pursuing an “overtly imperial policy.”''', N, DR, CG,
     "rationale of the exit debate (criticism of US leadership), no exit call"),
    ("sfg", '''As examples, Guette cited the “illegal abduction of the president of Venezuela,” threats to annex Greenland, as well as “predatory trade agreements” that, in her view, were imposed on the European Union under pressure from Washington.''',
     N, NO, CG, "criticism of the US on matters not tied to the alliance"),
    ("sfg", '''Guette also separately pointed to the requirement for NATO member states to raise military spending to at least 5% of GDP.''', N, DR, CG, "criticism of a NATO requirement"),
    ("sfg", '''In her assessment, such a benchmark primarily serves the interests of the US defense industry rather than European security.''', N, DR, CG, "criticism of the NATO spending target"),
    ("sfg", '''The politician also said that, in her view, the United States is openly interfering in electoral processes in Europe by supporting far-right forces.''', N, NO, CG,
     "criticism of the US not tied to the alliance"),
    ("sfg", '''Taken together, these factors, Guette argues, indicate that the United States is “formally exempting itself from international law and the mechanisms of collective security,” effectively turning the European Union into a dependent partner.''',
     N, DR, CG, "dependence on Washington / collective security: distance, no exit call"),
    ("sfg", '''Under these conditions, she said, maintaining France’s membership in a military alliance led by a power that publicly places itself outside the framework of international law is “undesirable and unacceptable.”''',
     F, LA, CG, "rejecting continued membership of the alliance = wanting France out"),
    ("sfg", '''According to Guette, participation in NATO creates substantial risks for France, including the possibility of being drawn into conflicts that run counter to its national interests, principles, and international commitments.''',
     N, DR, CG, "risks of membership, but the sentence stops short of saying France should leave (guideline 4.9, strict line)"),
]

# ---- cnmnewz (copy of an RT report on Euractiv's story, 4 July 2024) -- from the headline; the
# "Read more" link line is left out; run stops after "The decision was only officially reversed in 2009."
SOURCES["cnmnewz"] = ("en", "NATO fears French withdrawal – media", "CNM Newz (copy of an RT report)",
                      "https://cnmnewz.com/2024/07/04/nato-fears-french-withdrawal-media", "(not shown) [URL: 2024/07/04]", Q6)
ITEMS += [
    ("cnmnewz", '''NATO fears French withdrawal – media''', N, NO, "NATO", "a fear of an exit, no position stated"),
    ("cnmnewz", '''The claim comes shortly after the right-wing National Rally came out ahead in the first round of a snap election in France''', N, NO, OUTLET, "standfirst; no full stop on the page"),
    ("cnmnewz", '''NATO member states are growing increasingly worried about France’s future commitment to the US-led bloc and its efforts to support Ukraine, as the French far-right is poised to win a large number of seats in parliament, Euractiv has reported, citing several anonymous diplomats.''',
     N, NO, "unnamed: NATO diplomats", "worry about a possible change, no position on France's membership"),
    ("cnmnewz", '''The right-wing National Rally (RN), which has repeatedly questioned the purpose of NATO and its aid to Ukraine, came out on top in the first round of France’s snap election, securing 33% of the vote.''',
     N, NO, OUTLET, "main clause is an election result; the RN's questioning of NATO sits in a relative clause"),
    ("cnmnewz", '''President Emmanuel Macron’s centrist Ensemble bloc only came in third with 20%.''', N, NO, OUTLET, ""),
    ("cnmnewz", '''The second round is slated for July 7, with the RN projected to win up to 280 seats in the National Assembly.''', N, NO, OUTLET, ""),
    ("cnmnewz", '''Macron called the surprise vote after RN’s earlier triumph in the European Parliament elections last month.''', N, NO, OUTLET, ""),
    ("cnmnewz", '''On Thursday, Euractiv quoted unnamed diplomats as saying the French right-wingers’ repeated criticisms of Macron’s foreign policy, particularly military aid to Ukraine, were concerning a number of leading NATO allies.''',
     N, NO, "unnamed: diplomats", ""),
    ("cnmnewz", '''Even if the RN ends up being consigned to the role of opposition, the party will likely still wield considerable clout in the French Parliament, the outlet noted.''', N, NO, "Euractiv", ""),
    ("cnmnewz", '''Euractiv quoted one of its sources as saying that Paris under the new leadership could opt for a “soft exit” from NATO, leaving the bloc’s military command – a move that has precedent in French history.''',
     N, NO, "unnamed: diplomatic source", "prediction of a possible command exit, not an exit call"),
    ("cnmnewz", '''In 1966, then President Charles de Gaulle withdrew Paris from the bloc’s integrated military command, despite France being one of the 12 founding NATO members.''', F, LC, CDG,
     "de Gaulle's act (guideline 4.3)"),
    ("cnmnewz", '''The decision was only officially reversed in 2009.''', N, NO, OUTLET, "bare fact, no actor named"),
]

# ---- drjustin (blog repost of the transcript of the NATO Secretary General's joint press point with
# President Macron, Paris, 28 November 2019) -- from the first transcript line; the post title, the
# intro line and "Subscribe ... by Email" are left out. The lines are Macron's (through the interpreter).
# Run stops after "And I very much endorse ... this dialogue."
SOURCES["drjustin"] = ("en", "NATO Secretary General Press Point with French President", "Dr. Justin Imel, Sr. (blog, transcript repost)",
                       "https://drjustinimelsr.com/2019/12/02/nato-secretary-general-press-point-with-french-president/",
                       "2019-12-02 [URL] (press point: November 28, 2019)", Q10)
ITEMS += [
    ("drjustin", '''[Interpreter] Good morning, or good afternoon, ladies and gentlemen.''', N, NO, EM,
     "transcript: first-person lines belong to the speaker the title names (section 5, 2026-12-05); the '[Interpreter]' tag is part of the line"),
    ("drjustin", '''First and foremost, I’d like to thank the Secretary General of NATO for coming to Paris in order to prepare for the London summit.''', N, NO, EM, ""),
    ("drjustin", '''It is his third visit in Paris, each time so that we can discuss and coordinate as necessary.''', N, NO, EM, ""),
    ("drjustin", '''And I would like as well to thank him for expressing his condolences vis-à-vis the French nation and for the 13 soldiers we lost in Mali a couple of days ago.''', N, NO, EM, ""),
    ("drjustin", '''The London summit is meant to celebrate the 70th anniversary of the Alliance.''', N, NO, EM, ""),
    ("drjustin", '''But we also agree that it should be an opportunity to conduct genuine, strategic discussion between ourselves as to what today the Atlantic Alliance means and what its goals and means of actions are.''',
     N, DR, EM, "call to rethink the Alliance's purpose (reform), no exit"),
    ("drjustin", '''I believe there are, for me, there are three priority topics which we just discussed and which I also had a chance to discuss with European leaders over the past few hours or days.''', N, NO, EM, ""),
    ("drjustin", '''The first very important topic is how can we guarantee peace and stability in Europe?''', N, NO, EM, ""),
    ("drjustin", '''This is the initial historical vital purpose of the Atlantic Alliance, which, let me remind you, was set up in 1949, to attach the United States to Western Europe and to protect it against the Soviet threat.''', N, NO, EM, ""),
    ("drjustin", '''The world has changed.''', N, NO, EM, ""),
    ("drjustin", '''The Iron Curtain has fallen, the Warsaw Pact is gone and the Alliance is still standing as the guarantor of our joint security.''', A, ST, EM,
     "the Alliance as 'the guarantor of our joint security': an argument that France needs NATO (stay)"),
    ("drjustin", '''It requires that today we reconsider a number of important topics in this respect.''', N, DR, EM, "call to reconsider the Alliance's agenda (reform)"),
    ("drjustin", '''First of all, a lucid, robust and demanding dialogue with Russia.''', N, DR, EM, "NATO-Russia dialogue (guideline: rapprochement / de-escalation with Russia)"),
    ("drjustin", '''And I very much endorse the fact that I wanted to give new momentum to this dialogue.''', N, DR, EM, "same Russia dialogue"),
]

# ---- nato2005 (NATO speeches: press conference by French Foreign Minister Philippe Douste-Blazy after
# the North Atlantic Council meeting, 8 December 2005) -- from the first transcript line; the page
# header ("Header / Updated: 14-Dec-2005 NATO Speeches / NATO HQ / 8 Dec . 2005 / Press Conference /
# by Philippe Douste Blazy, / Foreign Minister of France / following North Atlantic Meeting") is left out.
SOURCES["nato2005"] = ("en", "Press Conference by Philippe Douste Blazy, Foreign Minister of France following North Atlantic Meeting", "NATO (nato.int, NATO Speeches)",
                       "https://www.nato.int/docu/speech/2005/s051208o.htm", "8 Dec. 2005", Q10)
ITEMS += [
    ("nato2005", '''I'm going to start with some good news.''', N, NO, PDB, "transcript: the lines belong to the minister named in the title"),
    ("nato2005", '''We've just learned from Mrs Carla del Ponte today that Ante Gotovina, the Croatian general on the run, has been arrested in Spain.''', N, NO, PDB, ""),
    ("nato2005", '''This was announced by the Chief Prosecutor of the International Criminal Tribunal.''', N, NO, PDB, ""),
    ("nato2005", '''I'm delighted at this news because it's in line with what we have always maintained, what I've always said, that quite obviously all war criminals had to be brought before the International Criminal Tribunal for the Former Yugoslavia.''', N, NO, PDB, ""),
    ("nato2005", '''You'll understand why I'm beginning the press conference with this.''', N, NO, PDB, ""),
    ("nato2005", '''I'd also like to say that these six-monthly foreign ministers' meetings are important.''', N, NO, PDB, ""),
    ("nato2005", '''This one allowed us both to take stock of the Alliance's activities, and discuss all the challenges it faces.''', N, NO, PDB, ""),
    ("nato2005", '''Consequently we talked today about all the important Alliance issues and particularly the major ongoing operations in Afghanistan, Kosovo รป and of course its future.''', N, NO, PDB,
     "'รป' is an encoding error on the page, kept"),
    ("nato2005", '''Over the day we talked a great deal about the Alliance operations.''', N, NO, PDB, ""),
    ("nato2005", '''It's here that the Alliance's credibility is at stake.''', N, NO, PDB, ""),
    ("nato2005", '''France is among the leading troop contributors, as you know, not only in Afghanistan, but also in the Balkans: there are 3,000 soldiers in the two areas.''', N, NO, PDB,
     "France's contribution to operations, a fact; no position on membership"),
    ("nato2005", '''In Kosovo, KFOR will have to establish a secure environment over the coming months which will see, as you know, the negotiations on Kosovo's future status.''', N, NO, PDB, ""),
    ("nato2005", '''In Afghanistan, we're participating in ISAF which will play a growing security role in support of the Afghan authorities with the takeover of the geographical areas of Operation "Enduring Freedom".''', N, NO, PDB, ""),
    ("nato2005", '''So we have a substantial, both political and military, commitment to NATO, which is complementary with our commitment within the European Union since I remind you that we are participating in the EU operation in Bosnia-Herzegovina.''',
     A, ST, PDB, "the foreign minister affirms France's substantial commitment to NATO (political and military): staying, not deeper integration"),
]

# ---- photius (Library of Congress country study on Greece, republished; data as of December 1994) --
# from the first body sentence; the page title glued to its URL and the closing "Data as of ..." and
# source notes are left out. About Greece: NONE throughout (guideline 4.5).
SOURCES["photius"] = ("en", "Greece Karamanlis Establishes Policy", "Photius Coutsoukis (photius.com), republishing the Library of Congress Country Studies",
                      "https://photius.com/countries/greece/national_security/greece_national_security_karamanlis_establish~205.html",
                      "(not shown) [data as of December 1994]", Q15)
ITEMS += [
    ("photius", '''When Karamanlis came to office in Greece in 1974, he was faced with three options in the Cyprus situation.''', N, NO, OUTLET, ""),
    ("photius", '''The first was to go to war with Turkey.''', N, NO, OUTLET, ""),
    ("photius", '''But the Greek dictators, paradoxically, had kept Greece militarily exposed by leaving the Aegean Islands undefended against a possible Turkish military operation.''', N, NO, OUTLET, ""),
    ("photius", '''The second option was to seek a truce so as to gain time and later begin a massive rearmament that would enable Greece to push the Turks out of Cyprus at an opportune moment.''', N, NO, OUTLET, ""),
    ("photius", '''Had this option been chosen, Greece and Turkey likely would have initiated a chain reaction of revanchist wars similar to those that occurred between Israel and its Arab neighbors.''', N, NO, OUTLET, ""),
    ("photius", '''The result of that decision would have been a climate of high tension that would have prevented Greece from securing membership in the EC.''', N, NO, OUTLET, ""),
    ("photius", '''The third option was to arm Greece for purposes of adequate deterrence of future Turkish expansionism in Cyprus, the Aegean, and Thrace, while at the same time applying political, economic, and diplomatic pressures to promote a viable settlement in Cyprus and the Aegean.''', N, NO, OUTLET, ""),
    ("photius", '''Karamanlis took the third option, believing that at that point Greek national security required maximum integration into the European Community (EC--see Glossary), even though from the Greek viewpoint that course meant abandoning certain territorial and nationalistic goals.''',
     N, NO, "Konstantinos Karamanlis", "Greek policy and the EC: other country, other target"),
    ("photius", '''Although Greece subsequently withdrew from the military structures of NATO in protest against perceived Western failure to prevent the Cyprus "invasion," Karamanlis's decision set an important precedent for Greek national security policy for the ensuing twenty years.''',
     N, NO, OUTLET, "Greece's withdrawal from the military structures: another country (guideline 4.5); main clause is the study's assessment"),
]

# ---- space4peace (Global Network blog, 30 May 2015; author not named in the excerpt) -- whole post;
# "Pages", the date line and the "No comments / Post a Comment" footer are left out.
SOURCES["space4peace"] = ("en", "We Want France Out of NATO", "Space4Peace (Blogspot blog)",
                          "https://space4peace.blogspot.com/2015/05/we-want-france-out-of-nato.html?m=1", "Saturday, May 30, 2015", Q17)
ITEMS += [
    ("space4peace", '''We Want France Out of NATO''', F, LA, S4P, "post title stating the blog's own position: exit from NATO"),
    ("space4peace", '''Polls show that the French are even more opposed to being in NATO today than they were in 2009, but mainstream politicians like Socialist President Francois Hollande show no inclination to re-evaluate France’s membership.''',
     N, NO, S4P, "poll report plus an observation about Hollande's inaction; no one's position is stated as such (polls are none)"),
    ("space4peace", '''It’s yet another issue where Hollande is perceived as failing to protect France’s national interests.''', N, NO, S4P,
     "criticism of Hollande; vague crowd attribution = the blog's assessment"),
]

# ---- radiofarda (Radio Farda English, RFE/RL, March 2019) -- from the headline; "Accessibility
# links", "Breaking News", the photo caption and "Based on reporting by AFP and Reuters" are left out.
SOURCES["radiofarda"] = ("en", "French Defense Chief Questions U.S. Commitment To NATO", "Radio Farda (RFE/RL)",
                         "https://en.radiofarda.com/a/french-defense-chief-questions-us-commitment-to-nato/29830274.html",
                         "(not shown) [events: March 18, 2019]", Q18)
ITEMS += [
    ("radiofarda", '''French Defense Chief Questions U.S. Commitment To NATO''', N, DR, PARLY, "questioning US commitment to NATO: criticism of US leadership, no exit"),
    ("radiofarda", '''The French defense minister has expressed concerns about the U.S. long-term commitment to NATO and said loyalty to the alliance should be "unconditional."''', N, DR, PARLY,
     "a demand addressed to the US about the alliance; no position on France's own membership"),
    ("radiofarda", '''Florence Parly, speaking at the Atlantic Council in Washington on March 18, said that "what Europeans are worried about is this: Will the U.S. commitment [to NATO] be perennial?"''', N, DR, PARLY, ""),
    ("radiofarda", '''"Should we assume that it will go on as was the case in the past 70 years?" Parly asked ahead of a meeting later in the day with acting Defense Secretary Patrick Shanahan for talks on Syria.''', N, DR, PARLY, ""),
    ("radiofarda", '''Her comments reflect increasing doubts in Europe about President Donald Trump's commitment to the 70-year-old Western alliance, which was highlighted by U.S. military strength and leadership during the Cold War.''', N, NO, OUTLET, ""),
    ("radiofarda", '''Trump has demanded that NATO allies pay more for their defense to ease the burden on U.S. taxpayers and has also often failed to mention a commitment to Article 5 of the NATO Charter, which states that if one member is attacked, it is considered an attack on all members.''',
     N, NO, DT, "US position on burden sharing, not France's membership"),
    ("radiofarda", '''While acknowledging Trump's demands that Europe spend more on shared defense, Parly also said that "the alliance should be unconditional.''', N, DR, PARLY, "quotation split at its sentence end"),
    ("radiofarda", '''Otherwise, it is not an alliance.''', N, DR, PARLY, "continuation of her quotation"),
    ("radiofarda", '''"NATO's solidarity clause is called Article 5, not article F-35," the French defense chief in a reference to the F-35 jet fighter.''', N, DR, PARLY,
     "the verb of saying is missing on the page; criticism of US pressure inside NATO"),
    ("radiofarda", '''Trump has often pressed allies to purchase more U.S. defense products and touted what he has called the superiority of their design and quality.''', N, NO, DT, ""),
]

# ---- walaw (Walaw Press, English, March 2025) -- from the headline; run stops before the cut-off
# sentence "Despite ...".
SOURCES["walaw"] = ("en", "Macron affirms France's loyalty to NATO amid Trump's criticism", "Walaw Press (walaw.press)",
                    "https://sport.walaw.press/en/article/GMLRGSPPRRWQ", "(not shown) [events: March 2025]", Q18)
ITEMS += [
    ("walaw", '''Macron affirms France's loyalty to NATO amid Trump's criticism''', A, ST, EM, "affirming loyalty to NATO against doubts: staying (headline 'X affirms' = reported)"),
    ("walaw", '''On Thursday, President Donald Trump questioned whether NATO would come to the United States' defense if attacked, prompting a response from French President Emmanuel Macron who reaffirmed France’s role as a "loyal and faithful" ally of the U.S.''',
     A, ST, EM, "two holders: Trump's doubt is about allies defending the US (none); the label is about Macron's reaffirmation of France as an ally inside NATO (guideline 5, Amard example)"),
    ("walaw", '''Trump’s doubts about NATO’s defense commitment followed his comments on defense spending, suggesting that the U.S. might reconsider its commitment to the alliance if member countries fail to meet military expenditure targets.''',
     N, NO, DT, "the US's own commitment: another country (guideline 4.5)"),
    ("walaw", '''His remarks were made just one day after his pick for NATO ambassador reassured senators of the administration’s “ironclad” support for the alliance.''', N, NO, OUTLET, ""),
    ("walaw", '''While Trump has long criticized NATO for what he sees as an unfair distribution of defense costs, his comments have taken on new significance given his recent cordial relations with Russian President Vladimir Putin.''', N, NO, OUTLET,
     "main clause is the outlet's analysis"),
    ("walaw", '''These relationships raise concerns, especially as Trump continues to push for a peace agreement between Ukraine and Russia, with NATO not directly involved in Ukraine’s defense.''', N, NO, OUTLET, ""),
    ("walaw", '''In his statement, Trump expressed doubt that NATO countries would come to the U.S. aid if attacked, despite the fact that NATO’s Article 5 defense guarantee was invoked after the 9/11 attacks, which led to a large-scale operation in Afghanistan, involving French forces.''',
     N, NO, DT, ""),
    ("walaw", '''Macron, in turn, reminded Trump of the deep historical ties between the U.S. and France, referencing the Marquis de Lafayette and American WWI and WWII contributions, which solidify France’s long-standing commitment to NATO.''',
     A, ST, EM, "reported reply of Macron, framed as reaffirming France's long-standing commitment to NATO: stay (hard call: the last clause may be the outlet's gloss)"),
    ("walaw", '''Trump’s stance on NATO also aligns with his broader trade agenda, where he has expressed frustration over the U.S. paying a disproportionate share of NATO’s costs, even as some members fail to meet agreed-upon defense spending targets.''', N, NO, OUTLET, ""),
    ("walaw", '''He has linked NATO’s financial contributions with his broader trade negotiations, signaling that he might leverage the U.S. commitment to NATO in these talks.''', N, NO, DT, ""),
]

# ---- ndmckinney (personal blog, post signed "Nick", 13 September 2007) -- whole post; the image
# alt text "NATO-OTAN" glued to the first sentence, "without comments" and the signature/date line
# "Written by Nick / September 13th, 2007 at 12:36 pm" are left out.
SOURCES["ndmckinney"] = ("en", "France to return to NATO?", "ndmckinney.net (personal blog)",
                         "http://www.ndmckinney.net/tag/otan/", "September 13th, 2007", Q19)
ITEMS += [
    ("ndmckinney", '''France to return to NATO?''', N, NO, NICK, "signed blog post: held by its author 'Nick' (signature line); headline question"),
    ("ndmckinney", '''Le Monde is reporting that France is contemplating a full return to NATO (OTAN).''', N, NO, NICK,
     "a report of a possibility; the image alt text 'NATO-OTAN' before it on the page is left out"),
    ("ndmckinney", '''I for one welcome the decision.''', A, RD, NICK, "'the decision' = France's full return to NATO (previous sentence): backing the return"),
    ("ndmckinney", '''The EU needs a more assertive role in military affairs, and I believe that France has both the initiative and the talent to lead Europe to an important role as a counter-balance to American military policy.''',
     N, DR, NICK, "European autonomy / counter-balance to the US: distance, even though the author uses it as a reason for the return"),
    ("ndmckinney", '''Plus, it gives the French generals in Brussels something to do.''', A, RD, NICK, "'it' = the return: a (joking) argument for the return, by its supporter"),
]

# ---- dnyuz (copy of a Politico Europe report, 28 February 2025) -- from the first body sentence;
# run stops after Hollande's quoted answer (before the background paragraph on Crimea) to keep the page short.
SOURCES["dnyuz"] = ("en", "Trump is ‘no longer an ally,’ former French President Hollande says", "DNyuz (copy of a Politico report)",
                    "https://dnyuz.com/2025/02/28/trump-is-no-longer-an-ally-former-french-president-hollande-says", "2025-02-28 [URL]", Q22)
ITEMS += [
    ("dnyuz", '''PARIS — Former French President François Hollande said the United States government under President Donald Trump is “no longer an ally.”''', N, DR, FH,
     "questions the US as an ally (alignment with Washington in defence), no call about France's NATO membership"),
    ("dnyuz", '''“[Trump] is no longer an ally, he is consorting with our adversaries,” Hollande, current President Emmanuel Macron’s predecessor, said in a blunt interview with Le Monde published Friday.''', N, DR, FH, ""),
    ("dnyuz", '''“Even if the American people remain our friends, the Trump administration itself is no longer our ally.”''', N, DR, FH, ""),
    ("dnyuz", '''Hollande, who now sits in the French parliament as a member of the center-left Socialist Party, said Trump’s decision to call Ukrainian President Volodymyr Zelenskyy a “dictator” (which he walked back on Thursday); his plans to hold direct talks with Russian President Vladimir Putin; and the U.S. vote against a draft U.N. resolution condemning Russia’s invasion of Ukraine all signal a potential “divorce” on the horizon between Europe and the United States.''',
     N, NO, FH, "a prediction of a rift, based on US Ukraine policy; no position on the alliance"),
    ("dnyuz", '''Though Hollande did not fault Macron, his former economy minister, for engaging with Trump during a trip to Washington earlier this week, he argued that the visit would’ve been more effective with other leaders alongside him and insisted that “seduction and argumentation” wouldn’t work on the U.S. president.''', N, NO, FH, ""),
    ("dnyuz", '''When asked if Macron’s visit had yielded “satisfying results,” as Minister of Foreign Affairs Jean-Noël Barrot claimed, Hollande responded: “No, because I’m lucid.”''', N, NO, FH, ""),
]

# ---- sloan (Arms Control Today, April 1997, Stanley R. Sloan; signed article, "the views in this
# article are his own") -- from the headline; the author line and bio paragraph and the sub-heading
# "The End of the Cold War" are left out; run stops before the cut-off sentence "Furthermore, ...".
SOURCES["sloan"] = ("en", "French Defense Policy: Gaullism Meets the Post-Cold War World", "Arms Control Association (Arms Control Today)",
                    "https://armscontrol.org/act/1997-04/features/french-defense-policy-gaullism-meets-post-cold-war-world", "(not shown) [URL: 1997-04]", Q24)
ITEMS += [
    ("sloan", '''French Defense Policy: Gaullism Meets the Post-Cold War World''', N, NO, SLOAN, "signed analysis: held by its author (section 5, 2026-12-05)"),
    ("sloan", '''French President Jacques Chirac, since his election victory in May 1995, has led the way toward fundamental reform of French defense policy.''', N, NO, SLOAN, ""),
    ("sloan", '''He has, among other things, conducted a "final" set of nuclear tests, removed one leg of France's strategic nuclear triad, decided to move toward smaller but more flexible professional military forces, and changed France's role in NATO.''',
     N, NO, "Jacques Chirac", "Chirac's decisions, but 'changed France's role in NATO' does not say in which direction in this sentence"),
    ("sloan", '''In the process, Chirac has incurred the wrath of both the Gaullists in the governing coalition and the opposition socialists.''', N, NO, SLOAN, ""),
    ("sloan", '''Do the Chirac reforms add up to a violation of Gaullist principles, as his domestic critics charge, or will they simply produce a Gaullist defense posture in disguise, as some Americans fear?''', N, NO, SLOAN,
     "question posed by the author; the critics' charge is not about France's place in NATO as such"),
    ("sloan", '''The end of the Cold War raised fundamental issues for French defense policy, just as it did for the United States and other powers.''', N, NO, SLOAN, ""),
    ("sloan", '''The dissolution of the Warsaw Pact and disintegration of the Soviet Union removed the principal threat on which French defense strategy had been premised and against which French forces had been planned.''', N, NO, SLOAN, ""),
    ("sloan", '''But France was notably slow in adapting to the new circumstances.''', N, NO, SLOAN, ""),
    ("sloan", '''PostCold War realities did not easily penetrate the longheld Gaullist precepts of French independence, even as they were interpreted by the socialist leadership of President François Mitterrand.''', N, NO, SLOAN,
     "'PostCold', 'longheld': the page's hyphens are lost, kept"),
]

# ---- wikimirror (mirror of the English Wikipedia article "France and NATO", after December 2024) --
# from the first body sentence (the title "France and NATO" is not taken: the same two-word line is
# already a sentence of another sheet, and the near-duplicate rule forbids it); the maintenance banner ("This article's tone or style ...") is left out; run stops
# before the cut-off sentence "Since the 1990s, ...".
SOURCES["wikimirror"] = ("en", "France and NATO", "wiki.riteme.site (Wikipedia mirror)",
                         "https://wiki.riteme.site/wiki/Relations_between_France_and_NATO", "(not shown) [banner dated December 2024]", Q24)
ITEMS += [
    ("wikimirror", '''France is a founding member of NATO and played an active role in its establishment.''', N, NO, OUTLET, ""),
    ("wikimirror", '''Since NATO's creation in 1949, France has consistently upheld its membership, both in the political and military spheres.''', N, NO, OUTLET,
     "encyclopedic summary with the country as subject; no one argues for staying in this sentence"),
    ("wikimirror", '''However, France has frequently criticized NATO's operational methods, particularly regarding the dominant role of the United States within NATO.''', N, DR, "French government",
     "speech attributed to the country ('criticized'): French government (section 5, 2026-12-05); criticism of US dominance, no exit"),
    ("wikimirror", '''Under the presidency of Charles de Gaulle, France asserted a desire for independence and a vision of what Europe should be which are incompatible with American hegemony within NATO, particularly for everything relating to nuclear and to the integration of the armed forces of member countries within a unified command.''',
     N, DR, CDG, "the asserted vision is incompatible with integration, but the exit itself comes in the next sentence"),
    ("wikimirror", '''De Gaulle drew his conclusions and France left the integrated military organization of NATO in 1966.''', F, LC, CDG,
     "de Gaulle's decision (he 'drew his conclusions'): guideline 4.3, not a bare fact"),
    ("wikimirror", '''However, cooperation agreements between the French armed forces and NATO forces were quickly signed, which somewhat attenuated the practical significance of this exit from NATO.''', N, NO, OUTLET, ""),
    ("wikimirror", '''This cooperation reinforced Treaty of Paris by presidents Mitterrand and Chirac, until 2009 when Nicolas Sarkozy reinstated France into the unified command of NATO.''',
     A, RD, "François Mitterrand; Jacques Chirac", "garbled sentence; main clause: the presidents reinforced cooperation with NATO (closer military integration), ending in Sarkozy's return: rejoin_or_deepen"),
    ("wikimirror", '''Throughout the Cold War, NATO played a role in defining the political positions of the Western world towards the Soviet Union and the Warsaw Pact countries.''', N, NO, OUTLET, ""),
    ("wikimirror", '''Above all on the military level, it defined the means that member countries must provide and their doctrines of engagement.''', N, NO, OUTLET, ""),
    ("wikimirror", '''During the most serious crises, such as those in Berlin or Cuba, and more recently on the subject of Euromissiles or after the terrorist attacks of September 11, France demonstrated its Atlanticism solidarity.''', N, NO, OUTLET,
     "historical narration with the country as subject"),
    ("wikimirror", '''France's foreign policy, however, led it to frequently disagree with American proposals, even if it meant finding itself isolated within the very European countries with which it was building the European Union (EU) in parallel.''', N, NO, OUTLET,
     "disagreement with the US in general, not tied to the alliance"),
]

# ---- scenewash (copy of a British newspaper report, March 2009) -- from the headline; the photo
# caption "Nicolas Sarkozy" is left out; run stops before the cut-off sentence "Younger French people ...".
SOURCES["scenewash"] = ("en", "Sarkozy Marches France Back Into NATO", "project.scenewash.org (copy of a newspaper report)",
                        "https://project.scenewash.org/sarkozy-marches-france-back-into-nato/", "(not shown) [text: the month before the April 2009 summit]", Q25)
ITEMS += [
    ("scenewash", '''Sarkozy Marches France Back Into NATO''', A, RD, NS, "headline narrating Sarkozy's act (guideline 4.3)"),
    ("scenewash", '''FORTY-THREE YEARS AFTER General Charles de Gaulle threw American forces out of France, Nicolas Sarkozy, his political descendant, is expected to explain to a sceptical nation today why he is taking the country back into the core of the US-led Nato alliance.''',
     A, RD, NS, "main clause: Sarkozy taking France back into the command; the de Gaulle clause dates the background"),
    ("scenewash", '''Sarkozy's decision, outlined after his 2007 election and to be consummated at Nato's 60th birthday summit next month, will restore France's voice in the alliance command that de Gaulle expelled from its Paris headquarters in 1966, along with 100,000 French-based US personnel.''',
     A, RD, NS, "Sarkozy's decision to return (guideline 4.1/4.3); the 1966 clause is background"),
    ("scenewash", '''The French military are delighted.''', A, RD, "French military", "the military welcome the return (previous sentences): backing it"),
    ("scenewash", '''They look forward to raising their Nato command contingent from 100 to 800 and taking up the two top posts that Washington has allocated France: The Allied Command Transformation (ACT), the future strategy unit, in Norfolk, Virginia, and the Lisbon command, which is in charge of Nato's rapid reaction force.''',
     A, RD, "French military", "looking forward to a larger place in the command: deeper integration"),
    ("scenewash", '''On the political front, however, critics say that Mr Sarkozy is renouncing an independent status that was followed by French presidents of all stripes since de Gaulle.''', F, LC, "unnamed: critics",
     "criticism of the return as renouncing independence = opposing the 2009 return (guideline 4.1)"),
    ("scenewash", '''Even members of his own Gaullist camp are accusing him of selling out a cherished heritage.''', F, LC, "unnamed: members of Sarkozy's Gaullist camp",
     "accusing Sarkozy of selling out by returning: opposing the return"),
    ("scenewash", '''Rejoining Nato's military structure would mean giving up “an element of our identity”, said François Bayrou, the centrist who came third in the 2007 presidential elections.''',
     F, LC, "François Bayrou", "argument that the return is harmful = opposing the 2009 return"),
    ("scenewash", '''Dominique de Villepin, a former Gaullist Prime Minister, enemy of Mr. Sarkozy and fan of Napoleon, says that “closing ourselves into the 'Western family' would be to shrink our country, a renunciation of our diplomatic calling”.''',
     F, LC, DDV, "'closing ourselves into the Western family' = the return to the command (context): opposing it"),
    ("scenewash", '''President Chirac's success in rallying the world against the US-led Iraq invasion would have been impossible if France had been a full Nato member, he said.''', F, LC, DDV,
     "argument that full membership (the command) would have cost France its independence: opposing the return"),
]

# ---- telesur (teleSUR English, 20 March 2023) -- from the headline; the standfirst (a near-verbatim
# copy of the body sentence on the banners), the photo caption and credit, "Published 20 March 2023",
# "Opinion" and the "RELATED:" link are left out; run stops before the paragraph on the no-confidence
# motions.
SOURCES["telesur"] = ("en", "Demonstrators Call for France's Withdrawal From NATO", "teleSUR English",
                      "https://www.telesurenglish.net/news/Demonstrators-Call-for-Frances-Withdrawal-From-NATO-20230320-0002.html", "20 March 2023", Q26)
ITEMS += [
    ("telesur", '''Demonstrators Call for France's Withdrawal From NATO''', F, LA, "unnamed: demonstrators in Paris", "neutral report of an exit call: the demonstrators' stance"),
    ("telesur", '''Over the weekend, thousands of demonstrators called for France's withdrawal from the North Atlantic Treaty Organization (NATO) and an immediate halt to arms deliveries to Ukraine.''',
     F, LA, "unnamed: demonstrators in Paris", ""),
    ("telesur", '''The "March for Peace" kicked off near the site of the French Senate.''', N, NO, OUTLET, ""),
    ("telesur", '''The demonstrators waved banners "Stop the war provoked by the U.S. and NATO" and "Freedom, Truth, Resistance."''', N, DR, "unnamed: demonstrators in Paris",
     "banner blaming the US and NATO for the war: criticism of NATO, no exit call in this sentence"),
    ("telesur", '''Many French Internet users have posted photos and videos of this march on social media.''', N, NO, OUTLET, ""),
    ("telesur", '''"Thousands of people are asking for France's withdrawal from NATO, the EU, and all the organizations that deprive us of our national sovereignty!" said one of the social media users.''',
     F, LA, "unnamed: social media user", "the user reports the exit demand and endorses it ('deprive us of our national sovereignty')"),
    ("telesur", '''An independent Lebanese geopolitical commentator Sarah Abdallah asked on her social media: "Why is Western media ignoring the anti-NATO protests happening today in Paris, France?"''', N, NO, "Sarah Abdallah",
     "about media coverage, no position on France's membership"),
    ("telesur", '''This is the second march organized in 2023 in Paris demanding France to withdraw from NATO, according to a report published by the website Solidarity and Progress.''', F, LA, "unnamed: demonstrators in Paris",
     "neutral report of the marchers' exit demand (guideline 2: a neutral report of someone's exit call is FAVOR)"),
    ("telesur", '''The anti-war protests come amid discontent over pension reform.''', N, NO, OUTLET, ""),
]


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
    out = [f"{len(rows)} English sentences from {len(source_ids)} pages ({n_pub} distinct publisher entries); "
           f"{min(per_page.values())}–{max(per_page.values())} sentences per page.", ""]
    out += ["**Labels**", "", "| label | n | share |", "|---|---:|---:|"]
    for lab in (F, A, N):
        c = sum(1 for r in rows if r["label"] == lab)
        out.append(f"| {lab} | {c} | {100 * c / len(rows):.0f}% |")
    out += ["", "**By language**", "", "| language | FAVOR | AGAINST | NONE | total |", "|---|---:|---:|---:|---:|"]
    for lang in sorted({r["language"] for r in rows}):
        sub = [r for r in rows if r["language"] == lang]
        out.append(f"| {lang} | " + " | ".join(str(sum(1 for r in sub if r["label"] == lab)) for lab in (F, A, N))
                   + f" | {len(sub)} |")
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
    return "\n".join(out)


def main():
    rows, source_ids = build()
    md = counts_markdown(rows, source_ids)
    print(md)
    if replace_counts(README, md):
        print(f"\n(updated counts in {README.name})")


if __name__ == "__main__":
    main()
