"""Second annotator's decisions for blind.csv (hand-made table, no heuristics)."""
import csv, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EL = "unnamed: author of Real Instituto Elcano article"
IF = "unnamed: author of Ifri article"
UW = "unnamed: author of United World International article"
IL = "unnamed: author of Illiberalism Studies Program article"
AX = "unnamed: author of Axis of Right article"
INT = "unnamed: interviewer"
CQ = "unnamed: CEPA moderator"
CG = "unnamed: French guest (CEPA transcript)"
O = "[outlet]"
MLP = "Marine Le Pen"; EM = "Emmanuel Macron"; NS = "Nicolas Sarkozy"; JLM = "Jean-Luc Mélenchon"
SL = "Sébastien Lecornu"; FP = "Florian Philippot"; DG = "Charles de Gaulle"
NO, DR = ("NONE", "none"), ("NONE", "distance_or_reform")
LA, LC = ("FAVOR", "leave_alliance"), ("FAVOR", "leave_command")
ST, RD = ("AGAINST", "stay"), ("AGAINST", "rejoin_or_deepen")

T = [
# rs01 Elcano analysis (signed think-tank paper, author not in excerpt)
("r001", *NO, EL, ""),
("r002", *NO, EL, ""),
("r003", *NO, EL, ""),
("r004", *DR, "unnamed: French elites", "elites' view of NATO as skewed to US interests; not the author's own claim"),
("r005", *DR, EM, "dialogue with Russia = rapprochement"),
("r006", *DR, EM, ""),
("r007", *NO, EL, ""),
("r008", *RD, EL, "think-tank paper argues France should make the most of its membership (more engaged); stay also possible"),
("r009", *NO, EL, ""),
# rs02 Ifri study
("r010", *NO, IF, ""),
("r011", *NO, IF, ""),
("r012", *NO, IF, "Macron's 'brain dead' only a passing mention inside background on the Strategic Concept"),
("r013", *NO, IF, ""),
("r014", *NO, IF, ""),
("r015", *NO, IF, ""),
("r016", *NO, IF, ""),
("r017", *NO, IF, ""),
("r018", *NO, IF, "adapting to NATO's posture; too weak for rejoin_or_deepen"),
# rs03 Le Pen
("r019", *DR, MLP, ""),
("r020", *DR, MLP, ""),
("r021", *NO, O, ""),
("r022", *DR, MLP, ""),
("r023", *LC, MLP, ""),
("r024", *NO, O, ""),
("r025", *DR, MLP, ""),
("r026", *DR, MLP, ""),
("r027", *NO, "unnamed: protesters", ""),
("r028", *NO, O, ""),
# rs04 VRT
("r029", *LC, DG, "announcement of 1966 withdrawal = decision"),
("r030", *NO, O, ""),
("r031", *NO, "NATO", "NATO's HQ decision; France's withdrawal only mentioned in passing"),
("r032", *NO, O, ""),
("r033", *NO, O, ""),
("r034", *NO, O, ""),
("r035", *NO, O, ""),
("r036", *NO, O, ""),
# rs05 NATO Review
("r037", *NO, O, ""),
("r038", *NO, O, ""),
("r039", *NO, O, ""),
("r040", *NO, "NATO", ""),
("r041", *NO, "NATO", ""),
("r042", *NO, O, ""),
("r043", *NO, O, ""),
("r044", *NO, O, ""),
("r045", *NO, O, ""),
("r046", *NO, O, ""),
# rs06 Brussels Times
("r047", *NO, "unnamed: NATO official", "welcoming French nuclear plans; not about France's place in NATO"),
("r048", *NO, "unnamed: NATO official", ""),
("r049", *NO, "unnamed: NATO official", ""),
("r050", *DR, EM, "European nuclear cooperation with French sovereignty kept = strategic autonomy"),
("r051", *NO, O, ""),
("r052", *NO, O, ""),
("r053", *NO, EM, ""),
("r054", *NO, EM, ""),
("r055", *NO, "unnamed: NATO official", ""),
("r056", *NO, O, "France's non-participation in the NPG mentioned as background"),
# rs07 TIPP
("r057", *DR, "French government", "doctrine reassures Europeans doubting the US umbrella = autonomy from Washington"),
("r058", *NO, O, ""),
("r059", *NO, O, ""),
("r060", *NO, O, "vague crowd ('many') = outlet's assessment"),
("r061", *NO, O, ""),
("r062", *NO, O, ""),
("r063", *NO, O, "outlet's prediction"),
# rs08 AFP 2009
("r064", *NO, O, ""),
("r065", *NO, O, ""),
("r066", *NO, O, ""),
("r067", *NO, O, ""),
("r068", *RD, NS, ""),
("r069", *LC, "unnamed: some critics", "critics oppose the 2009 return"),
("r070", *RD, "unnamed: supporters of the return", "more influence from within the chain of command"),
("r071", *NO, "Yves Boyer", ""),
("r072", *LC, "unnamed: Sarkozy's left-wing opposition", "attack on the return = opposing 2009 return"),
("r073", *DR, "Laurent Fabius", "quote continues to r074 attribution; ally not vassal, no exit call in sentence"),
("r074", *LC, "Laurent Fabius", "argument that the return will be harmful (elided subject = the return)"),
("r075", *LC, "Jean-Michel Boucheron; Ségolène Royal", "both condemn the return"),
# rs09 UWI
("r076", *LA, UW, "headline exclamation 'Leave NATO!'; holder unclear (author vs reported mood)"),
("r077", *NO, UW, ""),
("r078", *NO, UW, "1966 decision mentioned as background"),
("r079", *LC, DG, "de Gaulle's argument that leaving the military wing gained sovereignty"),
("r080", *DR, "unnamed: French presidential candidates from right to left", ""),
("r081", *NO, UW, "vague crowd ('people') = author's assessment"),
("r082", *NO, UW, ""),
("r083", *DR, EM, ""),
("r084", *NO, EM, "veering away from autonomy is not a stated stay position"),
("r085", *NO, UW, ""),
("r086", *DR, "Jean-Yves Le Drian", "main clause Le Drian: AUKUS crisis affecting NATO's future"),
# rs10 Illiberalism Studies
("r087", *LC, MLP, ""),
("r088", *NO, IL, ""),
("r089", *NO, IL, ""),
# rs11 Sarkozy interview 2007
("r090", *NO, INT, "interviewer question"),
("r091", *NO, NS, ""),
("r092", *NO, NS, ""),
("r093", *NO, NS, ""),
("r094", *NO, NS, ""),
("r095", *NO, NS, ""),
("r096", *NO, NS, ""),
("r097", *NO, INT, ""),
("r098", *NO, INT, ""),
("r099", *NO, NS, "rejects the incompatibility view, but no stay stated"),
("r100", *ST, NS, "Europeans need both NATO and Defence Europe = France needs NATO"),
("r101", *NO, NS, ""),
("r102", *NO, NS, ""),
("r103", *NO, NS, ""),
("r104", *DR, NS, "opposes NATO becoming global = reform of NATO"),
("r105", *DR, NS, ""),
# rs12 Just Security
("r106", *NO, O, ""),
("r107", *NO, O, ""),
("r108", *DR, EM, ""),
("r109", *DR, EM, ""),
("r110", *DR, EM, "European defence alongside NATO"),
("r111", *NO, EM, "AUKUS"),
("r112", *NO, O, ""),
("r113", *DR, "French government", "'French convictions' that Europe be militarily self-sufficient"),
("r114", *NO, O, ""),
# rs13 CEPA transcript
("r115", *NO, CQ, ""),
("r116", *NO, CQ, ""),
("r117", *NO, CQ, ""),
("r118", *NO, CG, "praise of alliance unity, nothing on France's place"),
("r119", *NO, CG, ""),
("r120", *NO, CG, ""),
("r121", *NO, CG, ""),
("r122", *NO, CQ, ""),
("r123", *NO, CQ, ""),
("r124", *NO, CQ, ""),
("r125", *NO, CQ, ""),
("r126", *NO, CQ, ""),
("r127", *NO, CG, ""),
# rs14 Axis of Right blog
("r128", *RD, NS, ""),
("r129", *RD, NS, ""),
("r130", *RD, NS, "two holders; 'but' clause: Sarkozy defends the return (critics would be FAVOR)"),
("r131", *RD, AX, "blogger backs the return, with conditions"),
("r132", *NO, AX, ""),
("r133", *LC, DG, "narrates de Gaulle withdrawing France from the command (clause with him as subject)"),
("r134", *NO, AX, ""),
("r135", *NO, "Jacques Chirac", "Iraq, not NATO"),
("r136", *NO, AX, ""),
("r137", *RD, AX, "France in NATO's upper echelon = deeper integration"),
("r138", *NO, AX, ""),
("r139", *RD, AX, "accept France's return on trial basis"),
("r140", *RD, AX, "accept the request (return) for now"),
("r141", *NO, AX, ""),
("r142", *NO, AX, ""),
# rs15 Chicago Tribune unsigned editorial
("r143", *NO, O, "headline; NATO can act without France, no stance on France's membership"),
("r144", *NO, O, ""),
("r145", *NO, O, ""),
("r146", *NO, "NATO", ""),
("r147", *NO, O, ""),
("r148", *NO, O, ""),
("r149", *NO, O, "country as subject of historical fact (1966) = narration"),
("r150", *NO, O, ""),
("r151", *NO, O, ""),
("r152", *NO, O, ""),
("r153", *NO, "Associated Press", ""),
# rs16 Revoltist, Mélenchon
("r154", *LA, JLM, ""),
("r155", *LA, JLM, ""),
("r156", *NO, O, "only says he spoke"),
("r157", *NO, O, ""),
("r158", *DR, JLM, ""),
("r159", *LA, JLM, ""),
("r160", *LA, JLM, ""),
("r161", *DR, JLM, ""),
("r162", *LA, JLM, ""),
("r163", *DR, JLM, ""),
("r164", *DR, JLM, ""),
("r165", *DR, JLM, ""),
("r166", *DR, JLM, ""),
("r167", *DR, JLM, ""),
("r168", *DR, JLM, ""),
# rs17 24 News Recorder, Lecornu
("r169", *NO, SL, "headline about the carrier; 'French command'"),
("r170", *NO, O, ""),
("r171", *NO, O, ""),
("r172", *NO, O, ""),
("r173", *NO, O, ""),
("r174", *DR, "Jean-Luc Mélenchon; National Rally (RN)", "'the opposition' resolved forwards (r175); outrage at carrier under NATO control"),
("r175", *NO, SL, "rebuttal that the command is French; no membership stance"),
("r176", *NO, SL, ""),
("r177", *NO, SL, ""),
("r178", *NO, SL, ""),
("r179", *NO, SL, "'France created NATO' rhetorical fact; stay not stated"),
("r180", *ST, SL, "France will remain strong within the Atlantic Alliance"),
("r181", *DR, EM, "powerful Europe = strategic autonomy"),
("r182", *DR, EM, ""),
# rs18 Impact European, Frexit
("r183", *DR, "Les Patriotes", "'against NATO' without explicit exit call"),
("r184", *DR, "Les Patriotes", "demonstration against NATO; exit stated only in r186"),
("r185", *NO, O, "Frexit = EU"),
("r186", *LA, "unnamed: demonstrators", ""),
("r187", *NO, "unnamed: demonstrators", ""),
("r188", *NO, O, ""),
("r189", *NO, FP, ""),
("r190", *NO, FP, ""),
("r191", *DR, FP, "raises the question of membership"),
("r192", *DR, FP, "criticism of NATO and EU as 'globalist structures'"),
("r193", *NO, O, ""),
# rs19 Free West Media
("r194", *NO, O, ""),
("r195", *NO, FP, ""),
("r196", *NO, O, ""),
("r197", *LA, FP, "election programme includes leaving NATO"),
("r198", *NO, O, ""),
("r199", *NO, FP, ""),
("r200", *NO, FP, ""),
("r201", *NO, O, ""),
("r202", *NO, FP, ""),
("r203", *NO, FP, ""),
("r204", *NO, FP, "'supranational structures' not explicitly NATO"),
("r205", *NO, FP, ""),
]

