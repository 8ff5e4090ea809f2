#!/usr/bin/env python3
"""Regenerate data/annotations/stance/labels.csv (sentence-level stance gold).

Target: "France should leave NATO, or its integrated military command".
The decisions below were made by hand, sentence by sentence, after reading each article whole,
following GUIDELINES.md in this folder. This script contains no heuristics: it reads
doc_id/sent_id/text from data/processed/01-sentences.parquet, joins them with the DECISIONS table
(keyed by sent_id) and checks that
  - every sentence has exactly one decision and no decision is left over,
  - label, position and speaker_kind are from the allowed sets,
  - label and position agree (leave_* => FAVOR; stay/rejoin_or_deepen => AGAINST;
    distance_or_reform/none => NONE),
  - speaker is non-empty.

Usage (needs pandas + a parquet engine, e.g. the project's venv, used read-only):
    /work/main/.venv/bin/python data/annotations/stance/make_labels.py [--update-guidelines]
"""
import csv
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SENTENCES = ROOT / "data" / "processed" / "01-sentences.parquet"
OUT = HERE / "labels.csv"
GUIDE = HERE / "GUIDELINES.md"

LABEL_OF_POSITION = {
    "leave_alliance": "FAVOR",
    "leave_command": "FAVOR",
    "distance_or_reform": "NONE",
    "none": "NONE",
    "stay": "AGAINST",
    "rejoin_or_deepen": "AGAINST",
}
LABELS = {"FAVOR", "AGAINST", "NONE"}
KINDS = {"direct", "reported", "decision", "narration"}

F, A, N = "FAVOR", "AGAINST", "NONE"
LA, LC, DR, ST, RD, NO = "leave_alliance", "leave_command", "distance_or_reform", "stay", "rejoin_or_deepen", "none"
DIR, REP, DEC, NAR = "direct", "reported", "decision", "narration"
OUTLET = "[outlet]"

JLM = "Jean-Luc Mélenchon"
LAR = "Michel Larive"
MLP = "Marine Le Pen"
CG = "Clémence Guetté"
GA = "Gabriel Amard"
EM = "Emmanuel Macron"
CDG = "Charles de Gaulle"
NS = "Nicolas Sarkozy"
JYLD = "Jean-Yves Le Drian"
SR = "Sergei Ryabkov"
LFI = "La France Insoumise"

# -----------------------------------------------------------------------------------------------
# DECISIONS: sent_id -> (label, position, speaker, speaker_kind, note)
# note is empty unless the call was hard; it says why.
# -----------------------------------------------------------------------------------------------
D0 = "000_79546bcfdc28b08e-"   # Al Mayadeen English, Mélenchon, 2022-01-04
D1 = "001_b3409f7241595d9b-"   # Teller Report, Michel Larive, 2022-01-25
D2 = "002_334033577cb38a27-"   # Star Connect Media, Guetté resolution, 2026-01
D3 = "003_24586078c6a9ba8c-"   # Newslanes Media, Le Pen, 2022-04-14
D4 = "004_19fe15ecac29960e-"   # unknown outlet, Guetté / Amard, 2026-01

