"""Drafting against a small invented knowledge base: what is matched, what is drafted, what is left for review."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.draft.drafter import draft_document
from bot.knowledge.draft.model import Draft
from bot.knowledge.draft.writer import write_draft
from bot.knowledge.loader import load_knowledge_base
from bot.knowledge.model import KnowledgeBase
from bot.knowledge.validate import check_knowledge_base
from tests.knowledge.tiny_kb import tiny_kb, write_kb

KNOWN_PEOPLE = """\
Japan-Ukraine Foreign Ministers' Meeting

October 2, 2023

On October 2, commencing at 3:15 p.m. for approximately 50 minutes, Ms. Yoko KAMIKAWA, Minister for Foreign \
Affairs of Japan, held a meeting with H.E. Mr. KULEBA Dmytro, Minister for Foreign Affairs of Ukraine, in New York, \
on the occasion of the UN General Assembly.
The two ministers exchanged views on the reconstruction of Ukraine.
Minister Kamikawa stated that Japan will provide 300 generators to Ukraine.
The two ministers agreed to hold the next meeting in Tokyo.
"""

NEW_PEOPLE = """\
Foreign Minister Kamikawa visits Kyiv

November 3, 2023

Japanese Foreign Minister Yoko Kamikawa, on an official visit to Kyiv, met with Ukrainian President Olena Marchuk \
and Prime Minister Taras Bondar.
During their meeting, Kamikawa and President Marchuk agreed to work on the Peace Formula of President Marchuk.
Kamikawa also visited Zorivka, Brindle Oblast, where a port was rebuilt.
"""


@pytest.fixture()
def kb(tmp_path: Path) -> KnowledgeBase:
    knowledge, seeds = write_kb(tmp_path, tiny_kb())
    return load_knowledge_base(knowledge, seeds)


def quotes(draft: Draft) -> list[str]:
    found = [m.quote for m in draft.meetings] + [p.quote for m in draft.meetings for p in (*m.topics, *m.outcomes)]
    found += [f.quote for f in draft.facts]
    found += [t.quote for t in draft.trips] + [p.quote for t in draft.trips for p in (*t.topics, *t.outcomes)]
    found += [r.quote for r in draft.roles]
    found += [p.quote for p in draft.people] + [f.quote for f in draft.figures]
    return found + [c.quote for c in draft.countries]


def test_known_people_are_matched_in_either_name_order_and_case(kb: KnowledgeBase) -> None:
    draft = draft_document(KNOWN_PEOPLE, "2023-10-02_ukraine_kamikawa-kuleba.txt", kb)
    assert draft.people == ()
    [meeting] = draft.meetings
    assert (meeting.japan_side, meeting.partner_side, meeting.countries) == (("yoko-kamikawa",), ("dmytro-kuleba",),
                                                                             ("ukraine",))
    assert (meeting.date.iso(), meeting.local_time, meeting.duration_minutes) == ("2023-10-02", "15:15", 50)
    assert (meeting.place, meeting.country, meeting.occasion) == ("new-york", "united-states", "unga-78")
    assert meeting.title == "Japan-Ukraine Foreign Ministers' Meeting"
    assert any("year (2023) is not stated" in note for note in meeting.notes)
    assert [p.quote for p in meeting.topics] == [
        "The two ministers exchanged views on the reconstruction of Ukraine.",
        "Minister Kamikawa stated that Japan will provide 300 generators to Ukraine."]
    assert [p.quote for p in meeting.outcomes] == ["The two ministers agreed to hold the next meeting in Tokyo."]
    [pledge] = draft.figures
    assert (pledge.status, pledge.recipient, pledge.figure.value, pledge.announced_by) == (
        "announced", "ukraine", 300, "yoko-kamikawa")


def test_new_people_get_their_posts_and_countries(kb: KnowledgeBase) -> None:
    draft = draft_document(NEW_PEOPLE, "2023-11-03_ukraine_kamikawa-kyiv.txt", kb)
    people = {p.name: (p.country, p.key, p.title) for p in draft.people}
    assert people == {"Olena Marchuk": ("ukraine", "president", "President"),
                      "Taras Bondar": ("ukraine", "prime-minister", "Prime Minister")}
    by_people = {m.partner_side: m for m in draft.meetings}
    assert set(by_people) == {("olena-marchuk", "taras-bondar")}  # "during their meeting" is the same one
    [outcome] = by_people[("olena-marchuk", "taras-bondar")].outcomes
    assert outcome.quote.startswith("During their meeting, Kamikawa and President Marchuk agreed")


def test_a_stop_of_the_journey_meeting_nobody_is_a_fact_not_a_meeting(kb: KnowledgeBase) -> None:
    draft = draft_document(NEW_PEOPLE, "2023-11-03_ukraine_kamikawa-kyiv.txt", kb)
    [stop] = draft.facts
    assert (stop.topic, stop.people) == ("visits", ("yoko-kamikawa",))
    assert stop.quote.startswith("Kamikawa also visited Zorivka")
    assert any("a stop of the trip" in r.reason for r in draft.reviews)


LONE_VISIT = """\
Foreign Minister Kamikawa visits Brindle Oblast

