"""Boilerplate removal for scraped news pages: a named-rule line classifier for flattened text, trafilatura for HTML.

Public API: ``extract_body``, ``classify_lines`` (-> ``LineDecision`` per line), ``repeated_lines``,
``extract_metadata``, ``decode_bytes`` (raises ``UndecodableError``), plus ``normalise_line``,
``looks_like_html`` and ``html_to_text``.

HTML input (detected by markup) goes to trafilatura (comments off, tables on, default precision/recall
balance, title prepended); if trafilatura returns nothing, or the page is over MAX_HTML_CHARS after
scripts, styles and data: URIs are stripped, the page is flattened with lxml and classified as text.
Flattened text is classified line by line; every decision carries the name of the rule that made it
(``LineDecision.reason``). The rules, in order of precedence:

Line rules (one line, no context). A leading bullet ("•", "·", "▪", "*", "-", "–"...) is stripped first
and the rest of the line is judged; a bulleted line that is not a sentence of >= 6 words is ``bullet``.
  blank                    empty or whitespace-only line (not counted as removed content)
  repeated_across_outlet   normalised text is in ``repeated`` (lines shared by documents of one outlet);
                           skipped for prose when it would remove most of the page's prose (duplicates)
  tweet_signature (kept)   "— Name (@handle) January 3, 2022": the signature of an embedded tweet
  caption                  ends with a credit in brackets "(AP Photo/…)", "(Source : …)", starts with
                           "Photo:", "Image source,", or ends with "… / AFP", "© Reuters"
  end_marker:<name>        comment_form, source_link, copyright, paywall, back_to_top, about_author;
                           once article content has been kept, every later line is ``after_end_marker``
  section_header:<name>    starts a boilerplate block (see block rules): ticker, related, most_read,
                           read_next, recommended, more, tags, teaser
  teaser                   inline teaser "READ MORE: …", "Lire aussi : …", "See also: …"
  advertisement, paywall_prompt, subscribe, newsletter, follow_us, cookie_notice, share, share_count,
  read_time, audio_player, site_nav, player_ui, tags, counter, hashtags
                           one-line boilerplate phrases in English and French ("Advertisement",
                           "Sign up for our newsletter", "Suivez-nous", "8 Shares", "3 Min Read",
                           "5 min de lecture", "Partager", "Privacy Policy", "1 / 12", ...)
  credit                   "Source: Agencies", "Sources : AFP", "With AFP"
  byline                   "By Jane Doe", "Par Jean Dupont", "Written by …", "Auteur : …"
  dateline                 a line made only of a date/time and words like "Published", "Publié le",
                           "Mis à jour le", "Updated", "2 hours ago", "il y a 3 heures"
  link_like                URL, e-mail address or domain name making up a short line
  site_nav (separated)     a menu or breadcrumb on one line: >= 3 items of <= 3 words split by | · • > » /
  no_letters               no letter at all ("***", "|", "12")
  all_caps                 an upper-case line that is not a >= 10-word sentence ("BREAKING", "NATO")
  low_stopword             > 25 words, no final punctuation, < 20% stop words (flattened menus, keywords)
  content (kept)           a sentence (ends in . ! ? … : ; before closing quotes, >= 3 words) or a long
                           line (>= 20 words) with sentence marks or a normal stop-word density
  short_no_punct           anything else (short, no final punctuation): dropped unless promoted below

Context rules (over the sequence of lines):
  section_block:<name>     lines inside a block opened by a section header (``ticker`` for ticker
                           blocks). A block ends at the next header, at an end marker and at "real
                           content": for teaser blocks a sentence ending in . ! … or of >= 8 words; for the others a
                           paragraph of >= 15 words in >= 2 sentences, or one sentence of >= 20 words
                           (>= 40 in a ticker). A ticker also ends at a blank line that follows >= 2
                           adjacent ticker items (tickers print items without blank lines). Before any
                           content, a headline whose following paragraph is real content ends a block.
  menu_run                 >= 3 short lines (<= 4 words, no final punctuation, or short bullets) in a
                           row, blank and boilerplate lines in between ignored
  list_item (kept)         short line or bullet after a kept line ending in ":" (up to 15 items)
  headline (kept)          short line (3..30 words) before any content whose next significant line
                           (blank and boilerplate lines skipped) is content, or is a standfirst
                           ("dek", also kept) that leads to content; a title before a dek needs >= 5 words
  subheading (kept)        short line (<= 15 words) between two content paragraphs
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Sequence

from helpers.encoding import UndecodableError, decode_bytes  # noqa: F401  (re-exported: public API)

if TYPE_CHECKING:
    from trafilatura.settings import Document

# ----------------------------------------------------------------------------------------------- types

class LineDecision(NamedTuple):
    """One line of a page: where it is, its trimmed text, whether it is kept and the rule that decided."""

    line_no: int
    start: int
    end: int
    text: str
    keep: bool
    reason: str




# Local line classes
BLANK, BOILER, BULLET, CAND, PROSE, KEEP, HEADER, END = range(8)

# ------------------------------------------------------------------------------------------ word lists

STOPWORDS = frozenset("""
a about after against all also an and are as at be been before between but by can could did do does
for from had has have he her his how i if in into is it its itself may more most my no not of on one
only or other our out over said says she should so some such than that the their them then there these
they this those through to under up was we were what when where which while who will with would you
au aux avec ce ces cette comme dans de des du elle en est et été il ils je la le les leur lui mais me
même nous on ou par pas plus pour qu que qui sa se ses son sont sur ta te un une vous y à était être
fait aussi entre après avant ont avait sans sous tout tous toutes très c d j l m n s
""".split())

MONTHS = {
    "january": 1, "jan": 1, "janvier": 1, "janv": 1, "february": 2, "feb": 2, "février": 2, "fevrier": 2,
    "févr": 2, "fevr": 2, "march": 3, "mar": 3, "mars": 3, "april": 4, "apr": 4, "avril": 4, "avr": 4,
    "may": 5, "mai": 5, "june": 6, "jun": 6, "juin": 6, "july": 7, "jul": 7, "juillet": 7, "juil": 7,
    "august": 8, "aug": 8, "août": 8, "aout": 8, "september": 9, "sep": 9, "sept": 9, "septembre": 9,
    "october": 10, "oct": 10, "octobre": 10, "november": 11, "nov": 11, "novembre": 11,
    "december": 12, "dec": 12, "décembre": 12, "decembre": 12, "déc": 12,
}
WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
thurs fri sat sun lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim""".split())
DATE_WORDS = frozenset(MONTHS) | WEEKDAYS | frozenset("""published publish updated update last posted on
at le à a publié publiée publie mis mise jour modifié modifiée actualisé actualisée créé first date dated
gmt utc cet cest est edt bst cst pst pdt mst msk z t et and pm am p m h heure heures hour hours hr hrs min
mins minute minutes day days jours week weeks semaine semaines month months mois ago il y depuis yesterday
today hier aujourd hui just now the of de du en in time st nd rd th er local ist jst""".split())
RELATIVE_UNITS = frozenset("""hour hours hr hrs min mins minute minutes day days jour jours week weeks
semaine semaines month months mois heure heures""".split())