DECISIONS = {
    # --- 000 Al Mayadeen: Mélenchon ------------------------------------------------------------
    D0 + "s001": (F, LA, JLM, REP, "headline 'France must exit NATO: ... Mélenchon' paraphrases his tweet ('Je suis pour sortir de l'OTAN'), so reported, not direct"),
    D0 + "s002": (F, LA, JLM, REP, ""),
    D0 + "s003": (F, LA, JLM, REP, ""),
    D0 + "s004": (N, NO, OUTLET, NAR, ""),
    D0 + "s005": (N, NO, OUTLET, NAR, ""),
    D0 + "s006": (F, LA, JLM, DIR, ""),
    D0 + "s007": (N, DR, JLM, DIR, "'Il faut une désescalade' has no exit call; the de-escalation is of the US/NATO-Russia cold war (context), so distance_or_reform rather than none"),
    D0 + "s008": (F, LA, JLM, DIR, "conditional argument for the benefit of leaving NATO, by its advocate: FAVOR"),
    D0 + "s009": (N, NO, JLM, DIR, ""),
    D0 + "s010": (N, NO, JLM, DIR, ""),
    D0 + "s011": (F, LA, JLM, DIR, ""),
    D0 + "s012": (F, LA, JLM, DIR, ""),
    D0 + "s013": (N, DR, JLM, DIR, "'Russia is a partner' does not mention NATO but, inside his NATO-exit tweet, is a rapprochement-with-Russia position: distance_or_reform, not FAVOR"),
    D0 + "s014": (N, DR, JLM, DIR, ""),
    D0 + "s015": (N, DR, JLM, DIR, "elliptical continuation of his criticism of NATO's eastward expansion (missile batteries in Poland): distance_or_reform"),
    D0 + "s016": (N, DR, JLM, DIR, "same call as s013 (French tweet): rapprochement with Russia, not an exit call"),
    D0 + "s017": (N, DR, JLM, DIR, ""),
    D0 + "s018": (N, DR, JLM, DIR, ""),
    D0 + "s019": (N, DR, JLM, DIR, "same call as s015 (French tweet): continuation of his criticism of NATO enlargement"),
    D0 + "s020": (N, NO, JLM, DIR, ""),
    D0 + "s021": (N, DR, JLM, REP, ""),
    D0 + "s022": (N, DR, JLM, REP, ""),
    D0 + "s023": (N, NO, OUTLET, NAR, ""),
    D0 + "s024": (N, NO, OUTLET, NAR, ""),
    D0 + "s025": (N, NO, OUTLET, NAR, ""),
    D0 + "s026": (N, NO, OUTLET, NAR, ""),
    D0 + "s027": (N, NO, SR, REP, ""),
    D0 + "s028": (N, NO, SR, REP, ""),
    D0 + "s029": (N, NO, SR, REP, ""),
    D0 + "s030": (N, NO, "NATO", DEC, ""),
    D0 + "s031": (N, NO, "NATO", DEC, ""),
    # --- 001 Teller Report: Michel Larive --------------------------------------------------------
    D1 + "s001": (F, LA, LAR, DIR, "verbatim text of his written question, in the third person; 'the parliamentarian' = Michel Larive (seed spells 'Lariv')"),
    D1 + "s002": (N, DR, LAR, REP, "'NATO should have disappeared after the Cold War' is criticism of NATO's existence, not a call for France to leave: NONE (strict no-exit-call rule)"),
    D1 + "s003": (N, DR, LAR, REP, "'Instead, the bloc has continued to expand' continues his reported argument (according to him ... instead ...): speaker Larive, criticism of enlargement"),
    D1 + "s004": (N, DR, LAR, REP, ""),
    D1 + "s005": (N, DR, LAR, REP, ""),
    D1 + "s006": (N, DR, LAR, REP, ""),
    D1 + "s007": (N, DR, LAR, DIR, "'France is not at all interested in joining a militant bloc directed against China and Russia' rejects NATO's China/Russia orientation but does not say France should leave"),
    D1 + "s008": (N, DR, LAR, DIR, ""),
    D1 + "s009": (N, DR, LAR, REP, ""),
    D1 + "s010": (N, DR, LAR, REP, ""),
    D1 + "s011": (N, NO, "United States, United Kingdom and Australia", DEC, ""),
    D1 + "s012": (N, NO, OUTLET, NAR, ""),
    D1 + "s013": (N, NO, OUTLET, NAR, ""),
    D1 + "s014": (N, NO, "unnamed: French officials", REP, "garbled sentence without a subject ('In France, criticized the actions of partners'); criticism of the AUKUS partners over the submarine contract, not of NATO: none"),
    D1 + "s015": (N, NO, JYLD, REP, "Le Drian's 'stab in the back' / 'allies do not behave like that' is about AUKUS, not about France's place in NATO: none"),
    D1 + "s016": (N, DR, EM, REP, ""),
    D1 + "s017": (N, DR, EM, REP, ""),
    # --- 002 Star Connect Media: Guetté's resolution ---------------------------------------------
    D2 + "s001": (F, LA, CG, REP, "'A high-ranking French official' resolved forwards to Clémence Guetté, named in the next sentence"),
    D2 + "s002": (F, LA, CG, DEC, "submitting a resolution is an act (decision); it demands exit from both command and treaty: leave_alliance"),
    D2 + "s003": (N, NO, OUTLET, NAR, "refers to Guetté's move but only states the outlet's assessment of its significance; nobody's position is stated"),
    D2 + "s004": (N, DR, CG, REP, "describes the rationale of the exit resolution (response to Trump's 'unpredictability and aggression'), not the exit call itself"),
    D2 + "s005": (N, DR, CG, REP, "'France can no longer tether its security to Washington' is an autonomy argument that stops short of saying France should leave NATO"),
    D2 + "s006": (N, DR, "unnamed: source close to LFI leadership", DIR, ""),
    D2 + "s007": (N, DR, "unnamed: source close to LFI leadership", DIR, "unattributed quotation continuing the previous one: same unnamed source"),
    D2 + "s008": (N, DR, "unnamed: source close to LFI leadership", DIR, ""),
    D2 + "s009": (N, NO, CG, REP, "frame 'The resolution calls for:' carries no content by itself; its list items carry the stance"),
    D2 + "s010": (F, LC, CG, REP, "list item completing 'The resolution calls for:'; speaker is the resolution's author"),
    D2 + "s011": (F, LA, CG, REP, ""),
    D2 + "s012": (N, DR, CG, REP, ""),
    D2 + "s013": (N, NO, OUTLET, NAR, ""),
    D2 + "s014": (N, NO, OUTLET, NAR, "outlet's background: de Gaulle's 1966 withdrawal and the left's skepticism are mentioned in passing, nobody takes a position in the sentence"),
    D2 + "s015": (A, ST, "Centrist and right-wing MPs", REP, ""),
    D2 + "s016": (A, ST, "unnamed: government deputy", DIR, "'To leave NATO now ... is suicide' is a condemnation of exit, not a deferral that keeps an exit aim: AGAINST"),
    D2 + "s017": (N, NO, OUTLET, NAR, ""),
    D2 + "s018": (F, LC, CDG, DEC, ""),
    D2 + "s019": (A, RD, NS, DEC, ""),
    D2 + "s020": (N, DR, EM, REP, ""),
    D2 + "s021": (N, DR, LFI, REP, "'a break from the U.S.-led world order' is not an explicit call to leave NATO"),
    D2 + "s022": (N, NO, OUTLET, NAR, "outlet's analysis of LFI's strategy; 'the withdrawal' is mentioned but nobody's position is stated"),
    # --- 003 Newslanes Media: Le Pen -------------------------------------------------------------
    D3 + "s001": (N, DR, MLP, REP, ""),
    D3 + "s002": (F, LC, MLP, REP, ""),
    D3 + "s003": (N, DR, MLP, REP, ""),
    D3 + "s004": (N, DR, MLP, DIR, ""),
    D3 + "s005": (F, LC, MLP, DIR, "implicit exit: not placing troops under an integrated NATO command = leaving the command"),
    D3 + "s006": (N, NO, OUTLET, NAR, ""),
    D3 + "s007": (N, NO, MLP, REP, ""),
    D3 + "s008": (N, NO, OUTLET, NAR, ""),
    D3 + "s009": (N, NO, OUTLET, NAR, ""),
    D3 + "s010": (N, NO, MLP, REP, ""),
    D3 + "s011": (N, NO, OUTLET, NAR, ""),
    D3 + "s012": (N, NO, EM, REP, ""),
    D3 + "s013": (N, NO, EM, REP, ""),
    D3 + "s014": (N, NO, MLP, REP, "'leaving the EU' / 'reform the bloc from within' concern the EU, not NATO: none"),
    # --- 004 unknown outlet: Guetté / Amard ------------------------------------------------------
    D4 + "s001": (N, DR, LFI, REP, "'reignited debate over France's place in NATO' does not state the exit aim in this sentence"),
    D4 + "s002": (F, LA, CG, REP, "'planned exit' from NATO beginning with the command: staged exit whose end point is the alliance"),
    D4 + "s003": (N, NO, CG, REP, "criticism of the US (Venezuela, Palestine, Greenland) not tied to the alliance in the sentence: none"),
    D4 + "s004": (N, NO, CG, REP, ""),
    D4 + "s005": (N, DR, CG, DIR, "'the question of France's participation ... arises' raises the question without answering it: NONE despite the exit context"),
    D4 + "s006": (F, LA, GA, REP, "two holders (Guetté echoed by Amard); speaker is Amard, whose argument is reported; staged exit ending in full withdrawal"),
    D4 + "s007": (N, DR, GA, REP, ""),
    D4 + "s008": (N, NO, OUTLET, NAR, ""),
    D4 + "s009": (N, NO, OUTLET, NAR, "bare historical fact about France (1949 signature), no actor taking a position"),
    D4 + "s010": (F, LC, CDG, DEC, ""),
    D4 + "s011": (N, NO, "NATO", DEC, ""),
    D4 + "s012": (A, RD, NS, DEC, ""),
    D4 + "s013": (N, NO, OUTLET, NAR, "outlet's prediction ('unlikely to cause a quick change'), not a deferral by an actor"),
    D4 + "s014": (N, NO, OUTLET, NAR, ""),
    D4 + "s015": (N, NO, OUTLET, NAR, ""),
    D4 + "s016": (N, NO, OUTLET, NAR, ""),
    D4 + "s017": (N, DR, CG, REP, "how she frames her intervention (sovereignty, alignment, strategic autonomy): her distance position, no exit call"),
    D4 + "s018": (N, NO, OUTLET, NAR, ""),
    D4 + "s019": (N, NO, "Greece", DEC, ""),
    D4 + "s020": (N, NO, OUTLET, NAR, ""),
}

