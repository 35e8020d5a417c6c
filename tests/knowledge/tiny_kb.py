"""A tiny valid knowledge base, written into a temporary folder, for the loader and validator tests.

`tiny_kb()` gives the YAML documents by file name as plain data; a test changes what it needs,
then `write_kb(tmp_path, files)` writes them with the one source document they quote.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SEED_NAME = "2023-09-20_ukraine_kamikawa-kuleba.txt"
# Line breaks fall inside sentences on purpose: quotes may differ from the text in white space.
SEED_TEXT = """\
Japan-Ukraine Foreign Ministers' Meeting, September 20, 2023
On September 20, commencing at 10:30 a.m. (local time) for approximately 45 minutes, Ms. KAMIKAWA Yoko,
Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Dmytro Kuleba, Minister for Foreign
Affairs of Ukraine, in New York, on the occasion of the UN General Assembly.
Minister Kamikawa stated that Japan will continue to support Ukraine’s “recovery and reconstruction”.
Japan has provided more than 1,500 generators to Ukraine.
The two ministers confirmed that they will work closely together.
They welcomed the memorandum signed prior to the meeting.
"""

Files = dict[str, Any]


def tiny_kb() -> Files:
    """A fresh copy of the documents of a small, valid knowledge base, by file name."""
    cited = {"source": "kamikawa-kuleba-release"}
    return {
        "vocabulary.yaml": {"vocabulary": [
            {"list": "meeting kinds", "values": ["bilateral meeting", "multilateral meeting", "forum", "visit"]},
            {"list": "role keys", "values": ["prime-minister", "foreign-minister", "official"]},
            {"list": "term kinds", "values": ["event", "organisation"]},
            {"list": "place kinds", "values": ["city", "region"]},
            {"list": "pledge kinds", "values": ["equipment", "money"]},
        ]},
        "sources.yaml": {"sources": [{
            "id": "kamikawa-kuleba-release", "file": f"seeds/{SEED_NAME}",
            "title": "Japan-Ukraine Foreign Ministers' Meeting",
            "kind": "press release", "publisher": "Ministry of Foreign Affairs of Japan", "date": "2023-09-20",
        }]},
        "world.yaml": {
            "countries": [
                {"id": "japan", "name": "Japan", "aliases": [], "demonyms": ["Japanese"], "capital": "Tokyo",
                 **cited, "quote": "Minister for Foreign Affairs of Japan"},
                {"id": "ukraine", "name": "Ukraine", "aliases": [], "demonyms": ["Ukrainian"],
                 **cited, "quote": "Minister for Foreign Affairs of Ukraine"},
                {"id": "united-states", "name": "United States", "aliases": ["USA"], "demonyms": ["American"],
                 **cited, "quote": "in New York", "note": "New York is in the United States (USA)."},
            ],
            "places": [{"id": "new-york", "name": "New York", "aliases": [], "country": "united-states", "kind": "city",
                        **cited, "quote": "in New York"}],
            "terms": [{"id": "unga-78", "name": "UN General Assembly", "aliases": ["UNGA"], "kind": "event",
                       "definition": "The annual session of the United Nations General Assembly in New York.",
                       "countries": ["united-states"], "date": 2023, **cited, "quote": "the UN General Assembly",
                       "note": "The year is that of the press release. UNGA is the usual abbreviation."}],
        },
        "people.yaml": {"people": [
            {"id": "yoko-kamikawa", "name": "Yoko Kamikawa", "family_name": "Kamikawa", "given_name": "Yoko",
             "aliases": ["Kamikawa", "KAMIKAWA Yoko"], "country": "japan",
             "roles": [{"title": "Minister for Foreign Affairs", "key": "foreign-minister", "country": "japan",
                        "as_of": "2023-09-20", "quote": "KAMIKAWA Yoko, Minister for Foreign Affairs of Japan"}],
             **cited, "quote": "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan"},
            {"id": "dmytro-kuleba", "name": "Dmytro Kuleba", "family_name": "Kuleba", "given_name": "Dmytro",
             "country": "ukraine",
             "roles": [{"title": "Minister for Foreign Affairs", "key": "foreign-minister", "country": "ukraine",
                        "as_of": "2023-09-20", "quote": "Mr. Dmytro Kuleba, Minister for Foreign Affairs of Ukraine"}],
             **cited, "quote": "H.E. Mr. Dmytro Kuleba"},
        ]},
        "meetings.yaml": {
            "meetings": [{
                "id": "kamikawa-kuleba-2023", "title": "Japan-Ukraine Foreign Ministers' Meeting",
                "kind": "bilateral meeting", "date": "2023-09-20", "countries": ["ukraine"],
                "japan_side": ["yoko-kamikawa"], "partner_side": ["dmytro-kuleba"],
                "place": "new-york", "country": "united-states", "occasion": "unga-78",
                "local_time": "10:30", "duration_minutes": 45, "duration_note": "About 45 minutes.",
                "topics": [{"text": "Recovery and reconstruction of Ukraine",
                            "quote": "support Ukraine’s “recovery and reconstruction”",
                            "keywords": ["reconstruction"]}],
                "outcomes": [{"text": "Close cooperation", "quote": "they will work closely together"}],
                "summary": "The foreign ministers of Japan and Ukraine met in New York.",
                **cited,
                "quote": "On September 20, commencing at 10:30 a.m. (local time) for approximately 45 minutes, "
                         "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with H.E.",
            }],
            "facts": [{
                "id": "generators-to-ukraine", "statement": "Japan has provided more than 1,500 generators to Ukraine.",
                "topic": "aid", "countries": ["japan", "ukraine"], "people": ["yoko-kamikawa"], "terms": ["unga-78"],
                "places": ["new-york"], "date": "2023-09",
                "quantity": {"value": 1500, "unit": "generators", "text": "more than 1,500", "qualifier": "more than"},
                **cited, "quote": "Japan has provided more than 1,500 generators to Ukraine.",
                "note": "The month is that of the press release.",
            }],
            "pledges": [{
                "id": "generators-pledge", "item": "generators", "donor": "japan", "recipient": "ukraine",
                "status": "provided", "statement": "Japan has provided more than 1,500 generators to Ukraine.",
                "quantity": {"value": 1500, "unit": "generators", "text": "more than 1,500"},
                "meeting": "kamikawa-kuleba-2023", "keywords": ["energy"],
                **cited, "quote": "more than 1,500 generators",
            }],
        },
    }  # fmt: skip


def write_kb(root: Path, files: Files) -> tuple[Path, Path]:
    """Write `files` (data, or YAML text as is) under root/knowledge and the seed under root/seeds."""
    knowledge, seeds = root / "knowledge", root / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    (seeds / SEED_NAME).write_text(SEED_TEXT, encoding="utf-8")
    for name, document in files.items():
        path = knowledge / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = document if isinstance(document, str) else yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")
    return knowledge, seeds


def entry(files: Files, collection: str, index: int = 0) -> dict[str, Any]:
    """The `index`-th entry of `collection`, wherever the tiny knowledge base keeps it."""
    for document in files.values():
        if isinstance(document, dict) and collection in document:
            found: dict[str, Any] = document[collection][index]
            return found
    raise KeyError(collection)