November 2, 2023

On November 2, Japanese Foreign Minister Yoko Kamikawa visited Zorivka, Brindle Oblast.
"""


def test_what_cannot_be_decided_is_listed_for_review_not_guessed(kb: KnowledgeBase) -> None:
    draft = draft_document(LONE_VISIT, "2023-11-02_ukraine_kamikawa-zorivka.txt", kb)
    [visit] = draft.meetings
    assert visit.kind == "visit" and visit.date.iso() == "2023-11-02"
    assert visit.place is None  # Zorivka: its country is not stated
    reasons = " ".join(r.reason for r in draft.reviews)
    assert "Zorivka" in reasons and "nobody is named on the partner side" in reasons
    assert any("not stated" in note for note in visit.notes)


JOURNEY = """\
Foreign Minister Kamikawa visits Kyiv

November 3, 2023

Japanese Foreign Minister Yoko Kamikawa, on an official visit to Kyiv, Ukraine, met with Ukrainian President \
Olena Marchuk and Prime Minister Taras Bondar.
Kamikawa and President Marchuk met at the Presidential Office and agreed to work on the Peace Formula.
Before this meeting, Kamikawa also held discussions with Prime Minister Bondar.
The talks covered the reconstruction of energy facilities.
Kamikawa reiterated Japan's commitment to supporting Ukraine during the winter.
Japan also pledged to provide Ukraine with 40 transformers.
In May of this year, Japan's Prime Minister Fumio Kishida visited Ukraine.
"""


@pytest.mark.parametrize("document", [KNOWN_PEOPLE, NEW_PEOPLE, LONE_VISIT, JOURNEY],
                         ids=["known", "new", "lone-visit", "journey"])
def test_every_quote_is_a_sentence_of_the_document(kb: KnowledgeBase, document: str) -> None:
    draft = draft_document(document, "2023-11-03_ukraine_x.txt", kb)
    assert all(quote and quote in document for quote in quotes(draft))


@pytest.mark.parametrize("document", [KNOWN_PEOPLE, NEW_PEOPLE, LONE_VISIT, JOURNEY],
                         ids=["known", "new", "lone-visit", "journey"])
def test_written_draft_passes_the_checker(tmp_path: Path, kb: KnowledgeBase, document: str) -> None:
    knowledge, seeds = tmp_path / "knowledge", tmp_path / "seeds"
    draft = draft_document(document, "2023-11-03_ukraine_x.txt", kb)
    write_draft(draft, knowledge, seeds, document.encode("utf-8"))
    checked, problems = check_knowledge_base(knowledge, seeds)
    assert problems == [] and checked is not None
    assert draft.meetings[0].id in checked.meetings


HEADLINE_FIRST = """\
Courtesy Call on Foreign Minister Takemori by Speaker of the Parliament of Zembla

July 8, 2025

