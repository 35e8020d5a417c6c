"""Text normalisation shared by indexing and question analysis: one tokeniser, one stemmer."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")
_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‐": "-", "−": "-"})

#: Words that carry no meaning for retrieval: question words, auxiliaries, articles, pronouns.
STOPWORDS = frozenset(
    """a an the and or but of to in on at for from by with about into as is are was were be been being
    am do does did done doing have has had having will would shall should can could may might must
    what which who whom whose when where why how that this these those there here it its it's they them
    their he him his she her i me my we us our you your any some all each every other else also than then
    so such not no yes if whether s t ever just only very much many more most own same too up down out
    over under again further once both few nor off let lets tell give show list please know find
    anything something someone anyone one ones get got go going went gone take took make made say said
    ask asked like between during before after since until while till anywhere somewhere everywhere
    elsewhere anybody somebody everybody nobody someone everyone around roughly approximately approx circa
    exactly precisely lol lmao rofl haha hahaha hehe omg btw tbh imo ok okay hmm um uh yeah yep
    didn isn wasn aren weren hasn haven doesn don hadn couldn wouldn shouldn innit fewer less least
    through throughout via within among amongst across upon onto toward towards per along""".split()
)

#: Lower-case words that are never names, so they are never spelling-corrected into one.
COMMON_WORDS = STOPWORDS | frozenset(
    """meet meets met meeting meetings visit visits visited visiting talk talks talked held hold host
    hosted discuss discussed discussion pledge pledged promise promised provide provided send sent
    give gave agree agreed agreement sign signed japan japanese minister ministers president prime
    foreign affairs country countries people person year years month months day days date time times
    long many much first last latest recent next new old happen happened event events summit forum
    today yesterday tomorrow week weeks morning evening afternoon night minute minutes hour hours
    official officials government state states relation relations visit trip support help aid present presents
    presence resident residents begin began begun start started end ended finish finished""".split()
)

#: Verbs that frame a question more than they name its subject ("to help with drones"): they count,
#: but lightly, so that a rare occurrence of them in the knowledge base does not outweigh the subject.
LIGHT_WORDS = frozenset(
    """help helps helped helping want wanted wants need needed use used try tried regard regarding according
    concern concerning relate related happen happened thing things kind type way ways part""".split()
)

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}


def fold(text: str) -> str:
    """Unicode-normalise, lower-case and strip accents: `Zelenskyy’s` -> `zelenskyy's`."""
    if text.isascii():  # the common case, and the costly one at index-build time
        return text.casefold()
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def tokens(text: str) -> list[str]:
    """Word tokens of folded text; possessive `'s` dropped, digits kept (`1,500` stays whole)."""
    folded = fold(text).replace("'s ", " ").replace("'s", "")
    return [t.replace(",", "") if "," in t else t for t in _TOKEN.findall(folded)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's stem, British and American spellings alike ("organisations" and "organizations")."""
    own = _OWN_STEMS.get(word)
    return own if own is not None else str(_STEMMER.stemWord(_BRITISH.sub(r"\1iz\2", word)))


#: Words the stemmer would take to the stem of a word of another meaning ("positive" to that of "position"):
#: a stem of their own.
_OWN_STEMS = {"positive": "positiv", "positively": "positiv", "positives": "positiv"}


#: British -ise/-isation spellings of words the records may spell with -ize.
_BRITISH = re.compile(r"^(organ|recogn|real|emphas|priorit|critic|apolog|summar|final|util|mobil|stabil|normal|author"
                      r"|character|modern|special|capital|central|civil|global|industrial|local|optim|minim|maxim)"
                      r"is(e|es|ed|ing|ation|ations)$")


def content_stems(text: str) -> list[str]:
    """Stems of the meaningful words of `text` (stopwords dropped)."""
    return [stem(t) for t in tokens(text) if t not in STOPWORDS]


_WORD = re.compile(r"[a-z0-9]+")


def first_named(text: str, stems: set[str]) -> int:
    """How many words of `text` come before the first one of `stems` (its length when none is there)."""
    words = _WORD.findall(text.lower())
    return next((n for n, w in enumerate(words) if stem(w) in stems), len(words))