SHARE_WORDS = frozenset("""share shares partager partagez partage tweet email e-mail mail print imprimer
copy copier link lien le facebook twitter x linkedin whatsapp telegram reddit pinterest messenger
flipboard bluesky threads instagram youtube tiktok mastodon on sur via this article cet story page save
enregistrer sauvegarder gift offrir l'article url sms""".split())
SHARE_ANCHORS = frozenset("""share partager partagez tweet facebook twitter linkedin whatsapp telegram
reddit pinterest print imprimer email e-mail flipboard bluesky""".split())

# --------------------------------------------------------------------------------------------- regexes

_I = re.IGNORECASE
_BULLET = re.compile(r"^(?:[•·▪●◦‣►▸▶➤✓✔■□❯›»>]\s*|[-–*+]\s+)+")
_WORD = re.compile(r"[^\W\d_]+")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_KEY_LEAD = " \t\u00a0>»›→▶►|#*•·+-"
_KEY_TRAIL = " \t\u00a0:>»›→▶►|.…+*-–—"
_COUNT_TAIL = re.compile(r"\s*\(\d+\)$")
_DIGIT = re.compile(r"\d")
_SHARE_SPLIT = re.compile(r"[\s|•·/,;:]+")
_CLOSERS = "\"'”’»)]*"
_TERMINAL = frozenset(".!?…:;")
_SENT = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s+[\"“«‘(]?[A-ZÀ-ÝÉ]|\s*#|\s*$)")
_ABBR = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Mt|No|Inc|Ltd|Co|Jan|Feb"
                   r"|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mme|Mlle|Me|Pr|Prof)\.(?=\s+[A-ZÀ-ÝÉ])")


def _alternation(table: dict[str, str]) -> re.Pattern[str]:
    """Compile {name: pattern} into one regex whose ``lastgroup`` is the name."""
    return re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in table.items()))


