"""Draft knowledge-base entries from a new source document (a press release or article as plain text).

    draft = draft_document(text, "2025-03-04_zembla_visit.txt", kb)
    write_draft(draft, knowledge_dir, seeds_dir)

Each module holds one kind of rule, as named data with examples: `sentences` (where quotes start and
end), `dates` (days, months, clock times, durations), `posts` (titles and role keys), `people`
(names, matched against the knowledge base or drafted), `places` (where and on what occasion),
`figures` (money, counts, items), `points` (topics and outcomes), `meetings` (who met whom),
`writer` (YAML and the review list) and `evaluation` (field-by-field comparison with reviewed
entries). Every drafted value carries the sentence it came from; what a rule cannot decide is
written with a `note` and listed for review instead of being guessed.
"""