On July 8, Mr. TAKEMORI Kenji, Minister for Foreign Affairs, received a courtesy call from H.E. Ms. Mira Castel, \
Speaker of the Parliament of Zembla, who is visiting Japan.
Minister Takemori welcomed the visit and stated that Japan will extend grant aid of 2.5 billion yen to Zembla.
"""


def test_a_headline_naming_only_the_family_name_is_the_person_of_the_text(kb: KnowledgeBase) -> None:
    draft = draft_document(HEADLINE_FIRST, "2025-07-08_zembla_courtesy-call.txt", kb)
    people = {p.name: (p.country, p.key) for p in draft.people}
    assert people == {"Kenji Takemori": ("japan", "foreign-minister"), "Mira Castel": ("zembla", "official")}
    [meeting] = draft.meetings
    assert (meeting.kind, meeting.country, meeting.countries) == ("visit", "japan", ("zembla",))
    assert any("choose the role key" in r.reason for r in draft.reviews)  # "Speaker": no rule knows the post
    [grant] = draft.figures
    assert (grant.status, grant.item, grant.figure.value, grant.figure.unit, grant.recipient) == (
        "announced", "grant aid", 2.5e9, "JPY", "zembla")


def test_a_role_key_the_knowledge_base_lacks_is_declared_in_the_draft_and_listed(kb: KnowledgeBase) -> None:
    draft = draft_document(NEW_PEOPLE, "2023-11-03_ukraine_kamikawa-kyiv.txt", kb)
    assert [(w.list, w.values) for w in draft.vocabulary] == [("role keys", ("president",))]
    assert any(r.entry == "vocabulary" and '"president"' in r.reason for r in draft.reviews)


def test_a_draft_declares_nothing_the_knowledge_base_declares(kb: KnowledgeBase) -> None:
    assert draft_document(KNOWN_PEOPLE, "2023-10-02_ukraine_kamikawa-kuleba.txt", kb).vocabulary == ()


def test_a_journey_with_several_meetings_is_one_trip_its_meetings_name(kb: KnowledgeBase) -> None:
    draft = draft_document(JOURNEY, "2023-11-03_ukraine_kamikawa-kyiv.txt", kb)
    journey, passing = draft.trips
    assert (journey.travellers, journey.places, journey.countries) == (("yoko-kamikawa",), ("kyiv",), ("ukraine",))
    assert sorted(m.partner_side for m in draft.meetings) == [("olena-marchuk",), ("taras-bondar",)]
    assert all(m.trip == journey.id and m.place == "kyiv" for m in draft.meetings)
    # what names none of a meeting's partners and does not refer back to it belongs to the journey
    assert [p.quote for p in journey.topics][1:] == ["Kamikawa reiterated Japan's commitment to supporting Ukraine "
                                                     "during the winter."]
    [pledge] = draft.figures
    assert (pledge.trip, pledge.meeting) == (journey.id, None)
    assert [p.quote for p in journey.outcomes] == ["Japan also pledged to provide Ukraine with 40 transformers."]
    # a visit mentioned in passing, nobody named as met: a trip without meetings, not a meeting with nobody
    assert (passing.travellers, passing.date.iso()) == (("fumio-kishida",), "2023-05")
    assert not any("partner_side" in r.reason for r in draft.reviews)


def test_a_drafted_journey_passes_the_checker(tmp_path: Path, kb: KnowledgeBase) -> None:
    draft = draft_document(JOURNEY, "2023-11-03_ukraine_kamikawa-kyiv.txt", kb)
    write_draft(draft, tmp_path / "knowledge", tmp_path / "seeds", JOURNEY.encode("utf-8"))
    checked, problems = check_knowledge_base(tmp_path / "knowledge", tmp_path / "seeds")
    assert problems == [] and checked is not None
    assert {m.trip for m in checked.meetings.values() if m.cited.source == draft.source.id} == {draft.trips[0].id}


def test_a_visit_naming_nobody_met_leaves_the_partner_side_out(tmp_path: Path, kb: KnowledgeBase) -> None:
    draft = draft_document(LONE_VISIT, "2023-11-02_ukraine_kamikawa-zorivka.txt", kb)
    write_draft(draft, tmp_path / "knowledge", tmp_path / "seeds", LONE_VISIT.encode("utf-8"))
    checked, _ = check_knowledge_base(tmp_path / "knowledge", tmp_path / "seeds")
    assert checked is not None and not checked.meetings[draft.meetings[0].id].partner_side_stated


def test_a_post_of_a_known_person_is_a_role_in_the_drafts_own_file(kb: KnowledgeBase) -> None:
    draft = draft_document(KNOWN_PEOPLE, "2023-10-02_ukraine_kamikawa-kuleba.txt", kb)
    roles = {r.person: (r.key, r.country, r.as_of.iso() if r.as_of else None) for r in draft.roles}
    assert roles == {"yoko-kamikawa": ("foreign-minister", "japan", "2023-10-02"),
                     "dmytro-kuleba": ("foreign-minister", "ukraine", "2023-10-02")}


def test_a_post_the_person_already_holds_at_that_date_is_not_drafted_again(kb: KnowledgeBase) -> None:
    document = KNOWN_PEOPLE.replace("October 2", "September 20")
    assert draft_document(document, "2023-09-20_ukraine_kamikawa-kuleba-2.txt", kb).roles == ()


DATED_VISIT = """\
Foreign Minister Kamikawa visits Ukraine

November 3, 2023

