"""Second annotator's decisions for stance_train5_fr (hand-made table, no heuristics)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
F, A, N = "FAVOR", "AGAINST", "NONE"
LA, LC, DR, NO, ST, RD = "leave_alliance", "leave_command", "distance_or_reform", "none", "stay", "rejoin_or_deepen"
O = "[outlet]"
D01 = "unnamed: deputy, 16th legislature"
D02 = "unnamed: Socialist group deputy"
D03 = "unnamed: deputy opposing the 2009 return"
D04 = "unnamed: deputy supporting the 2009 return"
SEN = "unnamed: senator"
LP = "Marine Le Pen"
QP = "unnamed: author of Le Quotidien du Pharmacien article"
CF = "unnamed: author of CF2R tribune"
JT = "unnamed: author of Le Journal Toulousain tribune"
JLM = "Jean-Luc Mélenchon"
MZ = "Jean-Luc Mélenchon; Éric Zemmour"
ASS = "François Asselineau"
GC = "Gérard Charasse"
DG = "Charles de Gaulle"
BAY = "François Bayrou"
D17 = "unnamed: deputy, 13th legislature (after the 2009 return)"
D18 = "unnamed: deputy, 16th legislature (2024)"
D19 = "unnamed: deputy of the communist, republican and Parti de gauche group"
D20 = "unnamed: deputy (2008 debate on the planned return)"

ROWS = [
    # vs01
    ("v001", N, NO, D01, "minister's commitment to a report: no position"),
    ("v002", N, DR, D01, "asks for a vote on staying in the command: raises the question"),
    ("v003", N, DR, D01, ""),
    # vs02
    ("v004", A, ST, D02, "group attached to the alliance"),
    ("v005", N, DR, D02, "asks for an evaluation of France's place in the command: raises the question, weak"),
    ("v006", N, NO, D02, "rejects LFI's motives, whose content is not in the excerpt"),
    ("v007", N, NO, D02, ""),
    ("v008", N, DR, D02, "new evaluation of the reintegration 'sans a priori': raises the question, weak"),
    # vs03
    ("v009", N, NO, D03, "speaker not named (associates F.-X. Villain)"),
    ("v010", F, LC, D03, "opposes the 2009 return"),
    ("v011", F, LC, D03, "elliptical continuation: the return is incongruous"),
    # vs04
    ("v012", N, NO, D04, ""),
    ("v013", A, RD, D04, "backs the President's decision to return"),
    ("v014", N, NO, D04, ""),
    ("v015", N, NO, D04, ""),
    ("v016", N, NO, D04, "rhetorical question implying integration; no explicit stance"),
    ("v017", N, NO, D04, "rhetorical question, as v016"),
    ("v018", A, ST, D04, "NATO an 'indispensable tool': argues France needs NATO"),
    ("v019", A, RD, D04, "reintegration can only strengthen..."),
    ("v020", N, NO, D04, ""),
    ("v021", N, NO, D04, ""),
    ("v022", N, NO, D04, "European defence framed inside the treaty, not as autonomy from NATO"),
    # vs05
    ("v023", N, NO, SEN, ""),
    ("v024", N, DR, SEN, "votes against a NATO-related text; past acceptance of the return is contrasted away"),
    ("v025", N, DR, SEN, "position evolved away from accepting the reintegration; no exit call"),
    ("v026", N, DR, SEN, "NATO's raison d'etre gone"),
    ("v027", N, DR, SEN, ""),
    ("v028", N, DR, SEN, ""),
    ("v029", N, DR, SEN, ""),
    ("v030", N, DR, SEN, ""),
    ("v031", N, DR, SEN, ""),
    # vs06
    ("v032", N, DR, LP, ""),
    ("v033", N, DR, LP, ""),
    ("v034", N, DR, LP, "continuation about the rapprochement"),
    ("v035", N, DR, LP, "no 'suivisme' towards Washington"),
    ("v036", F, LC, LP, "leave the integrated command, keep article 5"),
    ("v037", N, DR, LP, ""),
    ("v038", N, NO, O, ""),
    ("v039", N, NO, O, ""),
    # vs07
    ("v040", N, DR, LP, ""),
    ("v041", N, NO, O, ""),
    ("v042", N, DR, LP, ""),
    ("v043", N, DR, LP, ""),
    ("v044", N, NO, O, ""),
    ("v045", N, DR, "Vladimir Putin", "opposes Ukraine's membership (rule 5: distance_or_reform)"),
    ("v046", N, NO, O, ""),
    ("v047", N, NO, O, ""),
    ("v048", N, NO, O, ""),
    ("v049", N, NO, LP, ""),
    ("v050", N, NO, O, "only says she defended herself"),
    ("v051", N, NO, LP, ""),
    ("v052", N, NO, LP, ""),
    # vs08
    ("v053", N, NO, O, ""),
    ("v054", N, NO, O, ""),
    ("v055", N, NO, O, ""),
    ("v056", N, NO, O, ""),
    ("v057", N, NO, O, ""),
    ("v058", N, NO, "French government", ""),
    ("v059", N, NO, O, ""),
    ("v060", N, NO, O, ""),
    ("v061", N, NO, "NATO", "de Gaulle's 1966 decision only mentioned in passing; main clause is NATO moving its HQ"),
    ("v062", N, NO, O, ""),
    ("v063", N, NO, O, ""),
    ("v064", N, NO, O, ""),
    ("v065", N, NO, O, ""),
    # vs09
    ("v066", N, NO, QP, "title dismisses the controversy; no explicit stance"),
    ("v067", A, RD, "Nicolas Sarkozy", "President's argument for the return, endorsed by the author"),
    ("v068", A, RD, "Nicolas Sarkozy", "continuation of the explanation: being outside was harmful"),
    ("v069", N, NO, QP, "historical claim about de Gaulle used as argument; no explicit stance"),
    ("v070", F, LC, DG, "de Gaulle's 1966 act narrated with his reasons (rule 3)"),
    ("v071", A, RD, QP, ""),
    ("v072", N, NO, QP, ""),
    ("v073", N, NO, QP, ""),
    ("v074", F, LC, "unnamed: government's detractors", "opponents of the return"),
    ("v075", A, RD, QP, "return framed as ending 'our marginalisation' in the Atlantic camp"),
    ("v076", A, RD, "Nicolas Sarkozy", "Sarkozy's justification of the return ('arrêtons l'hypocrisie')"),
    ("v077", N, NO, QP, "pro-Atlantic argument, no statement on France's membership"),
    ("v078", N, NO, QP, ""),
    ("v079", N, NO, QP, ""),
    # vs10
    ("v080", N, DR, CF, "title raises the question"),
    ("v081", N, NO, CF, ""),
    ("v082", N, NO, CF, ""),
    ("v083", N, NO, CF, ""),
    ("v084", N, NO, CF, ""),
    ("v085", N, NO, CF, ""),
    ("v086", N, NO, CF, ""),
    ("v087", F, LA, CF, "praises leaving NATO ('quitter l'OTAN') as showing we are not US valets; op-ed titled 'Se retirer de l'OTAN ?'"),
    ("v088", N, DR, CF, "pride in defence independence from the US"),
    ("v089", N, NO, CF, ""),
    ("v090", N, NO, CF, ""),
    ("v091", N, DR, CF, "successors as US lackeys: criticism of alignment"),
    # vs11
    ("v092", N, NO, JT, ""),
    ("v093", N, NO, JT, ""),
    ("v094", N, NO, JT, ""),
    ("v095", N, NO, JT, ""),
    ("v096", N, NO, JT, ""),
    ("v097", N, NO, JT, ""),
    ("v098", N, NO, JT, ""),
    ("v099", N, NO, JT, ""),
    ("v100", F, LC, "unnamed: opponents of the return (right and left)", "protest wave against entering the command; author's main clause only about Gaullism"),
    ("v101", F, LC, "unnamed: opponents of the return (right and left)", ""),
    ("v102", N, NO, JT, ""),
    ("v103", N, NO, JT, ""),
    # vs12
    ("v104", F, LA, MZ, ""),
    ("v105", F, LA, MZ, ""),
    ("v106", N, NO, O, ""),
    ("v107", N, NO, O, ""),
    ("v108", F, LA, MZ, ""),
    ("v109", N, NO, JLM, ""),
    ("v110", N, NO, O, ""),
    ("v111", N, NO, O, ""),
    ("v112", F, LA, MZ, "elliptical: they agree on the necessary exit"),
    ("v113", F, LA, JLM, ""),
    ("v114", N, DR, JLM, ""),
    ("v115", F, LA, "Éric Zemmour", "'Je dis ça depuis des années aussi' concurs with Mélenchon's exit position; dissolution clause alone would be distance_or_reform"),
    # vs13
    ("v116", N, DR, "Sébastien Lecornu", "NATO-Russia relations caution; minister of defence in 2024"),
    ("v117", N, DR, "Sébastien Lecornu", "autonomy, outside the Nuclear Planning Group"),
    # vs14
    ("v118", N, NO, ASS, "EU"),
    ("v119", F, LA, ASS, ""),
    ("v120", N, NO, O, ""),
    ("v121", N, NO, O, ""),
    ("v122", N, NO, ASS, ""),
    ("v123", N, NO, ASS, "Frexit"),
    ("v124", N, NO, ASS, "EU"),
    ("v125", N, NO, ASS, ""),
    ("v126", F, LA, ASS, "argument that being outside NATO (and EU) is fine, by the exit advocate (rule 7)"),
    ("v127", N, NO, ASS, ""),
    ("v128", N, NO, ASS, ""),
    ("v129", N, NO, ASS, ""),
    ("v130", F, LA, ASS, ""),
    # vs15
    ("v131", N, NO, GC, ""),
    ("v132", F, LC, GC, "dangers of France merging into NATO: opposes the return"),
    ("v133", F, LC, GC, "first danger of the return"),
    ("v134", N, NO, GC, ""),
    ("v135", N, DR, GC, "endorses the Gaullist independent strategy"),
    # vs16
    ("v136", F, LC, DG, "de Gaulle's 1966 act"),
    ("v137", F, LC, DG, "part of the 1966 withdrawal"),
    ("v138", F, LC, DG, ""),
    ("v139", F, LC, DG, ""),
    ("v140", A, RD, "Nicolas Sarkozy", "the President's will to reintegrate; blog's critical framing is mild"),
    ("v141", F, LC, "Nicolas Dupont-Aignan; Dominique de Villepin", "against the return"),
    ("v142", F, LC, BAY, ""),
    ("v143", F, LC, BAY, ""),
    ("v144", N, DR, BAY, "procedural: referendum; no exit call"),
    ("v145", F, LC, BAY, "independent as allies, not as integrated"),
    ("v146", F, LC, BAY, ""),
    ("v147", F, LC, BAY, ""),
    # vs17
    ("v148", N, DR, D17, ""),
    ("v149", N, DR, D17, "assessment of the return's results, not an explicit refusal"),
    ("v150", N, NO, D17, ""),
    ("v151", F, LC, DG, "1966 act, worded 'quitter l'OTAN': leave_command per definition"),
    ("v152", F, LC, DG, "de Gaulle's reason for leaving"),
    ("v153", N, DR, D17, ""),
    ("v154", N, DR, D17, ""),
    ("v155", F, LC, DG, "de Gaulle's reason for leaving"),
    ("v156", N, DR, D17, ""),
    ("v157", N, DR, D17, ""),
    ("v158", F, LC, D17, "'nous la refusons': refuses the policy of the return"),
    # vs18
    ("v159", N, NO, D18, ""),
    ("v160", F, LA, JLM, "opposed the return and advocated progressive exit"),
    ("v161", F, LC, BAY, ""),
    ("v162", F, LC, "Dominique de Villepin", ""),
    ("v163", N, DR, "Dominique de Villepin", ""),
    ("v164", N, NO, D18, ""),
    ("v165", N, DR, D18, "questions the benefits of the return"),
    ("v166", N, DR, D18, ""),
    ("v167", N, DR, "Emmanuel Macron", "President (2024) evokes European strategic autonomy"),
    ("v168", N, DR, D18, ""),
    ("v169", N, DR, D18, ""),
    # vs19
    ("v170", N, DR, D19, "'il' unresolved in excerpt"),
    ("v171", N, DR, D19, ""),
    ("v172", N, DR, D19, "criticism of NATO as a club"),
    ("v173", F, LC, D19, "harm of the return to France: opposition to the return"),
    ("v174", F, LC, D19, "harm of 'cette décision' (the return)"),
    ("v175", N, DR, D19, ""),
    ("v176", N, DR, D19, ""),
    ("v177", F, LC, "Communist, republican and Parti de gauche deputies", ""),
    ("v178", N, NO, "Communist, republican and Parti de gauche deputies", ""),
    ("v179", N, NO, D19, ""),
    ("v180", N, NO, D19, ""),
    # vs20
    ("v181", N, NO, D20, ""),
    ("v182", N, DR, D20, "calls for reflection on the Alliance"),
    ("v183", F, LC, D20, "dismayed at the commitment to reintegrate: opposes the return as planned"),
    ("v184", F, LC, D20, "the return as a deal where France gives everything"),
    ("v185", F, LC, D20 + "; Alain Juppé", "'marché de dupes' quoting Juppé"),
    ("v186", N, DR, D20, "European defence under tutelage; return not named"),
    ("v187", N, NO, D20, ""),
    ("v188", N, NO, "Hervé Morin", "implicit justification of the return; no explicit stance"),
    ("v189", N, DR, D20, ""),
    ("v190", N, DR, D20, "not tying France totally to the US: alignment, no explicit exit"),
    ("v191", N, DR, D20, "'cette carte majeure' = France's independent role"),
    ("v192", N, DR, D20, ""),
    ("v193", N, DR, D20, ""),
    ("v194", N, DR, D20, "own voice (Iraq)"),
    ("v195", N, NO, D20, ""),
]


if __name__ == "__main__":
    import second_sheet  # the checks and writer shared by the three second annotations

    second_sheet.write(HERE, ROWS)