COLUMNS = ["doc_id", "sent_id", "text", "label", "position", "speaker", "speaker_kind", "note"]


def build():
    s = pd.read_parquet(SENTENCES, columns=["doc_id", "sent_id", "text"])
    errors = []
    ids = list(s["sent_id"])
    if len(ids) != len(set(ids)):
        errors.append("duplicate sent_id in parquet")
    missing = [i for i in ids if i not in DECISIONS]
    extra = [i for i in DECISIONS if i not in set(ids)]
    if missing:
        errors.append(f"sentences without a decision: {missing}")
    if extra:
        errors.append(f"decisions for unknown sentences: {extra}")
    rows = []
    for doc_id, sent_id, text in s.itertuples(index=False):
        if sent_id not in DECISIONS:
            continue
        dec = DECISIONS[sent_id]
        if len(dec) != 5:
            errors.append(f"{sent_id}: decision must have 5 fields")
            continue
        label, position, speaker, kind, note = dec
        if label not in LABELS:
            errors.append(f"{sent_id}: bad label {label!r}")
        if position not in LABEL_OF_POSITION:
            errors.append(f"{sent_id}: bad position {position!r}")
        elif LABEL_OF_POSITION[position] != label:
            errors.append(f"{sent_id}: position {position} requires {LABEL_OF_POSITION[position]}, got {label}")
        if kind not in KINDS:
            errors.append(f"{sent_id}: bad speaker_kind {kind!r}")
        if not speaker.strip():
            errors.append(f"{sent_id}: empty speaker")
        if speaker == OUTLET and kind != NAR:
            errors.append(f"{sent_id}: [outlet] speaker must be narration")
        if kind == NAR and speaker != OUTLET:
            errors.append(f"{sent_id}: narration must have speaker [outlet]")
        rows.append(dict(doc_id=doc_id, sent_id=sent_id, text=text, label=label, position=position,
                         speaker=speaker, speaker_kind=kind, note=note))
    if errors:
        sys.exit("ERRORS:\n  " + "\n  ".join(errors))
    return pd.DataFrame(rows, columns=COLUMNS)