_FREE = r"[^:]{1,40}"
HEADER_KIND = {"ticker": "ticker", "teaser": "teaser"}  # every other header opens a "list" block
_HEADER = _alternation({
    "ticker": r"breaking(?: news)?|just in|news ?flash|flash(?: info| infos| actu)?|live(?: updates| blog| news)"
              r"|en (?:direct|continu)|dernière minute|dernières? heures?|fil (?:info|infos|d'actualités?)"
              r"|l'essentiel(?: de l'actu)?|urgent|à l'instant|news ticker|ticker|top headlines|headlines"
              r"|les titres|en bref|brèves",
    "related": r"related(?: news| articles?| stories| posts| content| coverage| reading| links| videos?| items)?"
               r"|more related (?:news|articles|stories)|articles? (?:similaires|liés|connexes|associés|en relation)"
               r"|sur le même (?:sujet|thème)|dans la même (?:rubrique|catégorie)|contenus? (?:liés|associés|similaires)"
               r"|à lire sur le même sujet|nos articles sur (?:le|ce) sujet|pour aller plus loin"
               r"|en lien avec cet article|further reading",
    "most_read": r"most (?:read|popular|viewed|shared|commented|watched|emailed|recent)(?: (?:news|articles|stories|posts|videos))?"
                 r"(?: (?:this week|today|now))?|(?:les )?(?:articles |infos |vidéos )?(?:les )?plus (?:lus|lues|populaires"
                 r"|partagés|partagées|commentés|consultés|vus|vues|récents)|popular(?: now| stories| articles| posts| news"
                 r"| this week| today)?|top (?:stories|news|articles|reads)|trending(?: now| stories| news| articles| topics"
                 r"| today)?|tendances?|à la une|en ce moment",
    "read_next": r"read next|what to read next|up next|next (?:article|story|up)|(?:à )?lire ensuite|article suivant"
                 r"|à suivre|watch next",
    "recommended": r"you (?:may|might|could|will|would) (?:also )?(?:like|enjoy|love|be interested in)"
                   r"|recommended(?: for you| stories| articles| reading| videos| content)?|we recommend"
                   r"|editor'?s'? (?:picks?|choice)|(?:our )?picks for you|vous (?:aimerez|pourriez aimer|aimeriez"
                   r"|pourriez être intéressés?)(?: (?:aussi|également|peut-être(?: aussi)?))?|(?:nous )?vous recommandons"
                   r"|recommandés?(?: pour vous)?|à découvrir(?: aussi| également)?|sélection(?: de la rédaction| pour vous)?"
                   r"|le choix de la rédaction|(?:don'?t|do not) miss(?: this| out)?|ne manquez pas|à ne pas manquer"
                   r"|must read|around the web|from (?:our|the) (?:partners?|web)|sponsored(?: content| stories| links"
                   r"| articles| posts)?|promoted(?: stories| content| links)?|contenus? (?:sponsorisés?|partenaires?"
                   r"|de nos partenaires)|(?:ailleurs )?sur le web|paid content",
    "more": rf"more (?:stories|news|articles|headlines|from {_FREE}|on this (?:story|topic))|plus d'(?:articles|actualités"
            rf"|actus|infos)|(?:les )?dernières? (?:actualités|actus|infos|nouvelles|vidéos|publications)"
            rf"|latest(?: news| stories| articles| posts| headlines| videos| updates| from {_FREE})?|in other news"
            rf"|elsewhere on {_FREE}|also on {_FREE}|other stories|autres (?:articles|actualités|infos)",
    "tags": r"tags?|topics?|related (?:topics|tags|subjects)|keywords|filed under|categories|category|catégories?"
            r"|mots[- ]clés|thèmes?|sujets?(?: associés| liés)?|tagged(?: with| in)?|classé dans"
            r"|in this (?:article|story)|dans cet article|people in this (?:article|story)",
    "teaser": r"read more|read also|also read|see also|also see|voir aussi|à voir aussi|a voir aussi|à voir"
              r"|lire aussi|à lire aussi|a lire aussi|à lire également|lire également|à lire|a lire|à relire"
              r"|à écouter|watch|watch now|listen|écouter|regarder|related (?:article|story|link|video)"
              r"|vidéo associée|à découvrir également|pour en savoir plus|you might be interested in"
              r"|(?:ça|cela|ceci) (?:peut|pourrait) vous intéresser|sur le même thème",
})
_END = _alternation({
    "comment_form": r"leave a (?:reply|comment|response)|post a comment|add (?:a |your )?comment|write a comment"
                    r"|comments?|commentaires?|laiss(?:er|ez) (?:un commentaire|une réponse)|ajouter un commentaire"
                    r"|écrire un commentaire|réagir(?: à cet article)?|réagissez|vos réactions|réactions"
                    r"|join the (?:conversation|discussion|debate)|rejoignez (?:la discussion|le débat)"
                    r"|(?:show|view|load|see) comments|(?:voir|afficher) les commentaires"
                    r"|you must be logged in to post a comment.*|vous devez (?:être connectée?|vous connecter) pour .*"
                    r"|your email address will not be published.*|votre adresse (?:e-?mail|email|de messagerie"
                    r"|courriel) ne sera pas publiée.*|(?:this|ce) site (?:uses|utilise) akismet.*"
                    r"|required fields are marked.*|les champs obligatoires sont (?:indiqués|marqués).*"
                    r"|cancel reply|annuler la réponse|comment policy|charte (?:de modération|des commentaires)",
    "source_link": r"source link|lien source|source url|original (?:source|article|story)"
                   r"|originally published (?:on|at|by|in) .*|(?:this|the) (?:article|story|post|piece) (?:was )?"
                   r"(?:originally|first) (?:published|appeared|ran) .*|cet article a (?:été )?(?:initialement |d'abord "
                   r"|originellement )?(?:été )?(?:publié|paru) .*|article (?:initialement|originellement) publié .*"
                   r"|(?:read|view|see) the (?:original|full) (?:article|story|post)(?: .*)?|source ?: ?(?:https?://|www\.).*",
    "copyright": r"copyright\b.*|©\s*\d{4}.*|\(c\)\s*\d{4}.*",
    "back_to_top": r"back to top|(?:retour|revenir) en haut(?: de (?:la )?page)?|haut de page|top of page|scroll to top",
    "about_author": r"about the authors?|à propos de l'auteure?|à propos des auteurs|author bio|biographie de l'auteur"
                    r"|more (?:by|from) this author|du même auteur|(?:les )?articles? de l'auteur",
})
_COPYRIGHT_IN = re.compile(r"all rights reserved|tous droits (?:de reproduction )?réservés|©\s*(?:\d{4}|copyright)")
_PAYWALL_IN = re.compile(r"réservée? aux abonnés|reserved for (?:subscribers|members)|subscribers? only|abonnés uniquement"
                         r"|il vous reste \d+(?:[.,]\d+)?\s*% de (?:cet|l')article à lire|to continue reading"
                         r"|subscribe to (?:continue|read)|pour (?:lire|continuer à lire) la suite"
                         r"|pour continuer (?:la|votre) lecture")
