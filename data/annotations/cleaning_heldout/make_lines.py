#!/usr/bin/env python3
"""Regenerate data/annotations/cleaning_heldout/lines.csv (held-out line-level gold: content vs boilerplate).

Held-out evaluation set: eight news/opinion pages from outlets that are NOT among the seed pages
(4 English, 4 French), flattened to text with inscriptis (see render.py and README.md), stored in
pages/*.txt. The labels below were decided by hand, line by line, reading each line in context and
following ../cleaning/GUIDELINE.md (same label set, same categories, same conventions as
../cleaning/lines.csv). This script only computes offsets/text and joins them with the hand-made
DECISIONS table; it contains no heuristics. It checks that every non-blank line of every
pages/*.txt file gets exactly one decision and that text_of_file[start:end] == text for every row.

Usage (from the repository root or anywhere):
    python3 data/annotations/cleaning_heldout/make_lines.py
"""
import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
RAW = HERE / "pages"
OUT = HERE / "lines.csv"

CONTENT = {"title", "lead", "body", "subheading", "list_item", "tweet", "tweet_signature", "quote"}
BOILERPLATE = {
    "site_name", "language_switcher", "menu", "ticker", "ticker_header", "byline", "source_line",
    "dateline", "share_count", "read_time", "caption", "tags", "related", "most_read", "read_next",
    "teaser", "coverage", "source_link", "site_description", "copyright", "footer", "comment_form",
    "app_link", "other",
}
C, B = "content", "boilerplate"

FOOTNOTE = "footnote of the article (referenced in the text): printed with the article -> content"