def counts_markdown(df):
    out = []
    out.append(f"{len(df)} sentences in {df['doc_id'].nunique()} articles.\n")
    out.append("**Labels**\n")
    out.append("| label | n |\n|---|---|")
    for k in ["FAVOR", "AGAINST", "NONE"]:
        out.append(f"| {k} | {int((df['label'] == k).sum())} |")
    out.append("\n**Positions**\n")
    out.append("| position | label | n |\n|---|---|---|")
    for k, lab in LABEL_OF_POSITION.items():
        out.append(f"| {k} | {lab} | {int((df['position'] == k).sum())} |")
    stance = df[df["label"] != "NONE"]
    out.append(f"\n**Speakers over FAVOR/AGAINST sentences** ({len(stance)} sentences)\n")
    out.append("| speaker | FAVOR | AGAINST | total |\n|---|---|---|---|")
    ct = Counter(stance["speaker"])
    for sp, n in sorted(ct.items(), key=lambda kv: (-kv[1], kv[0])):
        nf = int(((stance["speaker"] == sp) & (stance["label"] == "FAVOR")).sum())
        na = int(((stance["speaker"] == sp) & (stance["label"] == "AGAINST")).sum())
        out.append(f"| {sp} | {nf} | {na} | {n} |")
    out.append("\n**Speaker kind over FAVOR/AGAINST sentences**\n")
    out.append("| speaker_kind | n |\n|---|---|")
    for k, n in sorted(Counter(stance["speaker_kind"]).items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {k} | {n} |")
    hard = df[df["note"] != ""]
    out.append(f"\n**Hard calls** ({len(hard)} sentences with a note)\n")
    for r in hard.itertuples(index=False):
        out.append(f"- `{r.sent_id}` {r.label}/{r.position}, {r.speaker}: {r.note}")
    return "\n".join(out) + "\n"


def main():
    df = build()
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        for r in df.to_dict("records"):
            w.writerow(r)
    # round-trip check
    back = pd.read_csv(OUT, encoding="utf-8", keep_default_na=False, dtype=str)
    s = pd.read_parquet(SENTENCES, columns=["sent_id", "text"])
    assert list(back["sent_id"]) == list(s["sent_id"]), "order differs from parquet"
    assert list(back["text"]) == list(s["text"]), "text differs from parquet"
    md = counts_markdown(df)
    if "--update-guidelines" in sys.argv[1:]:
        g = GUIDE.read_text(encoding="utf-8")
        head, sep, _ = g.partition("\n## Counts\n")
        if not sep:
            sys.exit("GUIDELINES.md has no '## Counts' section")
        GUIDE.write_text(head + sep + "\n(generated by `make_labels.py --update-guidelines`)\n\n" + md,
                         encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(df)} rows")
    print(md)


if __name__ == "__main__":
    main()