_CONTAINS_HINT = re.compile(r"reserv|réserv|©|abonn|subscri|reading|la suite|lecture|% de|inbox")
_INBOX = re.compile(r"\b(?:get|delivered|straight|direct|sent|receive|recevez)\b.{0,50}\binbox\b")
_ONELINE = _alternation({
    "advertisement": r"advertisements?|advert|advertising|ads?|sponsored|paid (?:content|post)|publicités?|pub|annonce"
                     r"|contenu sponsorisé|partenariat|(?:story|article|text) continues (?:below|after (?:the )?(?:advertisement|ad))"
                     r"(?: advertisement)?|scroll (?:down )?to continue(?: with content| reading)?|continue reading (?:below"
                     r"|the main story)|la suite (?:de l'article )?(?:après|sous) (?:cette |la )?(?:publicité|pub)|skip (?:ad|advertisement)",
    "paywall_prompt": r"(?:already (?:a )?(?:subscriber|member)|déjà abonnée?)\b.*|(?:offre|essai) (?:numérique|gratuit|d'abonnement).*"
                      r"|free trial.*|(?:support|soutenez|soutenir) (?:our|independent|notre|le) (?:journalism|journalisme).*",
    "subscribe": r"(?:sign up|subscribe|s'abonner|abonnez-vous|je m'abonne|inscrivez-vous|s'inscrire|recevez"
                 r"|create (?:an|your) (?:free )?account|créez (?:un|votre) compte|register (?:now|for free|here)"
                 r"|get (?:the|our) .{0,40}(?:newsletter|inbox|briefing))\b.*",
    "newsletter": r"newsletters?(?: [\w'-]+){0,3}|(?:[\w'-]+ ){1,4}newsletters?",
    "follow_us": r"(?:follow|like|join|find) us\b.*|(?:suivez|retrouvez|rejoignez)[- ]nous\b.*"
                 r"|follow [\w@ .]{1,40} on (?:twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok)\b.*",
    "share_count": r"\d[\d.,]*\s*[km]?\s*(?:shares?|partages?|comments?|commentaires?|views?|vues|likes?|reactions?"
                   r"|réactions|reads?|lectures?)|(?:shares?|partages?|views?|vues)\s*:?\s*\d[\d.,]*\s*[km]?",
    "read_time": r"\d+\s*(?:-\s*)?(?:min(?:ute)?s?\.?|mn)(?:\s*(?:read|reading|de lecture|lecture|to read))?"
                 r"|(?:reading time|read time|temps de lecture|lecture|durée de lecture)\s*:?\s*(?:\d+|moins d'une?"
                 r"|less than (?:a|one|1))\s*(?:min(?:ute)?s?\.?|mn)?.*",
    "audio_player": r"(?:listen to (?:this|the) (?:article|story)|écouter (?:cet|l')article|listen|écouter|audio"
                    r"|article audio|version audio)(?: \d+.*)?",
    "tags": r"(?:tags?|topics?|keywords|filed under|mots[- ]clés|thèmes?|catégories?|categories|tagged(?: with)?)\s*:.*",
    "site_nav": r"home(?:page)?|accueil|menu|main menu|search|rechercher|recherche|skip to (?:main )?(?:content|navigation)"
                r"|(?:aller|passer) au contenu(?: principal)?|close|fermer|back|retour|next|previous|suivant|précédent"
                r"|load more|charger plus|(?:see|show|view) more|voir plus|en savoir plus|learn more|lire la suite"
                r"|continue reading|keep reading|read the full (?:article|story)|privacy(?: policy| notice| settings)?"
                r"|(?:politique de )?confidentialité|terms(?: of (?:use|service))?|terms (?:and|&) conditions"
                r"|conditions générales(?: d'utilisation| de vente)?|cgu|cgv|mentions légales|legal(?: notice)?|imprint"
                r"|contact(?: us)?|nous contacter|contactez-nous|about(?: us)?|qui sommes-nous ?\??|à propos|sitemap"
                r"|site map|plan du site|faq|help|aide|rss(?: feeds?)?|accessibility|accessibilité|careers|jobs"
                r"|advertise(?: with us)?|annonceurs|archives?|log ?in|log ?out|sign ?in|sign ?out|register|se connecter"
                r"|se déconnecter|connexion|mon compte|my account|subscribe|donate|faire un don|support us"
                r"|soutenez-nous|authors|auteurs|our team|notre équipe|(?:download|get) (?:the|our) app"
                r"|télécharger l'application|android|ios|app store|google play|(?:get it on|disponible sur) .*"
                r"|language|langue|english|français|edition|édition|all|tout|toutes|more|plus|see all|voir tout",
    "player_ui": r"loading\.*|chargement(?: en cours)?\.*|please enable javascript.*|javascript (?:is|must be) (?:disabled"
                 r"|enabled).*|your browser does not support.*|votre navigateur ne (?:supporte|prend) pas.*"
                 r"|(?:this|cette) vid[ée]o .{0,40}(?:not|no longer|n'est pas|n'est plus) (?:available|disponible).*"
                 r"|play(?: video)?|pause|mute|unmute|replay|fullscreen|plein écran|volume|\d{1,2}:\d{2}(?::\d{2})?"
                 r"(?: / \d{1,2}:\d{2}(?::\d{2})?)?",
    "counter": r"(?:(?:image|photo|slide|diapo)s? )?\d+\s*(?:/|of|sur|de)\s*\d+",
})
_AGENCIES = (r"ap|afp|reuters|getty(?: images)?|epa(?:-efe)?|efe|dpa|anadolu(?: agency)?|xinhua|tass|sipa|abaca(?:press)?"
             r"|maxppp|hans lucas|shutterstock|istock(?:photo)?|alamy|pa(?: images| wire| media)?|bloomberg|nurphoto"
             r"|zuma(?: press)?|imago|belga|ansa|bestimage|leemage|hemis|sputnik|ria novosti")
_CREDIT_WORDS = (rf"photos?|images?|pictures?|pic|source|sources|credits?|crédits?|illustration|archives?|file"
                 rf"|screenshot|screengrab|capture d'écran|handout|courtesy|wikimedia(?: commons)?|wikipedia|dvids|dr"
                 rf"|{_AGENCIES}")
_CAPTION_PAREN = re.compile(rf"\(\s*(?:[^()]{{0,60}}?[\s/,;:-])?(?:{_CREDIT_WORDS})\b[^()]{{0,80}}\)$", _I)
_CAPTION_LABEL = re.compile(
    rf"(?:photos?|images?|pictures?|illustration|crédits?(?: photos?)?|credits?|photo credit|image credit|caption"
    rf"|légende|pictured|ci-dessus|ci-contre|above|main image|file photo|header image|featured image"
    rf"|image d'illustration|photo d'illustration|en photo|image source|image caption|media caption)\s*[:—–|,]\s*\S", _I)
_CAPTION_AGENCY = re.compile(rf"(?:/|©|\||\bvia\b)\s*[\w .'-]{{0,40}}?\b(?:{_AGENCIES})\b(?: photo| images"
                             rf"| via getty images)?$|^(?:©\s*)?(?:{_AGENCIES})(?: photo| images)?$", _I)
_CREDIT = re.compile(r"^(?:sources?|via|agenc(?:y|ies|e|es)|credits?|crédits?|with agencies|avec agences?)\s*:\s*\S"
                     r"|^(?:with|avec) (?:agencies|agences|afp|reuters|ap|the associated press)$", _I)
_BYLINE = re.compile(
    r"^(?:(?:By|BY|Par|PAR)\s+(?!ailleurs|conséquent|exemple|contre|rapport|définition|principe|la suite|contrast"
    r"|comparison|the way)|(?:Written|Reported|Posted|Story|Words|Text|Edited|Reporting|Additional reporting|Editing"
    r"|Compiled|Interview|Translated|Translation) by\s+|(?:Écrit|Rédigé|Publié|Posté|Propos recueillis|Texte|Traduit"
    r"|Traduction|Édité|Entretien réalisé) par\s+|(?:Authors?|Auteur(?:e|s)?|Reporter|Journaliste|Correspondent"
    r"|Correspondante?|Signé)\s*:\s*)\S")
_BYLINE_CUT = re.compile(r"\s*(?:[|•·,;(]|\s[-–—]\s|\b(?:published|updated|posted|publié|mis à jour|le \d|on \w+ \d"
                         r"|\d{1,2}\s+\w+\.?\s+\d{4}|\w+\.? \d{1,2},? \d{4}))", _I)