# ---------------------------------------------------------------------------------------------
# DECISIONS: doc_id -> list of (first_line, last_line, label, category, note)
# Ranges are inclusive, 1-based line numbers (str.splitlines()); blank lines inside a range are
# skipped (they get no row). Every non-blank line must be covered exactly once.
# ---------------------------------------------------------------------------------------------
DECISIONS = {
    # National Geographic UK, 2020-01-06, "Ravenous wild goats ruled this island ..."
    "h01_natgeo_en": [
        (1, 1, B, "menu", "'Skip to main content' accessibility link"),
        (2, 8, B, "menu", ""),
        (9, 9, B, "menu", "section kicker 'Environment' above the headline (generic section label)"),
        (11, 11, C, "title", ""),
        (13, 13, C, "lead", "standfirst; the publication date is glued to its end (mixed line, main part is the standfirst)"),
        (15, 15, B, "byline", ""),
        (16, 16, B, "share_count", "social share buttons"),
        (17, 18, B, "caption", "hero photo caption + credit"),
        (20, 22, C, "body", ""),
        (24, 25, B, "caption", "photo caption + credit inside the body"),
        (27, 31, C, "body", ""),
        (33, 33, C, "subheading", "<h2> inside the article text"),
        (35, 39, C, "body", ""),
        (41, 42, B, "caption", "photo caption + credit inside the body"),
        (44, 52, C, "body", ""),
        (54, 55, B, "caption", "photo caption + credit inside the body"),
        (57, 57, C, "subheading", "<h2> inside the article text"),
        (59, 63, C, "body", ""),
        (65, 65, B, "tags", "topic link under the article"),
        (66, 66, B, "related", "'Read More' block header (block left empty in the page)"),
        (67, 67, B, "other", "'Find More Information' newsletter box title"),
        (69, 71, B, "footer", "follow-us social links"),
        (73, 73, B, "footer", "footer links run together on one line"),
        (75, 86, B, "related", "'You might also like' block: section labels + other stories' headlines"),
    ],
    # Salon (Grist partner piece), 2020-01-10, "Despite everything, U.S. emissions dipped in 2019"
    "h02_salon_en": [
        (1, 16, B, "menu", "main navigation, printed twice"),
        (18, 25, B, "read_next", "'Up Next' block: other stories' headlines + their authors"),
        (26, 26, B, "caption", "hero photo caption + credit, rendered above the headline"),
        (28, 28, C, "title", ""),
        (30, 30, C, "lead", "dek (<h2> under the headline); it repeats a body sentence but is the article's standfirst"),
        (33, 33, B, "share_count", "'--' = total share count placeholder"),
        (35, 35, B, "share_count", ""),
        (37, 37, B, "byline", ""),
        (39, 39, B, "dateline", ""),
        (41, 41, B, "source_link", "'This post originally appeared on Grist.' = syndication note, like 'Originally published at'"),
        (43, 45, C, "body", ""),
        (47, 47, B, "other", "ad label"),
        (49, 51, C, "body", ""),
        (54, 54, B, "caption", "chart credit"),
        (56, 56, B, "other", "ad label"),
        (58, 60, C, "body", ""),
        (63, 63, B, "caption", "chart credit"),
        (65, 65, B, "other", "ad label"),
        (67, 69, C, "body", ""),
        (71, 71, B, "other", "ad label"),
        (74, 74, B, "byline", "author box under the article"),
        (76, 76, B, "byline", "author box link 'MORE FROM <author>'"),
        (78, 80, B, "tags", "'Related Topics' tag list"),
        (82, 82, B, "related", "'Related Articles' header (block empty)"),
        (84, 84, B, "comment_form", ""),
        (86, 89, B, "other", "newsletter prompt"),
        (91, 91, B, "other", "decorative bullets in the newsletter box"),
        (93, 93, B, "most_read", "'Trending Articles' header (block empty)"),
        (95, 103, B, "footer", ""),
        (105, 105, B, "copyright", ""),
        (107, 115, B, "other", "ad-free access / paywall modal"),
        (116, 120, B, "share_count", "e-mail-this-article form (share by e-mail)"),
        (122, 141, B, "other", "sign-in modal"),
    ],
    # Deutsche Welle, 2020-01-19, "Berlin confronts Germany's colonial past with new initiative"
    "h03_dw_en": [
        (1, 3, B, "other", "cookie banner"),
        (4, 8, B, "menu", "skip links"),
        (9, 41, B, "language_switcher", "'Choose from 30 Languages' list"),
        (42, 44, B, "menu", ""),
        (45, 45, B, "site_name", ""),
        (46, 175, B, "menu", "main navigation with all sub-menus (sections, TV programs, German courses)"),
        (176, 176, B, "menu", "breadcrumb"),
        (177, 177, B, "other", "ad label"),
        (179, 179, B, "menu", "section kicker 'Germany' above the headline"),
        (181, 181, C, "title", ""),
        (183, 183, C, "lead", "standfirst (intro paragraph set apart under the headline)"),
        (185, 189, C, "body", ""),
        (191, 191, B, "caption", "photo caption"),
        (193, 195, C, "body", ""),
        (197, 197, B, "teaser", "'Read more: ...' inline teaser"),
        (199, 199, C, "subheading", ""),
        (201, 203, C, "body", ""),
        (205, 271, B, "related", "embedded picture gallery 'Racist, ruthless, cruel: Germany's colonial history' = a separate DW item "
                                 "(2016 exhibition gallery, its own author Julia Hitz); slide titles and slide captions take the block category"),
        (274, 276, C, "body", ""),
        (278, 278, B, "caption", "photo caption"),
        (280, 282, C, "body", ""),
        (284, 284, B, "teaser", "'Read more: ...' inline teaser"),
        (286, 286, C, "subheading", ""),
        (288, 296, C, "body", ""),
        (298, 300, B, "related", "embedded video of another DW report ('Watch video 02:17' + its title)"),
        (302, 302, B, "other", "newsletter prompt"),
        (304, 324, B, "related", "'DW recommends' block: other stories' headlines + summaries + dates"),
        (326, 328, B, "related", "'Audios and videos on the topic' block"),
        (330, 330, B, "dateline", ""),
        (331, 331, B, "byline", ""),
        (332, 333, B, "tags", "related subjects / keywords"),
        (334, 335, B, "other", "feedback / print links"),
        (336, 336, B, "other", "permalink"),
        (338, 350, B, "related", "'Related content' block"),
        (352, 352, B, "dateline", "meta box printed a second time"),
        (353, 353, B, "byline", "meta box printed a second time"),
        (354, 355, B, "tags", "meta box printed a second time"),
        (356, 358, B, "other", "feedback / print / permalink, second copy"),
        (359, 359, B, "other", "ad label"),
        (361, 369, B, "related", "sidebar list of other 'Germany' stories"),
        (371, 373, B, "footer", "DW social accounts"),
        (375, 420, B, "footer", "footer navigation"),
        (422, 422, B, "copyright", "copyright + footer links on one line; main part copyright"),
    ],
    # Phys.org, 2019-10-22, "Flint flake tool partially covered by birch tar ..."
    "h04_physorg_en": [
        (1, 5, B, "menu", ""),
        (7, 18, B, "other", "sign-in box"),
        (20, 28, B, "menu", "section menu (last bullet is an empty icon link)"),
        (30, 38, B, "share_count", "'share this!' + share counts + share buttons"),
        (40, 42, B, "menu", "breadcrumb"),
        (43, 45, B, "other", "empty icon bullets"),
        (47, 47, B, "dateline", "'October 22, 2019 report' = date + article type"),
        (49, 49, C, "title", ""),
        (51, 51, B, "byline", ""),
        (53, 53, B, "caption", "photo caption + credit"),
        (55, 59, C, "body", ""),
        (61, 63, B, "related", "'Explore further' + another story's headline"),
        (64, 64, C, "body", "'More information:' = reference of the paper the article reports on, part of the article as published (like a footnote)"),
        (65, 65, B, "source_line", "'Journal information:' metadata link"),
        (67, 67, B, "copyright", ""),
        (69, 69, B, "other", "'Citation: ... retrieved ... from <url>' how-to-cite box"),
        (70, 70, B, "copyright", ""),
        (71, 77, B, "share_count", "share count + share buttons"),
        (79, 79, B, "other", "'Feedback to editors' button"),
        (81, 113, B, "most_read", "Featured / Last Comments / Popular tabs: other stories' headlines, dates, comment counts"),
        (115, 153, B, "related", "sidebar feed of latest stories (headlines + 'n hours ago')"),
        (155, 179, B, "related", "'Relevant PhysicsForums posts' block"),
        (181, 207, B, "related", "'More from Earth Sciences' / 'Related Stories' block"),
        (209, 233, B, "read_next", "'Recommended for you' block"),
        (235, 249, B, "comment_form", "'User comments' / feedback-to-editors form"),
        (251, 265, B, "share_count", "'E-mail the story' form (repeats the headline; share by e-mail)"),
        (267, 271, B, "other", "newsletter sign-up"),
        (273, 273, B, "footer", ""),
        (275, 285, B, "site_description", "sister sites of the network describing themselves"),
        (287, 290, B, "other", "newsletter sign-up"),
        (292, 297, B, "footer", "'Follow us' + empty icon bullets"),
        (298, 309, B, "footer", ""),
        (310, 311, B, "app_link", ""),
        (312, 313, B, "footer", ""),
        (314, 314, B, "copyright", ""),
        (315, 315, B, "footer", ""),
        (317, 321, B, "other", "cookie banner"),
        (323, 325, B, "other", "newsletter box"),
        (327, 332, B, "footer", "'Follow us' + empty icon bullets"),
        (333, 333, B, "other", "ad-blocker notice"),
    ],
    # France Culture, Le Journal des idees (Jacques Munier), 2020-01-14, "Prendre la parole"
    "h05_franceculture_fr": [
        (1, 15, B, "menu", "main navigation incl. newsletter/social links and 'LE DIRECT' (live)"),
        (16, 17, B, "other", "search box"),
        (18, 77, B, "menu", "mega-menu (themes + programmes per section)"),
        (79, 84, B, "menu", "breadcrumb 'Vous êtes ici : Accueil > Émissions > ... > Prendre la parole' (last item repeats the headline)"),
        (85, 85, B, "byline", "programme banner 'Le Journal des idées par Jacques Munier' (show name + host)"),
        (86, 86, B, "other", "broadcast schedule of the programme"),
        (87, 88, B, "other", "subscribe to / contact the programme"),
        (89, 89, B, "other", "audio player button label 'Réécouter <title>'"),
        (90, 90, B, "read_time", "duration of the audio ('5 min'), the radio analogue of a reading time"),
        (92, 92, C, "title", ""),
        (94, 94, B, "dateline", ""),
        (95, 97, B, "share_count", "share buttons + embed-code button"),
        (99, 99, C, "lead", "standfirst"),
        (101, 101, B, "caption", "photo caption + credit"),
        (103, 103, C, "body", ""),
        (105, 105, C, "quote", "<blockquote>: quotation of the source under review (Les Jours)"),
        (107, 107, C, "subheading", "<h2> inside the article text"),
        (109, 109, C, "body", ""),
        (111, 111, C, "quote", "<blockquote>: quotation of the book under review (Chauvier)"),
        (113, 113, C, "body", ""),
        (115, 115, C, "subheading", "<h2> inside the article text"),
        (117, 117, C, "body", ""),
        (119, 119, C, "quote", "<blockquote>: quotation of the book under review (Chauvier)"),
        (121, 123, C, "body", ""),
        (125, 125, B, "byline", "'Par Jacques Munier' signature at the end of the text"),
        (127, 133, B, "related", "'A lire aussi :' list of other publications (journal issues) with their blurbs and a photo credit: "
                                 "other works, not this column's text (rule 2); hard call"),
        (135, 139, B, "related", "'À ÉCOUTER AUSSI' block (another programme)"),
        (141, 150, B, "related", "'Les Dernières Diffusions' carousel: other episodes of the programme"),
        (152, 156, B, "related", "'À découvrir' block"),
        (157, 160, B, "tags", ""),
        (161, 163, B, "byline", "'L'équipe / Production / Jacques Munier' credits block"),
        (165, 211, B, "most_read", "'Les plus consultés' block (player labels, durations, titles, programme names, ranks)"),
        (212, 212, B, "other", "'Haut de page' (back to top) button"),
        (213, 231, B, "footer", "Radio France network links + social links"),
        (232, 303, B, "footer", "footer links, themes, index, archives by year, legal links"),
        (304, 314, B, "other", "newsletter pop-in"),
        (316, 318, B, "other", "audio player chrome (countdown, cancel/listen buttons)"),
        (319, 319, B, "other", "SVG <desc> text 'Created with Sketch.'"),
    ],
    # The Sound Of Science (blog, Martin Clavey), 2020-01-20, "Une candidature collective à la présidence du HCERES"
    "h06_soundofscience_fr": [
        (1, 1, B, "site_name", ""),
        (3, 6, B, "menu", ""),
        (8, 8, C, "title", ""),
        (10, 10, B, "byline", "meta line: author + category + date (printed twice) + tags + comment count; main part byline/date"),
        (12, 14, C, "body", ""),
        (16, 16, C, "subheading", "<h3> inside the article text"),
        (18, 22, C, "body", ""),
        (24, 24, C, "subheading", "<h3> introducing the collective letter reproduced in full as part of the post"),
        (26, 42, C, "body", "text of the collective letter, published in full by the post (part of the article)"),
        (44, 44, C, "body", "closing line of the letter"),
        (46, 46, B, "caption", "'Image illustrative : ... licence Creative Commons by' = photo credit"),
        (48, 49, B, "read_next", "previous/next post navigation ('next' bullet is empty)"),
        (51, 63, B, "comment_form", "'Laisser un commentaire' form + Akismet notice"),
        (65, 68, B, "other", "RSS/Atom subscribe widget"),
        (70, 76, B, "related", "'Sur le même thème' block"),
        (78, 78, B, "other", "sidebar widget title (Spotify playlist)"),
        (80, 91, B, "other", "Twitter timeline widgets of the blog and of the author"),
        (92, 92, B, "copyright", ""),
    ],
    # Le Monde diplomatique, blog "Planète Asie" (Didier Roy), 2018-06-21, "Turpitude et architecture"
    "h07_mondediplo_fr": [
        (1, 1, B, "other", "'En kiosques : janvier 2020' = promo of the current print issue"),
        (2, 3, B, "menu", "subscribe / donate / log-in links"),
        (4, 4, B, "other", "search box"),
        (5, 14, B, "menu", "main navigation (last bullet is an empty icon link)"),
        (15, 16, B, "menu", "breadcrumb"),
        (17, 17, B, "other", "lone 'i' icon label (more-info anchor)"),
        (18, 18, B, "share_count", "comment count bubble '27'"),
        (20, 20, C, "title", "surtitre (overline) written for this article, part of the headline block (not a generic section label)"),
        (22, 22, C, "title", ""),
        (24, 24, C, "lead", "chapô (standfirst)"),
        (26, 26, B, "byline", "'par Didier Roy , 21 juin 2018' byline + date"),
        (27, 27, B, "other", "headline repeated in the sticky header"),
        (28, 28, B, "other", "'↑' back-to-top arrow"),
        (30, 30, B, "caption", "photo credit"),
        (32, 33, B, "teaser", "'Lire aussi' inline teaser for another article (rendered with stray quote marks)"),
        (35, 45, C, "body", ""),
        (47, 47, B, "byline", "author signature at the end of the text"),
        (49, 49, C, "body", FOOTNOTE + " (bibliographic reference of the reviewed novel)"),
        (51, 51, B, "tags", ""),
        (53, 55, B, "share_count", ""),
        (56, 61, B, "read_next", "previous / next article navigation with their headlines"),
        (63, 63, B, "site_name", "blog name 'Planète Asie'"),
        (65, 67, B, "site_description", "the blog describing itself + its host"),
        (69, 71, B, "other", "book promotion of the blog host"),
        (73, 73, B, "other", "disclaimer on blog opinions"),
        (74, 86, B, "comment_form", "comment form and moderation notice"),
        (88, 88, B, "comment_form", "'27 commentaires' header"),
        (90, 427, B, "comment_form", "reader comments (author/date lines, comment titles and texts): not the article, hard call"),
        (429, 429, B, "related", "'À la « une »' block header (block empty)"),
        (431, 466, B, "footer", ""),
    ],
    # La Vie des idées, 2009-09-15, "L'évaluation et les listes de revues" (Florence Audier)
    "h08_laviedesidees_fr": [
        (1, 3, B, "menu", "skip links"),
        (4, 4, B, "menu", "social links + link to the English sister site 'Books & Ideas'"),
        (5, 6, B, "other", "search box"),
        (7, 19, B, "menu", ""),
        (20, 20, B, "caption", "photo credit URL over the header image"),
        (22, 22, B, "menu", "rubric + section labels 'Essai Économie'"),
        (24, 24, C, "title", ""),
        (26, 26, B, "byline", "byline + date"),
        (28, 32, B, "tags", "'Mots-clés' list"),
        (33, 36, B, "other", "download PDF/EPUB/MOBI links"),
        (38, 38, C, "lead", "chapô (standfirst)"),
        (40, 40, C, "body", "'Voir en annexe : ...' points to this article's own annex table, not to another story"),
        (42, 48, C, "body", ""),
        (50, 50, C, "subheading", "<h3>"),
        (52, 70, C, "body", ""),
        (72, 72, C, "subheading", "<h3>"),
        (74, 80, C, "body", ""),
        (82, 82, C, "subheading", "<h3>"),
        (84, 84, C, "subheading", "italic minor heading"),
        (86, 86, C, "body", ""),
        (88, 88, C, "subheading", "italic minor heading"),
        (90, 90, C, "body", ""),
        (92, 92, C, "subheading", "italic minor heading"),
        (94, 94, C, "body", ""),
        (96, 96, C, "subheading", "italic minor heading"),
        (98, 98, C, "body", ""),
        (100, 100, C, "subheading", "<h3>"),
        (102, 102, C, "subheading", "italic minor heading 'Avertissement'"),
        (104, 104, C, "body", ""),
        (106, 106, C, "subheading", "italic minor heading (long, no final period, introduces the following paragraphs)"),
        (108, 110, C, "body", ""),
        (112, 112, C, "subheading", ""),
        (114, 114, C, "body", ""),
        (116, 116, C, "subheading", ""),
        (118, 118, C, "body", ""),
        (120, 120, C, "subheading", "italic minor heading"),
        (122, 124, C, "body", ""),
        (126, 126, C, "subheading", ""),
        (128, 128, C, "body", ""),
        (130, 130, C, "subheading", ""),
        (132, 132, C, "body", ""),
        (134, 134, C, "subheading", ""),
        (136, 138, C, "body", ""),
        (140, 140, C, "subheading", "<h3> of the article's annex"),
        (142, 171, C, "body", "annex table of the article (header row + data rows), part of the text as published"),
        (174, 174, B, "caption", "photo credit"),
        (176, 176, B, "byline", "byline + date repeated under the text"),
        (178, 178, B, "share_count", ""),
        (180, 180, B, "other", "'Gardons le contact' newsletter box"),
        (182, 184, B, "related", "'Aller plus loin' further-reading link to another publication"),
        (186, 187, B, "other", "newsletter sign-up"),
        (189, 191, B, "other", "'Pour citer cet article' how-to-cite box"),
        (193, 195, B, "other", "'Nota bene' invitation to submit a reply to the editors"),
        (197, 222, B, "related", "'À lire aussi' block: other articles (rubric, headline, byline/date, summary)"),
        (224, 224, C, "subheading", "'Notes' heading of the article's footnotes"),
        (226, 234, C, "body", FOOTNOTE),
        (236, 236, B, "footer", "'Nos partenaires'"),
        (238, 246, B, "most_read", "'Articles les plus lus'"),
        (248, 284, B, "footer", "footer: themes, categories, about, networks"),
        (286, 286, B, "copyright", "copyright + legal links + webdesign credit; main part copyright"),
    ],
}


