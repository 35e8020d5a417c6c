"""Questions for the evaluation at scale, with their answers known from the synthetic records.

    questions = scale_questions(kb, per_category=40, seed=1)

Each category asks one kind of question in several phrasings. Answerable questions carry the
values the answer must contain (regexes, with the evaluation's date macros); the others must
abstain. Everything is drawn from records sorted by id with one seeded generator, so the same
knowledge base and seed always give the same questions.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz.distance import DamerauLevenshtein

from bot.bench.scale_names import INVENTED_DISTANCE, fold, invented_people, misspell, name_words, unknown_countries
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import KnowledgeBase, Meeting, Person

#: Every category, in report order; the several-match ones must list every matching meeting.
CATEGORIES = ("single-when", "several-when", "year-list", "misspelt-family", "misspelt-given", "unknown-person",
              "mixed-name", "unknown-country", "where", "who-met", "what-time", "how-long")
SEVERAL_MATCH = ("several-when", "year-list")
#: How many meetings a several-match question may have (a pair meeting 2-3 times, a year of 2-5).
SEVERAL_PAIR = range(2, 4)
SEVERAL_YEAR = range(2, 6)
_T = TypeVar("_T")
#: Ways of asking when two people met ({a}: Japan's side, {b}: the partner's).
_WHEN = ("When did {a} meet {b}?", "When did {a} and {b} meet?", "When did {b} hold talks with {a}?",
         "What was the date of the meeting between {a} and {b}?", "date of the {a} {b} meeting",
         "When did {b} meet {a}?", "when did {a} meet with {b}", "On what date did {a} and {b} meet?")
_MONTHS = ("January February March April May June July August September October November December").split()


@dataclass(frozen=True)
class ScaleQuestion:
    """One question: its category, text, the regexes a right answer matches, or that it must abstain."""

    category: str
    text: str
    expect: tuple[str, ...] = ()
    abstain: bool = False
    #: The meetings the answer rests on (ids), for reading a failure.
    records: tuple[str, ...] = ()


def scale_questions(kb: KnowledgeBase, per_category: int, seed: int) -> list[ScaleQuestion]:
    """Up to `per_category` questions of every category (fewer when the records allow fewer)."""
    facts = _Facts(kb)
    makers = {
        "single-when": facts.single_when, "several-when": facts.several_when, "year-list": facts.year_list,
        "misspelt-family": facts.misspelt_family, "misspelt-given": facts.misspelt_given,
        "unknown-person": facts.unknown_person, "mixed-name": facts.mixed_name,
        "unknown-country": facts.unknown_country,
        "where": facts.where, "who-met": facts.who_met, "what-time": facts.what_time, "how-long": facts.how_long,
    }
    questions: list[ScaleQuestion] = []
    for category in CATEGORIES:
        # A generator per category: a change to one category leaves the questions of the others alone.
        questions.extend(makers[category](random.Random(f"{seed}/{category}"), per_category))
    return questions


def date_pattern(date: PartialDate) -> str:
    """A regex for `date` in any common rendering (the evaluation's `{date:...}` macro for a day)."""
    if date.day is not None:
        return f"{{date:{date.iso()}}}"
    if date.month is not None:
        month = _MONTHS[date.month - 1]
        return f"(?:{month}|{month[:3]}\\.?),? {date.year}|{date.year}-{date.month:02d}"
    return f"(?<!\\d){date.year}(?!\\d)"


def time_pattern(clock: str) -> str:
    """A regex for a local time `HH:MM` written `18:05` or `6:05 p.m.`."""
    hour, minute = (int(part) for part in clock.split(":"))
    twelve, half, other = (hour - 12 if hour > 12 else hour), *(("a", "p") if hour < 12 else ("p", "a"))
    return (f"(?<![\\d:])(?:0?{hour}:{minute:02d}(?!\\d)(?! ?{other}\\.?m\\b)"
            f"|{twelve}:{minute:02d} ?{half}\\.?m\\b)")


def duration_pattern(minutes: int) -> str:
    """A regex for a duration in minutes, also as hours (`70 minutes`, `1 hour 10 minutes`)."""
    forms = [f"(?<!\\d){minutes} ?min"]
    hours, rest = divmod(minutes, 60)
    if hours and not rest:
        forms.append(f"(?:(?<!\\d){hours}|an|one) hours?\\b")
    elif hours:
        forms.append(f"(?<!\\d){hours} hours? (?:and )?{rest} ?min")
        if rest == 30:
            forms.append(f"(?<!\\d){hours}\\.5 hours|an hour and a half")
    return "|".join(forms)


def person_pattern(person: Person) -> str:
    """A regex for a person's full name in either order."""
    given, family = re.escape(person.given_name), re.escape(person.family_name)
    return f"(?:{given} {family}|{family} {given})"


def _human(date: PartialDate) -> str:
    if date.day is not None and date.month is not None:
        return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
    return date.human()


class _Facts:
    """The records sorted into what the question makers draw from."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.vocabulary = name_words(kb)
        self.pairs: dict[tuple[str, str], list[Meeting]] = defaultdict(list)
        self.by_person_day: dict[tuple[str, str], list[Meeting]] = defaultdict(list)
        self.by_person_year: dict[tuple[str, int], list[Meeting]] = defaultdict(list)
        for meeting in sorted(kb.meetings.values(), key=lambda m: m.id):
            for home in meeting.japan_side + meeting.accompanying:
                for away in meeting.partner_side:
                    self.pairs[(home, away)].append(meeting)
            for person in dict.fromkeys(meeting.participants):
                self.by_person_day[(person, meeting.date.iso())].append(meeting)
                self.by_person_year[(person, meeting.date.year)].append(meeting)
        self.single = sorted(pair for pair, found in self.pairs.items() if len(found) == 1)

    def name(self, person_id: str) -> str:
        return self.kb.people[person_id].name

    def _pair_phrase(self, rng: random.Random, pair: tuple[str, str], names: tuple[str, str] | None = None) -> str:
        a, b = names or (self.name(pair[0]), self.name(pair[1]))
        return rng.choice(_WHEN).format(a=a, b=b)

    def _when(self, category: str, rng: random.Random, pair: tuple[str, str],
              names: tuple[str, str] | None = None) -> ScaleQuestion:
        found = self.pairs[pair]
        return ScaleQuestion(category, self._pair_phrase(rng, pair, names),
                             tuple(dict.fromkeys(date_pattern(m.date) for m in found)),
                             records=tuple(m.id for m in found))

    def single_when(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        return [self._when("single-when", rng, pair) for pair in _sample(rng, self.single, count)]

    def several_when(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        several = sorted(pair for pair, found in self.pairs.items() if len(found) in SEVERAL_PAIR)
        return [self._when("several-when", rng, pair) for pair in _sample(rng, several, count)]

    def year_list(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        years = sorted(key for key, found in self.by_person_year.items() if len(found) in SEVERAL_YEAR)
        questions = []
        for person, year in _sample(rng, years, count):
            found = self.by_person_year[(person, year)]
            text = rng.choice(("Which meetings did {a} hold in {y}?", "List the meetings {a} had in {y}.",
                               "{a}'s meetings in {y}", "When did {a} hold meetings in {y}?",
                               "/meetings {a} {y}"))
            questions.append(ScaleQuestion("year-list", text.format(a=self.name(person), y=year),
                                           tuple(dict.fromkeys(date_pattern(m.date) for m in found)),
                                           records=tuple(m.id for m in found)))
        return questions

    def _misspelt(self, category: str, rng: random.Random, count: int) -> list[ScaleQuestion]:
        questions: list[ScaleQuestion] = []
        for pair in _sample(rng, self.single, len(self.single)):
            if len(questions) == count:
                break
            side = rng.randrange(2)
            person = self.kb.people[pair[side]]
            part = person.family_name if category == "misspelt-family" else person.given_name
            wrong = misspell(part, self.vocabulary, rng)
            if wrong is None:
                continue
            written = (f"{person.given_name} {wrong}" if category == "misspelt-family"
                       else f"{wrong} {person.family_name}")
            other = self.name(pair[1 - side])
            names = (written, other) if side == 0 else (other, written)
            questions.append(self._when(category, rng, pair, names))
        return questions

    def misspelt_family(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        return self._misspelt("misspelt-family", rng, count)

    def misspelt_given(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        return self._misspelt("misspelt-given", rng, count)

    def unknown_person(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        invented = invented_people(self.vocabulary, rng, count)
        real = _sample(rng, sorted({p for pair in self.single for p in pair}), len(invented))
        phrasings = ("When did {x} meet {r}?", "What did {x} and {r} discuss?", "Where did {r} meet {x}?",
                     "what did {r} and {x} agree on", "How long did {x} and {r} talk?")
        return [ScaleQuestion("unknown-person", rng.choice(phrasings).format(x=x, r=self.name(r)), abstain=True)
                for x, r in zip(invented, real, strict=False)]

    def mixed_name(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        """One person's given name with another's family name, far from everyone's name, next to a real person."""
        given_by_family: dict[str, set[str]] = defaultdict(set)
        givens_by_country: dict[str, set[str]] = defaultdict(set)
        for person in self.kb.people.values():
            given_by_family[fold(person.family_name)].add(fold(person.given_name))
            givens_by_country[person.country].add(person.given_name)
        questions: list[ScaleQuestion] = []
        for pair in _sample(rng, self.single, len(self.single)):
            if len(questions) == count:
                break
            side = rng.randrange(2)
            person = self.kb.people[pair[side]]
            family = person.family_name
            given = rng.choice(sorted(givens_by_country[person.country]))  # a given name of the same country
            taken = given_by_family[fold(family)]
            if any(DamerauLevenshtein.distance(fold(given), other) < INVENTED_DISTANCE for other in taken):
                continue
            text = rng.choice(_WHEN).format(a=f"{given} {family}", b=self.name(pair[1 - side]))
            questions.append(ScaleQuestion("mixed-name", text, abstain=True))
        return questions

    def unknown_country(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        countries = unknown_countries(self.vocabulary)
        years = sorted({m.date.year for m in self.kb.meetings.values()})
        phrasings = ("/meetings {c} {y}", "meetings with {c} in {y}", "Who did Japan's foreign minister meet in {c} "
                     "in {y}?", "What did Japan pledge to {c} in {y}?", "/meetings {c}", "When did {c} and Japan "
                     "establish diplomatic relations?")
        return [ScaleQuestion("unknown-country", rng.choice(phrasings).format(c=rng.choice(countries),
                                                                              y=rng.choice(years)), abstain=True)
                for _ in range(count if countries else 0)]

    def _single_with(self, rng: random.Random, count: int, has: str) -> list[tuple[tuple[str, str], Meeting]]:
        found = [(pair, self.pairs[pair][0]) for pair in self.single if getattr(self.pairs[pair][0], has)]
        return _sample(rng, found, count)

    def where(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        questions = []
        for (a, b), meeting in self._single_with(rng, count, "place"):
            assert meeting.place is not None
            text = rng.choice(("Where did {a} meet {b}?", "Where was the meeting between {a} and {b} held?",
                               "In which city did {a} and {b} meet?", "where did {b} and {a} hold talks"))
            questions.append(ScaleQuestion("where", text.format(a=self.name(a), b=self.name(b)),
                                           (re.escape(self.kb.places[meeting.place].name),), records=(meeting.id,)))
        return questions

    def who_met(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        unique = [(person, day, found[0]) for (person, day), found in sorted(self.by_person_day.items())
                  if len(found) == 1 and found[0].date.day is not None and len(found[0].partner_side) <= 3]
        questions = []
        for person, _, meeting in _sample(rng, unique, count):
            others = (meeting.partner_side if person in meeting.japan_side + meeting.accompanying
                      else meeting.japan_side)
            text = rng.choice(("Who did {a} meet on {d}?", "Whom did {a} hold talks with on {d}?",
                               "who met {a} on {d}", "Who was {a}'s counterpart on {d}?"))
            questions.append(ScaleQuestion("who-met", text.format(a=self.name(person), d=_human(meeting.date)),
                                           tuple(person_pattern(self.kb.people[p]) for p in others),
                                           records=(meeting.id,)))
        return questions

    def what_time(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        questions = []
        for (a, b), meeting in self._single_with(rng, count, "local_time"):
            assert meeting.local_time is not None
            text = rng.choice(("What time did {a} and {b} meet?", "At what time did {a}'s meeting with {b} start?",
                               "what time did the meeting between {b} and {a} begin", "When did {a} meet {b}, at "
                               "what time?"))
            questions.append(ScaleQuestion("what-time", text.format(a=self.name(a), b=self.name(b)),
                                           (time_pattern(meeting.local_time),), records=(meeting.id,)))
        return questions

    def how_long(self, rng: random.Random, count: int) -> list[ScaleQuestion]:
        questions = []
        for (a, b), meeting in self._single_with(rng, count, "duration_minutes"):
            assert meeting.duration_minutes is not None
            text = rng.choice(("How long did {a} and {b} meet?", "How long was the meeting between {a} and {b}?",
                               "How many minutes did {a}'s talks with {b} last?", "how long did {b} meet {a} for"))
            questions.append(ScaleQuestion("how-long", text.format(a=self.name(a), b=self.name(b)),
                                           (duration_pattern(meeting.duration_minutes),), records=(meeting.id,)))
        return questions


def _sample(rng: random.Random, items: list[_T], count: int) -> list[_T]:
    """`count` of `items` (all of them when fewer), in a seeded random order."""
    return rng.sample(items, min(count, len(items)))

