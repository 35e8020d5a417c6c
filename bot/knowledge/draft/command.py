"""`python -m bot kb draft FILE` and `python -m bot kb draft-eval`: the two commands of the drafter.

    draft_file(Path("release.txt"), knowledge_dir, seeds_dir, out=sys.stdout)   # exit status
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import TextIO

from bot.errors import KnowledgeBaseError
from bot.knowledge.draft.drafter import DraftError, draft_document
from bot.knowledge.draft.evaluation import evaluate, report
from bot.knowledge.draft.writer import DraftExists, review_list, write_draft
from bot.knowledge.validate import check_knowledge_base


def draft_file(document: Path, knowledge_dir: Path, seeds_dir: Path, out: TextIO, err: TextIO) -> int:
    """Draft `document` into the knowledge base; 0 when the result passes `kb check`, 1 otherwise, 2 on bad input."""
    raw = _read(document, err)
    if raw is None:
        return 2
    text = raw.decode("utf-8")
    kb, problems = check_knowledge_base(knowledge_dir, seeds_dir)
    if kb is None:
        print("the knowledge base has problems; fix them before drafting:", file=err)
        print(KnowledgeBaseError(problems).report(), file=err)
        return 1
    if any(Path(source.file).name == document.name for source in kb.sources.values()):
        print(f"{document.name} is already a source of the knowledge base", file=err)
        return 1
    try:
        draft = draft_document(text, document.name, kb)
        path = write_draft(draft, knowledge_dir, seeds_dir, raw)
    except (DraftError, DraftExists) as exc:
        print(f"not drafted: {exc}", file=err)
        return 1
    print(review_list(draft, path), file=out)
    _, problems = check_knowledge_base(knowledge_dir, seeds_dir)
    if problems:
        print(f"the draft does not pass kb check yet (fix {path.name}):", file=err)
        print(KnowledgeBaseError(problems).report(), file=err)
        return 1
    print("kb check: the knowledge base with the draft is valid", file=out)
    return 0


def _read(document: Path, err: TextIO) -> bytes | None:
    """The document's bytes when they are non-empty UTF-8 text; None once the reason is printed."""
    try:
        raw = document.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        print(f"cannot read {document}: {exc.strerror}", file=err)
        return None
    except UnicodeDecodeError:
        print(f"{document} is not UTF-8 text", file=err)
        return None
    if not text.strip():
        print(f"{document} is empty", file=err)
        return None
    return raw


def draft_eval(knowledge_dir: Path, seeds_dir: Path, synthetic: int, seed: int, out: TextIO) -> int:
    """Print leave-one-out figures on the knowledge base's documents and on `synthetic` generated releases."""
    from bot.bench.synthetic import write_synthetic_kb
    from bot.knowledge.loader import load_knowledge_base

    kb = load_knowledge_base(knowledge_dir, seeds_dir)
    started = time.perf_counter()
    tally = evaluate(kb, sorted(kb.sources), seeds_dir)
    print(report("knowledge base documents, leave-one-out", tally), file=out)
    print(f"  drafting time: {_per_document(started, tally.documents)}", file=out)
    if synthetic <= 0:
        return 0
    with tempfile.TemporaryDirectory(prefix="draft-eval-") as folder:
        generated = write_synthetic_kb(Path(folder), synthetic, seed)
        synthetic_kb = load_knowledge_base(generated / "knowledge", generated / "seeds")
        releases = sorted(s for s in synthetic_kb.sources if synthetic_kb.meetings and
                          any(m.cited.source == s for m in synthetic_kb.meetings.values()))
        started = time.perf_counter()
        tally = evaluate(synthetic_kb, releases, generated / "seeds")
    print(report(f"synthetic releases (seed {seed}), leave-one-out", tally), file=out)
    print(f"  drafting time: {_per_document(started, tally.documents)}", file=out)
    return 0


def _per_document(started: float, documents: int) -> str:
    elapsed = time.perf_counter() - started
    return f"{elapsed:.1f} s in all, {1000 * elapsed / max(documents, 1):.0f} ms per document"