def line_spans(text):
    """Yield (line_no, start, end, trimmed) for every line of text.splitlines()."""
    pos = 0
    for no, raw in enumerate(text.splitlines(keepends=True), 1):
        body = raw.splitlines()[0] if raw.splitlines() else ""
        lead = len(body) - len(body.lstrip())
        trimmed = body.strip()
        start = pos + lead
        yield no, start, start + len(trimmed), trimmed
        pos += len(raw)
    assert pos == len(text)


def main():
    files = sorted(RAW.glob("*.txt"))
    doc_ids = [f.stem for f in files]
    if sorted(DECISIONS) != doc_ids:
        sys.exit(f"DECISIONS docs {sorted(DECISIONS)} != page files {doc_ids}")
    rows, errors = [], []
    for f in files:
        doc = f.stem
        text = f.read_bytes().decode("utf-8")
        assert text.splitlines() == [l.splitlines()[0] if l.splitlines() else "" for l in text.splitlines(True)]
        spans = {no: (s, e, t) for no, s, e, t in line_spans(text)}
        assigned = {}
        for first, last, label, cat, note in DECISIONS[doc]:
            if (label == C) != (cat in CONTENT) or cat not in CONTENT | BOILERPLATE:
                errors.append(f"{doc} {first}-{last}: label {label} / category {cat} mismatch")
            for no in range(first, last + 1):
                if no not in spans:
                    errors.append(f"{doc} line {no} out of range")
                    continue
                if spans[no][2] == "":
                    continue  # blank line inside a range: not annotated
                if no in assigned:
                    errors.append(f"{doc} line {no} assigned twice")
                assigned[no] = (label, cat, note)
        for no, (s, e, t) in spans.items():
            if t and no not in assigned:
                errors.append(f"{doc} line {no} not annotated: {t[:60]!r}")
        for no in sorted(assigned):
            s, e, t = spans[no]
            if text[s:e] != t:
                errors.append(f"{doc} line {no}: offsets do not reproduce text")
            label, cat, note = assigned[no]
            rows.append([doc, no, s, e, t, label, cat, note])
    if errors:
        sys.exit("\n".join(errors))
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["doc_id", "line_no", "start", "end", "text", "label", "category", "note"])
        w.writerows(rows)
    # Counts
    counts = Counter((r[0], r[5]) for r in rows)
    print("| doc_id | content | boilerplate | total |")
    print("|---|---:|---:|---:|")
    for doc in doc_ids:
        c, b = counts[(doc, C)], counts[(doc, B)]
        print(f"| {doc} | {c} | {b} | {c + b} |")
    tc, tb = sum(counts[(d, C)] for d in doc_ids), sum(counts[(d, B)] for d in doc_ids)
    print(f"| **all** | {tc} | {tb} | {tc + tb} |")
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
