"""Second annotator's decisions for the seed IAA study (hand-made table, no heuristics)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
MEL = "Jean-Luc Mélenchon"
LAR = "Michel Larive"
GUE = "Clémence Guetté"
LEP = "Marine Le Pen"
MAC = "Emmanuel Macron"
O = "[outlet]"
F, A, N = "FAVOR", "AGAINST", "NONE"
LA, LC, DR, NO, ST, RD = ("leave_alliance", "leave_command", "distance_or_reform", "none",
                          "stay", "rejoin_or_deepen")

D0 = "000_79546bcfdc28b08e-s"
D1 = "001_b3409f7241595d9b-s"
D2 = "002_334033577cb38a27-s"
D3 = "003_24586078c6a9ba8c-s"
D4 = "004_19fe15ecac29960e-s"

TABLE = [
    # doc 000 (Al Mayadeen, Mélenchon)
    (D0 + "001", F, LA, MEL, "headline paraphrasing his exit call"),
    (D0 + "002", F, LA, MEL, "argument that leaving is beneficial"),
    (D0 + "003", F, LA, MEL, ""),
    (D0 + "004", N, NO, O, "only says he discussed views, no content"),
    (D0 + "005", N, NO, O, "only says he tweeted"),
    (D0 + "006", F, LA, MEL, "tweet line"),
    (D0 + "007", N, DR, MEL, "de-escalation with Russia, no exit call"),
    (D0 + "008", F, LA, MEL, "conditional argument for exit by its advocate"),
    (D0 + "009", N, NO, MEL, "tweet hashtag"),
    (D0 + "010", N, NO, MEL, "tweet signature"),
    (D0 + "011", F, LA, MEL, ""),
    (D0 + "012", F, LA, MEL, "contains 'If we leave NATO...' argument"),
    (D0 + "013", N, DR, MEL, "rapprochement with Russia"),
    (D0 + "014", N, DR, MEL, "criticism of NATO eastward enlargement"),
    (D0 + "015", N, DR, MEL, "ellipsis continuing enlargement criticism"),
    (D0 + "016", N, DR, MEL, "tweet: rapprochement with Russia"),
    (D0 + "017", N, DR, MEL, "tweet"),
    (D0 + "018", N, DR, MEL, "tweet: enlargement criticism"),
    (D0 + "019", N, DR, MEL, "tweet: continuation"),
    (D0 + "020", N, NO, MEL, "tweet signature"),
    (D0 + "021", N, DR, MEL, "opposes Ukraine membership (enlargement)"),
    (D0 + "022", N, DR, MEL, ""),
    (D0 + "023", N, NO, O, ""),
    (D0 + "024", N, NO, O, ""),
    (D0 + "025", N, NO, O, ""),
    (D0 + "026", N, NO, O, "section heading"),
    (D0 + "027", N, NO, "Sergei Ryabkov", "Russian position, nothing about France's place"),
    (D0 + "028", N, NO, "Sergei Ryabkov", ""),
    (D0 + "029", N, NO, "Sergei Ryabkov", ""),
    (D0 + "030", N, NO, "NATO", "NATO decision on Ukraine, not about France"),
    (D0 + "031", N, NO, "NATO", "NATO decision, not about France"),
    # doc 001 (Teller Report, Larive)
    (D1 + "001", F, LA, LAR, "verbatim written question in third person"),
    (D1 + "002", N, DR, LAR, ""),
    (D1 + "003", N, DR, LAR, "continues his reported argument"),
    (D1 + "004", N, DR, LAR, "'the politician' = Larive"),
    (D1 + "005", N, DR, LAR, ""),
    (D1 + "006", N, DR, LAR, ""),
    (D1 + "007", N, DR, LAR, "rejects NATO's anti-China/Russia orientation; not an explicit exit call"),
    (D1 + "008", N, DR, LAR, ""),
    (D1 + "009", N, DR, LAR, "European defence vs US-led NATO integration"),
    (D1 + "010", N, DR, LAR, "European strategic autonomy"),
    (D1 + "011", N, NO, "United States, United Kingdom and Australia", "AUKUS announcement"),
    (D1 + "012", N, NO, O, ""),
    (D1 + "013", N, NO, O, ""),
    (D1 + "014", N, NO, "unnamed: French officials", "garbled; AUKUS criticism, not NATO"),
    (D1 + "015", N, NO, "Jean-Yves Le Drian", "about AUKUS"),
    (D1 + "016", N, DR, MAC, "'lost its relevance'"),
    (D1 + "017", N, DR, MAC, "European autonomy, not delegating to NATO"),
    # doc 002 (Star Connect Media, Guetté)
    (D2 + "001", F, LA, GUE, "'high-ranking French official' resolved forwards"),
    (D2 + "002", F, LA, GUE, "resolution demands command and treaty exit"),
    (D2 + "003", N, NO, O, "outlet's assessment of the move"),
    (D2 + "004", N, DR, GUE, "rationale of resolution; criticism of US leadership, exit not stated in sentence"),
    (D2 + "005", N, DR, GUE, "autonomy argument, no explicit exit"),
    (D2 + "006", N, DR, "unnamed: source close to LFI leadership", ""),
    (D2 + "007", N, DR, "unnamed: source close to LFI leadership", "quote continuation"),
    (D2 + "008", N, DR, "unnamed: source close to LFI leadership", "quote continuation"),
    (D2 + "009", N, NO, GUE, "frame without content"),
    (D2 + "010", F, LC, GUE, "list item of resolution"),
    (D2 + "011", F, LA, GUE, "list item of resolution"),
    (D2 + "012", N, DR, GUE, "list item: non-alignment"),
    (D2 + "013", N, NO, O, ""),
    (D2 + "014", N, NO, O, "passing background mention of 1966"),
    (D2 + "015", A, ST, "Centrist and right-wing MPs", ""),
    (D2 + "016", A, ST, "unnamed: government deputy", "condemnation, not deferral"),
    (D2 + "017", N, NO, O, ""),
    (D2 + "018", F, LC, "Charles de Gaulle", "act; command only"),
    (D2 + "019", A, RD, "Nicolas Sarkozy", "act: 2009 return"),
    (D2 + "020", N, DR, MAC, "'brain dead'"),
    (D2 + "021", N, DR, "La France Insoumise", "break from US-led order, no exit call"),
    (D2 + "022", N, NO, O, "outlet's analysis of LFI strategy"),
    # doc 003 (Newslanes, Le Pen)
    (D3 + "001", N, DR, LEP, "headline: NATO-Russia rapprochement"),
    (D3 + "002", F, LC, LEP, ""),
    (D3 + "003", N, DR, LEP, ""),
    (D3 + "004", N, DR, LEP, ""),
    (D3 + "005", F, LC, LEP, "implicit command exit"),
    (D3 + "006", N, NO, O, "main clause narration; Macron's accusation not about NATO"),
    (D3 + "007", N, NO, LEP, ""),
    (D3 + "008", N, NO, O, ""),
    (D3 + "009", N, NO, O, ""),
    (D3 + "010", N, NO, LEP, "not about NATO"),
    (D3 + "011", N, NO, O, "Macron-Putin diplomacy, not NATO"),
    (D3 + "012", N, NO, MAC, ""),
    (D3 + "013", N, NO, MAC, "Frexit = EU"),
    (D3 + "014", N, NO, LEP, "EU, not NATO"),
    # doc 004 (no outlet named, Guetté/Amard)
    (D4 + "001", N, DR, "La France Insoumise", "'reignited debate over France's place in NATO' without stating exit"),
    (D4 + "002", F, LA, GUE, "planned exit beginning with command"),
    (D4 + "003", N, NO, GUE, "US criticism not tied to alliance"),
    (D4 + "004", N, NO, GUE, "US criticism not tied to alliance"),
    (D4 + "005", N, DR, GUE, "raises the question without answering"),
    (D4 + "006", F, LA, "Gabriel Amard", "staged exit ending in full withdrawal"),
    (D4 + "007", N, DR, "Gabriel Amard", "non-alignment"),
    (D4 + "008", N, NO, O, ""),
    (D4 + "009", N, NO, O, "bare fact"),
    (D4 + "010", F, LC, "Charles de Gaulle", "act; command only"),
    (D4 + "011", N, NO, O, "historical consequence narrated"),
    (D4 + "012", A, RD, "Nicolas Sarkozy", "act: 2009 return"),
    (D4 + "013", N, NO, O, "outlet prediction"),
    (D4 + "014", N, NO, O, ""),
    (D4 + "015", N, NO, O, "vague crowd attribution = outlet"),
    (D4 + "016", N, NO, O, "assessment of the move"),
    (D4 + "017", N, DR, GUE, "sovereignty/strategic autonomy framing"),
    (D4 + "018", N, NO, O, "Greece"),
    (D4 + "019", N, NO, "Greece", "other country's exit"),
    (D4 + "020", N, NO, O, "other country"),
]


if __name__ == "__main__":
    import second_sheet  # the checks and writer shared by the three second annotations

    second_sheet.write(HERE, TABLE)