On November 2, Japanese Foreign Minister Yoko Kamikawa visited Kyiv, Ukraine.
On November 2, Kamikawa met with Ukrainian President Olena Marchuk.
The two sides agreed to cooperate on reconstruction.
"""


def test_a_visit_during_which_meetings_were_held_is_their_trip(tmp_path: Path, kb: KnowledgeBase) -> None:
    draft = draft_document(DATED_VISIT, "2023-11-03_ukraine_kamikawa-visit.txt", kb)
    [trip] = draft.trips
    [meeting] = draft.meetings
    assert (trip.date.iso(), trip.places, meeting.trip, meeting.partner_side) == (
        "2023-11-02", ("kyiv",), trip.id, ("olena-marchuk",))
    write_draft(draft, tmp_path / "knowledge", tmp_path / "seeds", DATED_VISIT.encode("utf-8"))
    assert check_knowledge_base(tmp_path / "knowledge", tmp_path / "seeds")[1] == []


FORUM = """\
Ukraine and Japan widen trade ties

November 20, 2023

Over the years, the two nations have built their trade ties.
On November 14, Ukraine – Japan trade forum provided a stage for over 90 companies to hold discussions.
Steering the dialogue were Petro Danylenko, the head of the Ministry of Trade in Ukraine, and Japan's State \
Minister of Economy, Aiko Morimura.
During the forum, a total of 6 agreements were signed, covering energy and farming.
Areas such as shipbuilding and tourism were also addressed, showing the breadth of ties between Ukraine and Japan.
"""


def test_a_dated_forum_and_the_people_who_led_it_are_drafted_as_an_event(tmp_path: Path, kb: KnowledgeBase) -> None:
    draft = draft_document(FORUM, "2023-11-20_ukraine_forum.txt", kb)
    [forum] = draft.meetings
    people = {p.id: p.name for p in draft.people}
    assert (forum.kind, forum.date.iso(), forum.place, forum.country) == ("forum", "2023-11-14", None, None)
    assert [people[k] for k in forum.japan_side] == ["Aiko Morimura"]
    assert [people[k] for k in forum.accompanying] == ["Petro Danylenko"]
    assert forum.partner_side == ()  # nobody is named as met at a forum
    assert [p.quote.split(",")[0] for p in forum.topics] == [
        "On November 14", "Areas such as shipbuilding and tourism were also addressed"]
    assert [p.quote.split(",")[0] for p in forum.outcomes] == ["During the forum"]
    write_draft(draft, tmp_path / "knowledge", tmp_path / "seeds", FORUM.encode("utf-8"))
    assert check_knowledge_base(tmp_path / "knowledge", tmp_path / "seeds")[1] == []


def test_a_reference_to_the_forum_before_any_forum_belongs_to_no_meeting(kb: KnowledgeBase) -> None:
    document = FORUM.replace("Over the years, the two nations have built their trade ties.",
                             "On November 13, Minister Kamikawa held a meeting with Minister Kuleba. "
                             "In total, 6 agreements were signed at the forum.")
    draft = draft_document(document, "2023-11-20_ukraine_forum.txt", kb)
    bilateral = next(m for m in draft.meetings if m.kind != "forum")
    assert all("at the forum" not in p.quote for p in (*bilateral.topics, *bilateral.outcomes))


@pytest.mark.parametrize(("city", "country"), [("London", "United Kingdom"), ("Sydney", "Australia")])
def test_a_large_city_written_without_its_country_gets_it_with_a_note(tmp_path: Path, kb: KnowledgeBase,
                                                                     city: str, country: str) -> None:
    document = KNOWN_PEOPLE.replace("New York", city)
    draft = draft_document(document, "2023-10-02_ukraine_x.txt", kb)
    [meeting] = draft.meetings
    [place] = draft.places
    [new_country] = draft.countries
    assert (place.name, new_country.name, meeting.place, meeting.country) == (city, country, place.id, new_country.id)
    assert "GeoNames" in (place.note or "") and any("GeoNames" in n for n in meeting.notes)
    write_draft(draft, tmp_path / "knowledge", tmp_path / "seeds", document.encode("utf-8"))
    assert check_knowledge_base(tmp_path / "knowledge", tmp_path / "seeds")[1] == []


@pytest.mark.parametrize("city", ["Bali", "Hyderabad", "Springfield"])
def test_a_city_whose_name_alone_does_not_say_its_country_is_left_for_review(kb: KnowledgeBase, city: str) -> None:
    document = KNOWN_PEOPLE.replace("New York", city)
    draft = draft_document(document, "2023-10-02_ukraine_x.txt", kb)
    [meeting] = draft.meetings
    assert meeting.place is None and draft.places == ()
    assert any(city in r.reason for r in draft.reviews)


def test_a_drafted_pledge_names_its_kind(kb: KnowledgeBase) -> None:
    draft = draft_document(JOURNEY, "2023-11-03_ukraine_kamikawa-kyiv.txt", kb)
    [pledge] = draft.figures
    assert pledge.kind == "equipment"  # 40 transformers: things counted, not an amount of money