ALLOWED = {"FAVOR": {"leave_alliance", "leave_command"},
           "NONE": {"distance_or_reform", "none"},
           "AGAINST": {"stay", "rejoin_or_deepen"}}

# the ids, in order, of the sheet this one re-labels (the annotator worked from a copy without its labels)
with open(HERE.parents[1] / "stance_train5_en" / "labels.csv", newline="", encoding="utf-8") as f:
    blind = [r["item_id"] for r in csv.DictReader(f)]

ids = [t[0] for t in T]
errs = []
if len(ids) != len(set(ids)):
    errs.append("duplicate item_id in table")
if set(ids) != set(blind):
    errs.append(f"missing {sorted(set(blind)-set(ids))} extra {sorted(set(ids)-set(blind))}")
if len(blind) != len(set(blind)):
    errs.append("duplicate item_id in blind.csv")
for iid, lab, pos, spk, note in T:
    if lab not in ALLOWED:
        errs.append(f"{iid}: bad label {lab}")
    elif pos not in ALLOWED[lab]:
        errs.append(f"{iid}: position {pos} incompatible with {lab}")
    if not spk.strip():
        errs.append(f"{iid}: empty speaker")
if errs:
    sys.exit("\n".join(errs))

rows = {t[0]: t for t in T}
with open(HERE / "second.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "label", "position", "speaker", "note"])
    for iid in blind:
        w.writerow(rows[iid])

from collections import Counter
print(f"ok: {len(blind)} rows written to {HERE / 'second.csv'}")
print(Counter(t[1] for t in T))
print(Counter(t[2] for t in T))