_TWEET_SIG = re.compile(r"^[—–-]{1,2}\s*[^()]{1,80}?\(@\w{1,30}\)\s*[^()]{0,40}?\d{4}$")
_TEASER_WORDS = re.compile(r"^(?:[>»›→▶►|*•-]\s*)?(?:(?:(?:à |a )?(?:lire|voir|découvrir) (?:aussi|également)|read (?:more|also)"
                           r"|also read|see also)\b|(?:related|watch|listen|à écouter|à voir|à lire|lire|voir)\s*:)", _I)
_HASHTAGS = re.compile(r"(?:#[\w-]+[\s,]*)+")
_URL_HINT = re.compile(r"://|www\.|@|\.(?:com|org|net|fr|co\.uk|info|io|eu|gov|edu|tv|news|be|ch|ca|de)\b", _I)
_URL = re.compile(r"https?://\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.]{2,}|\b[\w-]+\.(?:com|org|net|fr|co\.uk|info|io"
                  r"|eu|gov|edu|tv|news|be|ch|ca|de)(?:/\S*)?\b", _I)
_COOKIE_CTX = re.compile(r"\b(?:we use|nous utilisons|this (?:site|website)|ce site|accept|consent|paramètr|settings"
                         r"|polic|politique|privacy|confidentialit|browsing|navigation|manage|gérer|refuser|reject)", _I)
_DTOK = re.compile(r"\d{4}-\d{2}-\d{2}(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
                   r"|\d{1,2}(?:[:h]\d{2}|\.\d{2}(?=\s*(?:[ap]\.?m|gmt|utc|bst|cet)))(?::\d{2})?|\d+(?:h|st|nd|rd|th|er)?"
                   r"|[^\W\d_]+")
_HTML_START = re.compile(r"<!doctype html|<html[\s>]", _I)
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|script|style|div|p|article|section|main|nav"
                         r"|header|footer|span|a|br|h[1-6]|ul|ol|li|table|img)\b[^<>]{0,500}>", _I)

# ------------------------------------------------------------------------------------- line features

def _terminal(text: str) -> bool:
    """True if the line ends in sentence punctuation (before closing quotes/brackets)."""
    t = text.rstrip(_CLOSERS + " ")
    return bool(t) and t[-1] in _TERMINAL


def _sentence_marks(text: str) -> int:
    """Approximate number of sentence ends in the line (abbreviations discounted)."""
    sample = text[:5000]
    return len(_SENT.findall(sample)) - len(_ABBR.findall(sample))


def _stop_ratio(text: str) -> float:
    """Share of word tokens that are English or French stop words."""
    tokens = _WORD.findall(text[:3000].lower())
    return sum(t in STOPWORDS for t in tokens) / len(tokens) if tokens else 0.0


def _key(text: str) -> str:
    """Casefolded line with bullets, trailing punctuation, arrows and counts removed, for phrase matching."""
    k = text.casefold().replace("’", "'").lstrip(_KEY_LEAD).rstrip(_KEY_TRAIL)
    if k.endswith(")"):
        k = _COUNT_TAIL.sub("", k).rstrip(_KEY_TRAIL)
    return " ".join(k.split()) if ("  " in k or "\u00a0" in k or "\t" in k) else k


def _is_dateline(key: str) -> bool:
    """True if the line is only a date/time with publication words ("Publié le 3 janvier 2022 à 10h")."""
    tokens = _DTOK.findall(key)
    if not tokens or len(tokens) > 20:
        return False
    month = number = full = relative = False
    for tok in tokens:
        if tok[0].isdigit():
            full = full or len(tok) >= 8 and not tok.isdigit()
            number = True
        elif tok in MONTHS:
            month = True
        elif tok in RELATIVE_UNITS or tok in ("ago", "yesterday", "today", "hier", "aujourd"):
            relative = True
        elif tok not in DATE_WORDS:
            return False
    return full or (month and number) or (relative and number)


def _is_share(key: str) -> bool:
    """True if the line is only share buttons ("Share", "Facebook Twitter Email", "Partager sur X")."""
    if key.partition(" ")[0].strip("|•·/,;:") not in SHARE_WORDS:
        return False
    tokens = [t for t in _SHARE_SPLIT.split(key) if t]
    return bool(tokens) and len(tokens) <= 12 and all(t in SHARE_WORDS for t in tokens) and any(
        t in SHARE_ANCHORS for t in tokens)


def _is_prose(text: str, n_words: int) -> bool:
    """True if the line reads as running text: a sentence, or a long line with sentence marks or stop words."""
    if _terminal(text):
        return n_words >= 3
    return n_words >= 20 and (_sentence_marks(text) >= 1 or _stop_ratio(text) >= 0.2)


def _is_paragraph(text: str, n_words: int, single_sentence_words: int) -> bool:
    """True if the line is a real paragraph: >= 15 words in >= 2 sentences, or one long enough sentence."""
    if n_words >= single_sentence_words and _terminal(text):
        return True
    return n_words >= 15 and _sentence_marks(text) >= 2

# --------------------------------------------------------------------------------------- line rules

Local = tuple[int, str, int]  # (class, reason, word count)


def _phrase_rules(text: str, key: str, n_words: int) -> tuple[int, str] | None:
    """Class and reason from the phrase rules (end markers, headers, one-line boilerplate), or None."""
    if m := _END.fullmatch(key):
        return END, f"end_marker:{m.lastgroup}"
    hint = _CONTAINS_HINT.search(key)
    if hint and _COPYRIGHT_IN.search(key):
        return END, "end_marker:copyright"
    if hint and _PAYWALL_IN.search(key):
        return END, "end_marker:paywall"
    if n_words <= 6 and (m := _HEADER.fullmatch(key)):
        return HEADER, f"section_header:{m.lastgroup}"
    if _TEASER_WORDS.match(text) and n_words <= 30:
        return BOILER, "teaser"
    if m := _ONELINE.fullmatch(key):
        return BOILER, m.lastgroup
    if hint and _INBOX.search(key):
        return BOILER, "newsletter"
    if n_words <= 12 and _is_share(key):
        return BOILER, "share"
    return None


