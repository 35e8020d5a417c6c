"""Load the knowledge base once at start-up: typed, validated entries, or one error naming every problem.

    kb = load_knowledge_base(settings.knowledge_dir, settings.seeds_dir)

The reading (every `*.yaml` file under the knowledge folder, with libyaml's C parser when it is
installed), the checks and the building of the frozen `model` objects are done by
`validate.check_knowledge_base`, which `python -m bot kb check` also calls to print the problems.
"""

from __future__ import annotations

from pathlib import Path

from bot.errors import KnowledgeBaseError
from bot.knowledge.model import KnowledgeBase
from bot.knowledge.validate import check_knowledge_base


def load_knowledge_base(knowledge_dir: Path, seeds_dir: Path, cache_dir: Path | None = None) -> KnowledgeBase:
    """The validated knowledge base; KnowledgeBaseError listing every problem when there is any.

    `cache_dir` (optional) keeps parsed YAML between runs, so only changed files are parsed again.
    """
    kb, problems = check_knowledge_base(knowledge_dir, seeds_dir, cache_dir)
    if kb is None or problems:
        raise KnowledgeBaseError(problems)
    return kb
