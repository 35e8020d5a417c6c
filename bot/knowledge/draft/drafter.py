"""Draft every entry of one document: the source, its meetings with their points, figures, new names.

    draft = draft_document(text, "2025-03-04_zembla_visit.txt", kb)
"""

from __future__ import annotations

from bot.knowledge.draft.assembly import Context, DraftError
from bot.knowledge.draft.gathering import assign_points, gather, split_stops
from bot.knowledge.draft.lexicon import build_lexicon
from bot.knowledge.draft.model import Draft
from bot.knowledge.draft.registry import Registry
from bot.knowledge.draft.sentences import split_sentences
from bot.knowledge.draft.source import draft_source
from bot.knowledge.draft.trips import group_trips
from bot.knowledge.draft.writing import add_known_roles, declare_words, finish
from bot.knowledge.model import KnowledgeBase

__all__ = ["DraftError", "draft_document"]


def draft_document(text: str, file_name: str, kb: KnowledgeBase) -> Draft:
    """Draft entries for `text` against `kb` (ids, names and aliases of what it already holds)."""
    lexicon = build_lexicon(kb)
    taken = {name: set(ids) for name, ids in lexicon.ids.items()}
    source, reviews = draft_source(text, file_name, taken["sources"])
    sentences = split_sentences(text)
    registry = Registry(lexicon)
    registry.collect(sentences)
    gathered, stops = split_stops(gather(sentences, registry), registry)
    assign_points(sentences, gathered, registry, lexicon)
    context = Context(lexicon, registry, source.date, source.dateline, taken, reviews,
                       main_country=registry.main_country(text), headline=source.title if source.headline else None,
                       single=len(gathered) == 1)
    drafted = [context.meeting(g) for g in gathered]
    meetings, figures, trips = group_trips(drafted, context.figures(sentences, gathered, drafted), context)
    facts = tuple(context.stop(g) for g in stops)
    draft = finish(Draft(text, source, meetings=tuple(meetings), figures=tuple(figures), facts=facts,
                         trips=tuple(trips)), context)
    return declare_words(add_known_roles(draft, context, kb), kb.vocabulary)