def _is_caption(text: str) -> bool:
    """True if the line is a photo caption or credit (credit in brackets at the end, label, agency)."""
    tail = text[-250:].rstrip()
    if tail.endswith(")") and _CAPTION_PAREN.search(tail):
        return True
    if _CAPTION_LABEL.match(text):
        return True
    end = tail[-90:]
    return ("/" in end or "©" in end or "|" in end or "via" in end or len(text) <= 40) and bool(
        _CAPTION_AGENCY.search(end))


def _meta_rules(text: str, key: str, n_words: int) -> str | None:
    """Reason from the credit/byline/date/link rules for a short line, or None."""
    terminal = _terminal(text)
    if not terminal and n_words <= 8 and _CREDIT.match(text):
        return "credit"
    if not terminal and n_words <= 14 and _BYLINE.match(text):
        return "byline"
    if n_words <= 20 and (not terminal or n_words <= 8) and _DIGIT.search(key) and _is_dateline(key):
        return "dateline"
    if len(text) <= 300 and _URL_HINT.search(text) and (urls := _URL.findall(text)):
        if n_words <= 8 or sum(map(len, urls)) >= 0.4 * len(text):
            return "link_like"
    return None


def _plain_local(text: str) -> Local:
    """Class, reason and word count of a non-blank line without its bullet."""
    n_words = len(text.split())
    short = n_words <= 25 and len(text) <= 400
    if n_words <= 80 and _is_caption(text):
        return BOILER, "caption", n_words
    if text[0] == "#" and n_words <= 30 and _HASHTAGS.fullmatch(text):
        return BOILER, "hashtags", n_words
    if short:
        key = _key(text)
        if hit := _phrase_rules(text, key, n_words):
            return hit[0], hit[1], n_words
        if reason := _meta_rules(text, key, n_words):
            return BOILER, reason, n_words
    if n_words <= 80 and ("ookie" in text or "OOKIE" in text) and _COOKIE_CTX.search(text):
        return BOILER, "cookie_notice", n_words
    if not _HAS_LETTER.search(text[:10000]):
        return BOILER, "no_letters", n_words
    if short and _is_separated_menu(text):
        return BOILER, "site_nav", n_words
    prose = _is_prose(text, n_words)
    if text.upper() == text and (not prose or n_words < 10):
        return BOILER, "all_caps", n_words
    if prose:
        return PROSE, "content", n_words
    if n_words > 25 and _stop_ratio(text) < 0.2:
        return BOILER, "low_stopword", n_words
    return CAND, "short_no_punct", n_words


_MENU_SEPARATOR = re.compile(r"\s+[|·•>»/]\s+")


def _is_separated_menu(text: str) -> bool:
    """A menu or breadcrumb on one line: >= 3 items of <= 3 words each, split by | · • > » /, no final punctuation."""
    items = _MENU_SEPARATOR.split(text)
    return len(items) >= 3 and all(0 < len(item.split()) <= 3 for item in items) and text[-1] not in ".!?…:;"


@lru_cache(maxsize=1 << 16)
def _local_short(text: str) -> Local:
    """_local, memoised: short lines (menus, footers, share bars) repeat across an outlet's pages."""
    return _local(text)


def _local(text: str) -> Local:
    """Class, reason and word count of one trimmed line, from the line alone."""
    if not text:
        return BLANK, "blank", 0
    if len(text) <= 200 and _TWEET_SIG.match(text):
        return KEEP, "tweet_signature", len(text.split())
    bullet = _BULLET.match(text)
    if not bullet:
        return _plain_local(text)
    inner = text[bullet.end():]
    if not inner:
        return BOILER, "no_letters", 0
    cls, reason, n_words = _plain_local(inner)
    if cls == BOILER or cls == KEEP:
        return cls, reason, n_words
    if cls == PROSE and n_words >= 6:
        return PROSE, "content", n_words
    return BULLET, "bullet", n_words

# ------------------------------------------------------------------------------------ context rules

def _split_lines(raw: str) -> list[tuple[int, str]]:
    """(start offset, trimmed text) of every line of raw, as str.splitlines() numbers them."""
    out, pos = [], 0
    for piece, body in zip(raw.splitlines(True), raw.splitlines()):
        text = body.strip()
        out.append((pos + (len(body) - len(body.lstrip()) if text else 0), text))
        pos += len(piece)
    return out


def _menu_runs(local: list[Local], min_run: int = 3) -> set[int]:
    """Indices of short lines that sit in runs of >= min_run short lines (menus, tag lists)."""
    marked: set[int] = set()
    run: list[int] = []
    for i, (cls, _, n_words) in enumerate(local + [(PROSE, "", 99)]):
        if cls == BULLET or (cls == CAND and n_words <= 4):
            run.append(i)
        elif cls in (CAND, PROSE, KEEP):
            if len(run) >= min_run:
                marked.update(run)
            run = []
    return marked


def _next_significant(local: list[Local]) -> list[int]:
    """For each line, the index of the next line that is not blank, boilerplate or a tweet signature (-1: none)."""
    out, nxt = [-1] * len(local), -1
    for i in range(len(local) - 1, -1, -1):
        out[i] = nxt
        if local[i][0] not in (BLANK, BOILER, KEEP):
            nxt = i
    return out


def _apply_repeated(local: list[Local], texts: list[str], repeated: frozenset[str]) -> list[Local]:
    """Local decisions with lines of ``repeated`` turned into boilerplate (prose spared on near-duplicates)."""
    hits = [local[i][0] in (CAND, BULLET, PROSE, KEEP) and normalise_line(t) in repeated for i, t in enumerate(texts)]
    prose_chars = sum(len(t) for t, (c, _, _) in zip(texts, local) if c == PROSE)
    hit_chars = sum(len(t) for t, (c, _, _), h in zip(texts, local, hits) if c == PROSE and h)
    spare_prose = prose_chars > 0 and hit_chars > 0.5 * prose_chars
    return [(BOILER, "repeated_across_outlet", loc[2]) if h and not (spare_prose and loc[0] == PROSE) else loc
            for loc, h in zip(local, hits)]


