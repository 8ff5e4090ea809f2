"""Throughput of helpers.cleaning.extract_body beside jusText on a seeded synthetic corpus of scraped pages.

Run from the repository root:
    PYTHONPATH=. python benchmarks/bench_cleaning.py            # >= 10 MB corpus, both tools
    PYTHONPATH=. python benchmarks/bench_cleaning.py --mb 2     # smaller corpus

Pages are flattened text (blank-line separated or not) mixing English and French boilerplate blocks
(menus, tickers, bylines, share counts, captions, teasers, related / most-read lists, footers, comment
forms) with body paragraphs (1-3 pool sentences plus a randomised attribution, so mostly unique), all
drawn from small built-in pools. extract_body memoises the classification of short lines, which repeat
across an outlet's pages; a second figure clears that cache before every page. extract_body reads the text as is;
jusText needs HTML, so each page is wrapped line by line in <p> elements (wrapping is not timed) and
classified with its language's stoplist. MB/s is given per MB of plain text for both tools, so the two
figures describe the same pages; jusText's rate per MB of its HTML input is printed as well.
Not a timed test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import html
import random
import time

import justext

from helpers import cleaning
from helpers.cleaning import extract_body

BODY = {
    "en": [
        "The leader of the left-wing party said on Monday that leaving the alliance would keep the country out of "
        "military adventures decided in Washington.",
        "Speaking to a public radio station, he argued that the bloc had lost its purpose after the end of the Cold "
        "War and should have been dissolved decades ago.",
        "Critics in the centre and on the right called the proposal reckless. They said it would weaken European "
        "security at a dangerous moment for the continent.",
        "\"We refuse to be dragged into conflicts that are not ours,\" a senior member of the party told reporters "
        "outside parliament.",
        "The resolution has almost no chance of passing, but its authors hope it will force a debate on the country's "
        "place in the world.",
        "In 1966 the president withdrew the country from the integrated military command, a decision that was "
        "reversed more than forty years later.",
        "Officials in Brussels declined to comment on the proposal, saying it was a matter of domestic politics.",
        "Polls suggest that a majority of voters still support membership, although the margin has narrowed since "
        "the start of the year.",
        "The defence minister said the government would honour all its commitments to its allies and would not "
        "reopen the question.",
        "Analysts note that the nuclear deterrent remains fully independent of the alliance's command structure.",
    ],
    "fr": [
        "Le dirigeant du parti de gauche a affirmé lundi que quitter l'Alliance permettrait au pays de ne pas être "
        "entraîné dans les aventures militaires décidées à Washington.",
        "Interrogé par une radio publique, il a estimé que l'organisation avait perdu sa raison d'être après la fin "
        "de la guerre froide.",
        "Les groupes du centre et de la droite ont dénoncé une initiative irresponsable. Selon eux, elle affaiblirait "
        "la sécurité européenne à un moment dangereux.",
        "« Nous refusons d'être entraînés dans des conflits qui ne sont pas les nôtres », a déclaré une responsable "
        "du mouvement devant l'Assemblée.",
        "La proposition de résolution n'a pratiquement aucune chance d'être adoptée, mais ses auteurs espèrent "
        "ouvrir un débat sur la place du pays dans le monde.",
        "En 1966, le général de Gaulle avait retiré la France du commandement intégré, une décision annulée plus de "
        "quarante ans plus tard.",
        "À Bruxelles, les responsables de l'Alliance se sont refusés à tout commentaire sur ce débat de politique "
        "intérieure.",
        "Selon les sondages, une majorité d'électeurs reste favorable à l'appartenance à l'Alliance, même si l'écart "
        "s'est réduit depuis le début de l'année.",
        "Le ministre des armées a assuré que le gouvernement honorerait tous ses engagements envers ses alliés.",
        "Les spécialistes rappellent que la dissuasion nucléaire française reste indépendante du commandement de "
        "l'Alliance.",
    ],
}
NAMES = ["Clémence Guetté", "Jean-Luc Mélenchon", "Marine Le Pen", "Emmanuel Macron", "Gabriel Amard",
         "Jean-Noël Barrot", "Sébastien Lecornu", "Mark Rutte", "Kaja Kallas", "Olaf Scholz"]
DAYS = {"en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "in March"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "la semaine dernière", "en mars"]}
CODA = {"en": ["{name} said {day}.", "according to {name}, who spoke {day}.", "{n} lawmakers signed the text {day}.",
               "the vote is expected within {n} days, {name} said."],
        "fr": ["a déclaré {name} {day}.", "selon {name}, qui s'exprimait {day}.", "{n} députés ont signé le texte {day}.",
               "le vote est attendu d'ici {n} jours, a précisé {name}."]}
HEAD_PARTS = {"en": (["Minister", "Brussels", "Paris", "Allies", "Lawmakers", "Voters", "Berlin"],
                     ["rules out", "weighs", "rejects", "backs", "questions", "debates"],
                     ["referendum on alliance", "new defence budget", "troop withdrawal", "exit plan", "summit deal"]),
              "fr": (["Le ministre", "Bruxelles", "Paris", "Les alliés", "Les députés", "Les électeurs", "Berlin"],
                     ["exclut", "étudie", "rejette", "soutient", "conteste", "débat de"],
                     ["un référendum sur l'Alliance", "le budget de la défense", "un retrait des troupes",
                      "le plan de sortie", "l'accord du sommet"])}
TITLES = {
    "en": ["France must exit the alliance, says party leader", "Lawmakers table resolution on leaving Nato",
           "Left-wing MPs push for planned exit from military command"],
    "fr": ["La gauche radicale veut quitter l'OTAN", "Une résolution pour sortir du commandement intégré",
           "Les députés insoumis relancent le débat sur l'Alliance atlantique"],
}
BOILER = {
    "en": {
        "menu": ["Home", "  • World", "  • Politics", "  • Business", "  • Sport", "  • Culture", "Opinion", "Video"],
        "ticker": ["BREAKING", "Officials: Storm causes power cuts across the north of the country.",
                   "Markets close higher after central bank decision.",
                   "Police say two people were injured in a road accident overnight."],
        "meta": ["By Jane Smith", "Published: 14 January 2026, 10:32 GMT", "12 Shares", "4 Min Read",
                 "Share this article", "Facebook Twitter Email"],
        "caption": ["The party leader speaks at a rally in Paris on Sunday. (AP Photo/Michel Euler)"],
        "inline": ["Advertisement", "READ MORE: Minister rules out referendum on alliance",
                   "Sign up for our newsletter"],
        "related": ["Related News", "Minister rules out referendum on alliance", "Allies meet in Brussels",
                    "Most Read", "Storm hits the coast", "  • Politics", "  • 3 Nov 2025"],
        "footer": ["Leave a Reply", "Your email address will not be published. Required fields are marked *",
                   "Copyright © 2026 Example Media. All Rights Reserved.", "Privacy Policy", "Contact Us"],
    },
    "fr": {
        "menu": ["Accueil", "  • International", "  • Politique", "  • Économie", "  • Sport", "  • Culture",
                 "Idées", "Vidéos"],
        "ticker": ["Dernière minute", "Tempête : des coupures d'électricité dans le nord du pays.",
                   "La Bourse de Paris termine en hausse après la décision de la BCE.",
                   "Deux blessés dans un accident de la route dans la nuit, selon la police."],
        "meta": ["Par Camille Martin", "Publié le 14 janvier 2026 à 10h32", "Mis à jour le 14 janvier 2026 à 12h05",
                 "5 min de lecture", "Partager", "Facebook Twitter E-mail"],
        "caption": ["Le dirigeant du parti lors d'un meeting à Paris, dimanche. LUDOVIC MARIN / AFP"],
        "inline": ["Publicité", "Lire aussi : Le ministre exclut un référendum sur l'Alliance",
                   "Inscrivez-vous à notre newsletter"],
        "related": ["Articles similaires", "Le ministre exclut un référendum", "Les alliés réunis à Bruxelles",
                    "Les plus lus", "Tempête sur les côtes", "  • Politique", "  • 3 nov. 2025"],
        "footer": ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.",
                   "© 2026 Exemple Médias. Tous droits réservés.", "Mentions légales", "Nous contacter"],
    },
}


def paragraph(rng: random.Random, lang: str) -> str:
    """A body paragraph: 1-3 pool sentences, the last ending in a randomised attribution (mostly unique)."""
    sentences = rng.sample(BODY[lang], rng.randint(1, 3))
    coda = rng.choice(CODA[lang]).format(name=rng.choice(NAMES), day=rng.choice(DAYS[lang]), n=rng.randint(2, 300))
    return " ".join(sentences[:-1] + [sentences[-1].rstrip(".") + ", " + coda])


def headline(rng: random.Random, lang: str) -> str:
    """A random teaser headline (subject, verb, object), without final punctuation."""
    subjects, verbs, objects = HEAD_PARTS[lang]
    return f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)}"


def make_page(rng: random.Random) -> tuple[str, str]:
    """(language, flattened page) with random boilerplate blocks around 4-12 body paragraphs."""
    lang = rng.choice(("en", "fr"))
    pool = BOILER[lang]
    lines = pool["menu"] + (pool["ticker"] if rng.random() < 0.5 else []) + [rng.choice(TITLES[lang])]
    lines += rng.sample(pool["meta"], rng.randint(2, len(pool["meta"]))) + pool["caption"]
    for _ in range(rng.randint(4, 12)):
        lines.append(paragraph(rng, lang))
        if rng.random() < 0.2:
            lines.append(rng.choice(pool["inline"]))
    related = pool["related"]
    lines += [related[0], headline(rng, lang), headline(rng, lang), related[3], headline(rng, lang)] + related[5:]
    lines += pool["footer"]
    sep = "\n\n" if rng.random() < 0.6 else "\n"
    return lang, sep.join(lines)


def make_corpus(megabytes: float, seed: int) -> list[tuple[str, str]]:
    """Seeded list of (language, page) totalling at least the given size in UTF-8 MB."""
    rng, pages, size = random.Random(seed), [], 0
    while size < megabytes * 1e6:
        lang, page = make_page(rng)
        pages.append((lang, page))
        size += len(page.encode("utf-8"))
    return pages


def as_html(page: str) -> str:
    """The page as minimal HTML, one <p> per non-blank line, for jusText."""
    paras = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in page.splitlines() if line.strip())
    return f"<html><head><meta charset='utf-8'></head><body>\n{paras}</body></html>"


def main() -> None:
    """Build the corpus, time both tools and print MB/s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB of UTF-8 text (default 10)")
    parser.add_argument("--seed", type=int, default=20260114, help="random seed of the corpus")
    parser.add_argument("--skip-justext", action="store_true", help="time extract_body only")
    args = parser.parse_args()

    corpus = make_corpus(args.mb, args.seed)
    text_mb = sum(len(p.encode("utf-8")) for _, p in corpus) / 1e6
    print(f"corpus: {len(corpus)} pages, {text_mb:.2f} MB of text (seed {args.seed})")

    cleaning._local_short.cache_clear()
    start = time.perf_counter()
    kept = sum(len(extract_body(page).splitlines()) for _, page in corpus)
    elapsed = time.perf_counter() - start
    print(f"extract_body: {text_mb / elapsed:6.2f} MB/s  ({elapsed:.2f} s, {kept} lines kept)")
    start = time.perf_counter()
    for _, page in corpus:  # no help from lines memoised on earlier pages of the same (synthetic) outlet
        cleaning._local_short.cache_clear()
        extract_body(page)
    elapsed = time.perf_counter() - start
    print(f"extract_body, line cache cleared before every page: {text_mb / elapsed:6.2f} MB/s  ({elapsed:.2f} s)")

    if args.skip_justext:
        return
    stoplists = {"en": justext.get_stoplist("English"), "fr": justext.get_stoplist("French")}
    html_pages = [(lang, as_html(page)) for lang, page in corpus]
    html_mb = sum(len(h.encode("utf-8")) for _, h in html_pages) / 1e6
    start = time.perf_counter()
    kept = sum(sum(not p.is_boilerplate for p in justext.justext(h, stoplists[lang])) for lang, h in html_pages)
    elapsed = time.perf_counter() - start
    print(f"justext:      {text_mb / elapsed:6.2f} MB/s of text, {html_mb / elapsed:.2f} MB/s of HTML "
          f"({elapsed:.2f} s, {kept} paragraphs kept)")


if __name__ == "__main__":
    main()
