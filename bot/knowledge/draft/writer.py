"""Write a draft as one YAML file of the knowledge base, copy its document into the seeds, list what to review.

    path = write_draft(draft, knowledge_dir, seeds_dir, document_bytes)
    print(review_list(draft, path))
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.knowledge.draft.model import (
    PLACE_KIND,
    TERM_KIND,
    Draft,
    DraftFigure,
    DraftMeeting,
    DraftPerson,
    DraftPoint,
    DraftRole,
    DraftTrip,
)
from bot.knowledge.schema import COLLECTIONS

# Where the schema lets `partner_side` be left out, leaving it out says "not stated" (`[]` says "nobody").
_PARTNER_SIDE_REQUIRED = COLLECTIONS["meetings"].fields["partner_side"].required


class DraftExists(Exception):
    """The document or its draft is already there; nothing was written."""


def write_draft(draft: Draft, knowledge_dir: Path, seeds_dir: Path, document: bytes) -> Path:
    """Copy the document into `seeds_dir` and write its entries to `knowledge_dir`; the YAML file's path."""
    seed = seeds_dir / draft.source.file
    target = knowledge_dir / f"{Path(draft.source.file).stem}.yaml"
    if target.exists():
        raise DraftExists(f"{target} already exists: remove it to draft the document again")
    if seed.exists() and seed.read_bytes() != document:
        raise DraftExists(f"{seed} already exists with other content: rename the new document")
    seeds_dir.mkdir(parents=True, exist_ok=True)
    knowledge_dir.mkdir(parents=True, exist_ok=True)
    if not seed.exists():
        seed.write_bytes(document)
    target.write_text(draft_yaml(draft), encoding="utf-8")
    return target


def draft_yaml(draft: Draft) -> str:
    """The YAML text of every entry of `draft`."""
    data = draft_entries(draft)
    header = (f"# Drafted from {draft.source.file} by `python -m bot kb draft`. Every value quotes its sentence;\n"
              "# values the text does not state carry a `note`. Review the items the command listed.\n")
    return header + yaml.safe_dump({k: v for k, v in data.items() if v}, sort_keys=False, allow_unicode=True,
                                   width=4096, default_flow_style=None)


def draft_entries(draft: Draft) -> dict[str, list[dict[str, Any]]]:
    """The draft's entries by collection, as the knowledge base's YAML holds them."""
    sid = draft.source.id
    s = draft.source
    source = _strip({"id": s.id, "file": s.file, "title": s.title, "kind": s.kind, "publisher": s.publisher,
                     "date": s.date.iso() if s.date else None, "note": s.note})
    countries = [{"id": c.id, "name": c.name, "aliases": list(c.aliases), "demonyms": [], "source": sid,
                  "quote": c.quote, "note": c.note} for c in draft.countries]
    places = [{"id": p.id, "name": p.name, "aliases": [], "country": p.country, "kind": PLACE_KIND, "source": sid,
               "quote": p.quote, "note": p.note} for p in draft.places]
    terms = [{"id": t.id, "name": t.name, "aliases": [], "kind": TERM_KIND, "definition": t.quote, "source": sid,
              "quote": t.quote, "note": t.note} for t in draft.terms]
    pledges = [_pledge(f, sid) for f in draft.figures if f.status]
    facts = [_fact(f, sid) for f in draft.figures if not f.status]
    facts += [_strip({"id": f.id, "statement": f.statement, "topic": f.topic, "countries": list(f.countries),
                      "people": list(f.people), "source": sid, "quote": f.quote, "note": f.note}) for f in draft.facts]
    vocabulary = [{"list": w.list, "values": list(w.values),
                   "note": "Declared by this document's draft: no other file declares these words yet."}
                  for w in draft.vocabulary]
    return {"vocabulary": vocabulary, "sources": [source], "countries": countries, "places": places,
            "terms": terms, "people": [_person(p, sid) for p in draft.people],
            "roles": [_role(r, sid) for r in draft.roles], "trips": [_trip(t, sid) for t in draft.trips],
            "meetings": [_meeting(m, sid) for m in draft.meetings], "pledges": pledges, "facts": facts}


def _strip(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if v is not None and v != () and v != []}