def _headline_target(i: int, local: list[Local], nxt_index: list[int], menus: set[int]) -> int:
    """Index of the content line a headline candidate (optionally followed by a dek line) leads to, or -1."""
    start = i
    for hop in range(2):  # the headline itself, then at most one unpunctuated standfirst ("dek")
        if local[i][0] != CAND or not 3 <= local[i][2] <= 30 or i in menus:
            return -1
        if hop == 1 and local[start][2] < 5:  # a 3-4 word line before a headline is a tagline, not a title
            return -1
        i = nxt_index[i]
        if i < 0:
            return -1
        if local[i][0] == PROSE:
            return i
    return -1


def _block_ends(kind: str, text: str, n_words: int) -> bool:
    """True if a content line closes a boilerplate block of this kind."""
    if kind == "teaser":
        return n_words >= 8 or text.rstrip(_CLOSERS + " ")[-1:] in ".!…"
    return _is_paragraph(text, n_words, 40 if kind == "ticker" else 20)


def _decide(local: list[Local], texts: list[str]) -> list[tuple[bool, str]]:
    """(keep, reason) for every line, from the local classes and the block/run/headline context."""
    menus, nxt_index = _menu_runs(local), _next_significant(local)
    nxt = [local[j][0] if j >= 0 else BLANK for j in nxt_index]
    out: list[tuple[bool, str]] = []
    block, ended, seen, list_left, prev_prose, ticker_run = "", False, False, 0, False, 0
    for i, ((cls, reason, n_words), text) in enumerate(zip(local, texts)):
        if cls == BLANK:
            block = "" if block == "ticker" and ticker_run >= 2 else block
            ticker_run = 0
            out.append((False, "blank"))
            continue
        if ended:
            out.append((False, "after_end_marker"))
            continue
        if cls == END:
            ended = seen
        elif cls == HEADER:
            block, list_left = reason.split(":", 1)[1], 0
        j = _headline_target(i, local, nxt_index, menus) if cls == CAND and not seen else -1
        headline = j >= 0
        if block and cls not in (END, HEADER):
            kind = HEADER_KIND.get(block, "list")
            if cls == PROSE and _block_ends(kind, text, n_words):
                block = ""
            elif headline and _block_ends("list" if kind == "ticker" else kind, texts[j], local[j][2]):
                block = ""
            else:
                out.append((False, "ticker" if block == "ticker" else f"section_block:{block}"))
                prev_prose, ticker_run = False, ticker_run + 1
                continue
        keep, why = _line_verdict(cls, reason, n_words, i in menus, list_left > 0, headline,
                                  prev_prose and nxt[i] == PROSE)
        out.append((keep, why))
        if cls == BOILER:
            list_left = 0
            continue
        seen = seen or (keep and cls == PROSE)
        if cls == PROSE:
            bulleted = bool(_BULLET.match(text))
            list_left = 15 if text.rstrip(_CLOSERS + " ").endswith(":") else (
                list_left - 1 if list_left and (bulleted or n_words <= 20) else 0)
        elif why == "list_item":
            list_left -= 1
        prev_prose = keep and cls == PROSE
    return out


def _line_verdict(cls: int, reason: str, n_words: int, in_menu: bool, in_list: bool, headline: bool,
                  sandwiched: bool) -> tuple[bool, str]:
    """(keep, reason) of a line outside any block, given its context flags."""
    if cls in (PROSE, KEEP):
        return True, reason
    if cls not in (CAND, BULLET):
        return False, reason
    if in_list and n_words <= 25:
        return True, "list_item"
    if in_menu:
        return False, "menu_run"
    if cls == BULLET:
        return False, "bullet"
    if headline:
        return True, "headline"
    if sandwiched and n_words <= 15:
        return True, "subheading"
    return False, reason

# ------------------------------------------------------------------------------------------ public

def normalise_line(text: str) -> str:
    """The line NFKC-normalised, casefolded, without leading bullets and with whitespace collapsed."""
    t = unicodedata.normalize("NFKC", text).casefold().strip()
    return " ".join(_BULLET.sub("", t).split())


def classify_lines(raw: str, repeated: frozenset[str] = frozenset()) -> list[LineDecision]:
    """One LineDecision per line of raw (str.splitlines numbering), saying whether it is article content and why."""
    spans = _split_lines(raw)
    texts = [t for _, t in spans]
    local = [_local_short(t) if len(t) <= 200 else _local(t) for t in texts]
    if repeated:
        local = _apply_repeated(local, texts, repeated)
    return [LineDecision(n, start, start + len(text), text, keep, why)
            for n, ((start, text), (keep, why)) in enumerate(zip(spans, _decide(local, texts)), 1)]


def repeated_lines(texts: Sequence[str], min_docs: int = 2) -> frozenset[str]:
    """Normalised non-blank lines found in at least min_docs of the documents (one outlet's boilerplate)."""
    counts: Counter[str] = Counter()
    for doc in texts:
        counts.update({normalise_line(line) for line in doc.splitlines() if line.strip()})
    return frozenset(line for line, n in counts.items() if n >= max(1, min_docs) and line)


def looks_like_html(raw: str) -> bool:
    """True if the page is HTML markup rather than flattened text."""
    head = raw[:20000].lstrip()[:20000]
    return bool(_HTML_START.match(head)) or len(_HTML_SNIFF.findall(head)) >= 2


