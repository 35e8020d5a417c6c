"""Finish a draft: give new people, countries, places and terms their ids, and list what needs review."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.knowledge.draft.lexicon import fold, slug
from bot.knowledge.draft.model import (
    PLACE_KIND,
    TERM_KIND,
    Draft,
    DraftCountry,
    DraftPerson,
    DraftPlace,
    DraftRole,
    DraftTerm,
    DraftWords,
    Review,
)
from bot.knowledge.draft.posts import role_key
from bot.knowledge.draft.registry import NEW, NewPerson
from bot.knowledge.draft.source import unique_id
from bot.knowledge.model import KnowledgeBase

if TYPE_CHECKING:
    from bot.knowledge.draft.assembly import Context


def finish(draft: Draft, context: Context) -> Draft:
    """`draft` with every `new:` key replaced by the id of an entry drafted for it."""
    reviews = list(context.reviews)
    countries, country_ids = _countries(context, reviews)
    fallback = context.main_country
    people, person_ids = _people(context, country_ids, fallback, reviews)
    places = [DraftPlace(ident, name, _id(country, country_ids), quote,
                         " ".join(filter(None, ("The kind (city) is assumed; the text does not say what kind of "
                                                "place it is.", note))))
              for ident, name, country, quote, note in context.new_places.values()]
    reviews.extend(Review(p.id, f"new place \"{p.name}\": check its kind and country") for p in places)
    terms: list[DraftTerm] = []
    term_ids: dict[str, str] = {}
    for folded, (name, quote) in context.new_terms.items():
        ident = unique_id(slug(name), context.taken["terms"])
        term_ids[NEW + folded] = ident
        terms.append(DraftTerm(ident, name, quote, "Drafted from its mention as an occasion; the document does "
                                                   "not define it. The definition is the sentence that names it."))
        reviews.append(Review(ident, f"new term \"{name}\": write its definition and aliases"))
    ids = {**country_ids, **person_ids, **term_ids}
    meetings = tuple(replace(m, japan_side=_ids(m.japan_side, ids), partner_side=_ids(m.partner_side, ids),
                             accompanying=_ids(m.accompanying, ids), countries=_ids(m.countries, ids),
                             country=_id(m.country, ids) if m.country else None,
                             occasion=_id(m.occasion, ids) if m.occasion else None) for m in draft.meetings)
    trips = tuple(replace(t, travellers=_ids(t.travellers, ids), countries=_ids(t.countries, ids)) for t in draft.trips)
    figures = tuple(replace(f, announced_by=_id(f.announced_by, ids) if f.announced_by else None,
                            recipient=_id(f.recipient, ids) if f.recipient else None,
                            countries=_ids(f.countries, ids)) for f in draft.figures)
    reviews.extend(Review(f.id, f"figure \"{f.figure.text}\": check it is a {'pledge' if f.status else 'fact'}")
                   for f in figures)
    facts = tuple(replace(f, people=_ids(f.people, ids), countries=_ids(f.countries, ids)) for f in draft.facts)
    return replace(draft, countries=tuple(countries), places=tuple(places), terms=tuple(terms),
                   people=tuple(people), meetings=meetings, figures=figures, trips=trips, facts=facts,
                   reviews=tuple(reviews))


def _countries(context: Context, reviews: list[Review]) -> tuple[list[DraftCountry], dict[str, str]]:
    drafted, ids = [], {}
    for folded, new in context.registry.countries.items():
        ident = unique_id(slug(new.name), context.taken["countries"])
        ids[NEW + folded] = ident
        drafted.append(DraftCountry(ident, new.name, new.quote,
                                    "Drafted from its mention in this document; demonyms and capital are not stated "
                                    "and are left empty.", tuple(new.aliases)))
        reviews.append(Review(ident, f"new country \"{new.name}\": add its aliases and demonyms"))
    return drafted, ids


def _people(context: Context, country_ids: dict[str, str], fallback: str | None,
            reviews: list[Review]) -> tuple[list[DraftPerson], dict[str, str]]:
    drafted, ids = [], {}
    for key, new in context.registry.people.items():
        ident = unique_id(slug(new.name), context.taken["people"])
        ids[key] = ident
        drafted.append(_person(new, ident, context, country_ids, fallback, reviews))
    return drafted, ids


def _person(new: NewPerson, ident: str, context: Context, country_ids: dict[str, str], fallback: str | None,
            reviews: list[Review]) -> DraftPerson:
    notes: list[str] = []
    country = _id(new.country, country_ids) if new.country else None
    if new.country_note:
        notes.append(new.country_note)
    if country is None:
        country = _id(fallback, country_ids) if fallback else context.lexicon.home
        notes.append(f"The country ({country}) is not stated with the name; it is the foreign country the "
                     "document names most often." if fallback else f"The country ({country}) is not stated.")
        reviews.append(Review(ident, f"{new.name}: the country is not stated, check `country`"))
    key = role_key(new.title or "")
    if new.title and key is None:
        notes.append(f'The role key is not given by the post "{new.title}"; "official" is a placeholder.')
        reviews.append(Review(ident, f"{new.name}: choose the role key of \"{new.title}\""))
    as_of = context.person_dates.get(new.key) or context.reference
    if new.title:
        notes.append(f"The post is dated ({as_of.iso() if as_of else 'undated'}) by the document that shows it, "
                     "not by a date in its quote.")
    if country == context.lexicon.home and " " in new.name and not any(
            w.isupper() and len(w) > 1 for form in new.written for w in form.split()):
        notes.append("The name order is not marked (no family name in capitals): the last word is taken as the "
                     "family name.")
        reviews.append(Review(ident, f"{new.name}: check which name is the family name"))
    if new.given_missing and " " not in new.name:
        notes.append("Only the family name is written; given_name repeats it until a maintainer fills it in.")
        reviews.append(Review(ident, f"{new.name}: only the family name is given, add the given name"))
    return DraftPerson(ident, new.name, new.family, new.given, _aliases(new, context), country, new.title,
                       key or "official", as_of, new.quote, new.role_quote or new.quote, " ".join(notes) or None)


def _aliases(new: NewPerson, context: Context) -> tuple[str, ...]:
    """Every other form the document writes the name in, and the reversed order; none another person has."""
    reversed_order = [] if new.given == new.family else [f"{new.family} {new.given}"]
    forms = [*new.written, *reversed_order] + ([new.family] if " " in new.name else [])
    return tuple(form for form in dict.fromkeys(forms)
                 if fold(form) != fold(new.name) and fold(form) not in context.lexicon.people)


def _id(key: str | None, ids: dict[str, str]) -> str:
    assert key is not None
    return ids.get(key, key)


def _ids(keys: tuple[str, ...], ids: dict[str, str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids.get(k, k) for k in keys))


def add_known_roles(draft: Draft, context: Context, kb: KnowledgeBase) -> Draft:
    """`draft` with a `roles` entry for each post the document gives a person another file defines, dated
    by the meeting or trip its sentence reports, else by the document; a post already held then is left out."""
    roles: list[DraftRole] = []
    reviews = list(draft.reviews)
    dated = {m.quote: m.date for m in draft.meetings} | {t.quote: t.date for t in draft.trips}
    for person, (title, sentence) in context.registry.known_posts.items():
        key = role_key(title)
        as_of = dated.get(sentence) or context.reference
        known = kb.people.get(person)
        if known is None or any(r.key == (key or "official") and r.as_of == as_of for r in known.roles):
            continue
        notes = [f"The post is dated ({as_of.iso() if as_of else 'undated'}) by the document that shows it, not by "
                 "a date in its quote."]
        if key is None:
            notes.append(f'The role key is not given by the post "{title}"; "official" is a placeholder.')
            reviews.append(Review(person, f"{known.name}: choose the role key of \"{title}\""))
        roles.append(DraftRole(person, title, key or "official", known.country, as_of, sentence, " ".join(notes)))
    return replace(draft, roles=tuple(roles), reviews=tuple(reviews))


def declare_words(draft: Draft, declared: Mapping[str, tuple[str, ...]]) -> Draft:
    """`draft` declaring, in its own file, every kind or key it uses that the knowledge base does not declare.

    Vocabulary lists of one name add up across files, so a release that needs a new post or meeting
    kind brings it along; each new word is listed for review (a declared word may be the right one).
    """
    used = {
        "meeting kinds": [m.kind for m in draft.meetings],
        "role keys": [p.key for p in draft.people if p.title] + [r.key for r in draft.roles],
        "place kinds": [PLACE_KIND for _ in draft.places],
        "term kinds": [TERM_KIND for _ in draft.terms],
        "pledge kinds": [k for f in draft.figures if (k := f.kind)],
    }
    words: list[DraftWords] = []
    reviews = list(draft.reviews)
    for name, values in used.items():
        new = tuple(v for v in dict.fromkeys(values) if v not in declared.get(name, ()))
        if new:
            words.append(DraftWords(name, new))
            reviews.extend(Review("vocabulary", f"new word \"{v}\" declared in the list \"{name}\": keep it, or "
                                                "use a word the knowledge base declares") for v in new)
    return replace(draft, vocabulary=tuple(words), reviews=tuple(reviews))