def _person(p: DraftPerson, sid: str) -> dict[str, Any]:
    roles = []
    if p.title and p.as_of:
        roles.append({"title": p.title, "key": p.key, "country": p.country, "as_of": p.as_of.iso(),
                      "quote": p.role_quote})
    return _strip({"id": p.id, "name": p.name, "family_name": p.family_name, "given_name": p.given_name,
                   "aliases": list(p.aliases), "country": p.country, "roles": roles, "source": sid,
                   "quote": p.quote, "note": p.note}) | {"roles": roles}


def _role(r: DraftRole, sid: str) -> dict[str, Any]:
    return _strip({"person": r.person, "title": r.title, "key": r.key, "country": r.country,
                   "as_of": r.as_of.iso() if r.as_of else None, "source": sid, "quote": r.quote, "note": r.note})


def _trip(t: DraftTrip, sid: str) -> dict[str, Any]:
    return _strip({"id": t.id, "title": t.title, "date": t.date.iso(), "travellers": list(t.travellers),
                   "countries": list(t.countries), "places": list(t.places), "topics": _points(t.topics),
                   "outcomes": _points(t.outcomes), "summary": t.summary, "source": sid, "quote": t.quote,
                   "note": " ".join(t.notes) or None})


def _points(points: tuple[DraftPoint, ...]) -> list[dict[str, str]]:
    return [{"text": p.text, "quote": p.quote} for p in points]


def _meeting(m: DraftMeeting, sid: str) -> dict[str, Any]:
    entry = _strip({
        "id": m.id, "title": m.title, "kind": m.kind, "date": m.date.iso(), "countries": list(m.countries),
        "japan_side": list(m.japan_side), "partner_side": list(m.partner_side), "trip": m.trip,
        "accompanying": list(m.accompanying), "place": m.place, "country": m.country, "occasion": m.occasion,
        "local_time": m.local_time, "time_note": m.time_note, "duration_minutes": m.duration_minutes,
        "duration_note": m.duration_note, "topics": _points(m.topics), "outcomes": _points(m.outcomes),
        "summary": m.summary, "source": sid, "quote": m.quote, "note": " ".join(m.notes) or None,
    })
    entry.setdefault("countries", [])
    if not m.partner_side and _PARTNER_SIDE_REQUIRED:
        entry["partner_side"] = []  # the schema has no "not stated": the note says nobody is named
    return entry


def _quantity(f: DraftFigure) -> dict[str, Any]:
    value = f.figure.value
    return _strip({"value": int(value) if value == int(value) else value, "unit": f.figure.unit,
                   "text": f.figure.text, "qualifier": f.figure.qualifier})


def _pledge(f: DraftFigure, sid: str) -> dict[str, Any]:
    return _strip({"id": f.id, "item": f.item, "kind": f.kind, "donor": f.donor, "recipient": f.recipient,
                   "status": f.status,
                   "statement": f.statement, "quantity": _quantity(f), "meeting": f.meeting,
                   "trip": f.trip, "announced_by": f.announced_by, "source": sid, "quote": f.quote,
                   "note": " ".join(f.notes) or None})


def _fact(f: DraftFigure, sid: str) -> dict[str, Any]:
    return _strip({"id": f.id, "statement": f.statement, "topic": "figures", "countries": list(f.countries),
                   "quantity": _quantity(f), "source": sid, "quote": f.quote,
                   "note": "A figure drafted as a fact: check whether it belongs to a pledge."})


def review_list(draft: Draft, path: Path) -> str:
    """The short list printed after drafting: what was written and what to check."""
    counts = (f"{len(draft.meetings)} meeting(s), {len(draft.trips)} trip(s), {len(draft.people)} new people, "
              f"{len(draft.roles)} role(s) of known people, {len(draft.countries)} new "
              f"countries, {len(draft.places)} new places, {len(draft.terms)} new terms, "
              f"{sum(1 for f in draft.figures if f.status)} pledge(s), "
              f"{sum(1 for f in draft.figures if not f.status) + len(draft.facts)} fact(s)")
    lines = [f"drafted {path}: {counts}", f"review ({len(draft.reviews)}):"]
    lines.extend(f"  - {r.entry}: {r.reason}" for r in draft.reviews)
    if not draft.meetings and not draft.trips:
        lines.append("  - no meeting found: add it by hand if the document reports one")
    return "\n".join(lines)