_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "header",
               "footer", "nav", "aside", "blockquote", "figcaption", "figure", "ul", "ol", "table", "main", "title")


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block element per line (scripts, styles and templates dropped)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", html))
        for bad in root.xpath("//script|//style|//noscript|//template|//svg|//iframe"):
            bad.drop_tree()
        for el in root.iter(*_BLOCK_TAGS):
            el.tail = "\n" + (el.tail or "")
        text = root.text_content()
    except Exception:  # malformed markup of any kind: fall back to stripping tags
        text = re.sub(r"<[^>]{0,2000}>", "\n", re.sub(r"(?is)<(script|style)\b.*?</\1>", "", html))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _trafilatura_document(html: str) -> Document | None:
    """trafilatura's Document for an HTML page (metadata included), or None if it finds nothing."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                           deduplicate=False)
    except Exception:  # trafilatura/lxml can fail on hostile markup; the caller falls back
        return None


def _html_body(html: str) -> str:
    """Title and main-text lines trafilatura extracts from an HTML page ("" if none)."""
    doc = _trafilatura_document(html)
    lines = [ln.strip() for ln in ((doc.text or "") if doc else "").splitlines() if ln.strip()]
    if not lines:
        return ""
    title = (doc.title or "").strip()
    return "\n".join(([title] if title and title != lines[0] else []) + lines)


MAX_HTML_CHARS = 5_000_000  # larger pages skip trafilatura (minutes on 10 MB) for lxml flattening + classifier
_HTML_BLOAT = re.compile(r"(?is)<(script|style|svg|noscript)\b[^>]*>.*?</\1\s*>|data:[\w/+.-]+;base64,[\w+/=]+")


def extract_body(raw: str, *, repeated: frozenset[str] = frozenset()) -> str:
    """The article of a scraped page (title and body lines, trimmed, joined by newlines); "" if none."""
    if not raw or raw.isspace():
        return ""
    if looks_like_html(raw):
        if len(raw) > MAX_HTML_CHARS:
            raw = _HTML_BLOAT.sub("", raw)
        body = _html_body(raw) if len(raw) <= MAX_HTML_CHARS else ""
        if body:
            return body
        raw = html_to_text(raw)
    return "\n".join(d.text for d in classify_lines(raw, repeated) if d.keep)

# -------------------------------------------------------------------------------------- metadata

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?)?",
                  _I)
_MDY = re.compile(r"\b([^\W\d_]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DMY = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+([^\W\d_]{3,9})\.?,?\s+(\d{4})\b")
_NUM = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_TIME = re.compile(r"\b(\d{1,2})\s*(?::|h|\.(?=\d{2}\s*(?:[ap]\.?m|gmt|utc|bst|cet)))\s*(\d{2})?\b\s*([ap])?\.?m?\b",
                   _I)
_TZ = re.compile(r"\b(?:gmt|utc)\b|(?<=\d)z\b|[+-]\d{2}:?\d{2}\b", _I)


def _time_suffix(rest: str) -> str:
    """'THH:MM' (plus 'Z' or an offset when stated) for the first time of day in rest, or ''."""
    m = _TIME.search(rest[:40])
    if not m:
        return ""
    hour, minute, ampm = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").lower()
    hour = hour % 12 + 12 if ampm == "p" else (hour % 12 if ampm == "a" else hour)
    if hour > 23 or minute > 59:
        return ""
    tz = _TZ.search(rest[m.end():m.end() + 12])
    if not tz:
        return f"T{hour:02d}:{minute:02d}"
    zone = "Z" if tz.group(0).lower() in ("gmt", "utc", "z") else tz.group(0)[:3] + ":" + tz.group(0)[-2:]
    return f"T{hour:02d}:{minute:02d}{zone}"


def _valid_date(year: int, month: int, day: int) -> bool:
    """True if year-month-day is a real calendar date."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def parse_date(text: str) -> str | None:
    """ISO 8601 date ('2022-01-04') or date-time ('2022-01-04T17:23') stated in text, or None."""
    if m := _ISO.search(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        zone = (m.group(6) or "").upper()
        zone = zone if zone in ("", "Z") else zone[:3] + ":" + zone[-2:]
        time = f"T{m.group(4)}:{m.group(5)}{zone}" if m.group(4) else ""
        return f"{y:04d}-{mo:02d}-{d:02d}{time}" if _valid_date(y, mo, d) else None
    low = text.casefold()
    found = None
    if (m := _MDY.search(low)) and m.group(1) in MONTHS:
        found = (int(m.group(3)), MONTHS[m.group(1)], int(m.group(2)), m.end())
    elif (m := _DMY.search(low)) and m.group(2) in MONTHS:
        found = (int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)), m.end())
    elif m := _NUM.search(low):
        a, b = int(m.group(1)), int(m.group(2))
        month_first = b > 12 and a <= 12  # day-first (European) unless impossible
        found = (int(m.group(3)), a if month_first else b, b if month_first else a, m.end())
    if not found or not _valid_date(*found[:3]):
        return None
    y, mo, d, end = found
    return f"{y:04d}-{mo:02d}-{d:02d}{_time_suffix(low[end:])}"


def _byline_name(text: str) -> str | None:
    """Author name(s) from a byline line ("By Jane Doe | 3 Jan 2022" -> "Jane Doe")."""
    inner = _BULLET.sub("", text)
    m = _BYLINE.match(inner)
    name = inner[m.end() - 1:] if m else inner
    name = _BYLINE_CUT.split(name, maxsplit=1)[0].strip(" .,:;-–—")
    return name or None


def _html_metadata(html: str) -> dict:
    """Title, byline and published date of an HTML page as trafilatura reads them."""
    doc = _trafilatura_document(html)
    if doc is None:
        return _text_metadata(html_to_text(html))
    return {"title": doc.title or None, "byline": doc.author or None,
            "published": parse_date(doc.date) if doc.date else None}


def _looks_like_headline(text: str) -> bool:
    """True if a line is short-ish and does not end like a sentence or an introduction."""
    return 1 <= len(text.split()) <= 30 and text.rstrip(_CLOSERS + " ")[-1:] not in ".:;,"


def extract_metadata(raw: str) -> dict:
    """{'title', 'byline', 'published'} as the page states them (published in ISO 8601), each None if absent."""
    return _html_metadata(raw) if raw and looks_like_html(raw) else _text_metadata(raw or "")


def _text_metadata(raw: str) -> dict:
    """extract_metadata for flattened text: headline, first byline, first dateline (or byline) date."""
    return metadata_from_decisions(classify_lines(raw))


def metadata_from_decisions(decisions: Sequence[LineDecision]) -> dict:
    """{'title', 'byline', 'published'} read off a page's line decisions (so a classified page is not classified again)."""
    kept = [d for d in decisions if d.keep]
    title = kept[0].text if kept and (kept[0].reason == "headline" or _looks_like_headline(kept[0].text)) else None
    bylines = [d.text for d in decisions if d.reason == "byline"]
    dates = (parse_date(d.text) for d in decisions if d.reason in ("dateline", "byline"))
    return {"title": title, "byline": _byline_name(bylines[0]) if bylines else None,
            "published": next((d for d in dates if d), None)}
