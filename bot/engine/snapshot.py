"""Start-up cache: the validated knowledge base and its indexes, kept as one pickle between runs.

    engine = load_engine(knowledge_dir, seeds_dir, cache_dir)

Building a 10,000-meeting knowledge base takes seconds (YAML, checks, indexes); reading it back
from the snapshot takes about one. The snapshot is used only when it was built from exactly the
same inputs: its key is a digest of every `*.yaml` file under the knowledge folder (name and
bytes) and of the code that reads and indexes them (the `bot.knowledge` and `bot.engine` sources,
the Python version, the versions of the libraries involved); and every source document it holds
must still read the same on disk. Anything else (no file, a different key, a truncated or
corrupt file, a changed seed document) builds afresh, with every check, and replaces the snapshot.

The snapshot is a pickle, read only from the bot's own cache folder (which it wrote) and only after
a digest of its bytes matches the one in its header.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import logging
import operator
import os
import pickle
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from bot.engine.engine import Engine
from bot.engine.index import KnowledgeIndex
from bot.knowledge.loader import load_knowledge_base
from bot.knowledge.model import KnowledgeBase
from bot.knowledge.validate import read_source_text, text_digest

logger = logging.getLogger(__name__)

FILE_NAME = "knowledge-snapshot.pickle"
_MAGIC = b"kb-snapshot/1\n"
_DIGEST = 32
_CODE_PACKAGES = ("bot/knowledge", "bot/engine")
_LIBRARIES = ("countryinfo", "snowballstemmer", "rapidfuzz", "PyYAML")


@dataclass(frozen=True)
class Loaded:
    """A validated knowledge base with its indexes, and whether they came from the snapshot."""

    kb: KnowledgeBase
    index: KnowledgeIndex
    from_snapshot: bool


def load_engine(knowledge_dir: Path, seeds_dir: Path, cache_dir: Path | None = None) -> Engine:
    """The engine over the knowledge base; through the snapshot in `cache_dir` when it is current."""
    loaded = load_indexed(knowledge_dir, seeds_dir, cache_dir)
    return Engine(loaded.kb, index=loaded.index)


def load_indexed(knowledge_dir: Path, seeds_dir: Path, cache_dir: Path | None = None) -> Loaded:
    """The knowledge base and its indexes: from a current snapshot, else built (and the snapshot written).

    Raises KnowledgeBaseError, listing every problem, exactly as `load_knowledge_base` does.
    """
    if cache_dir is None:
        index = KnowledgeIndex(load_knowledge_base(knowledge_dir, seeds_dir))
        return Loaded(index.kb, index, from_snapshot=False)
    path = cache_dir / FILE_NAME
    key = input_key(knowledge_dir)
    found = read_snapshot(path, key, seeds_dir)
    if found is not None:
        return Loaded(*found, from_snapshot=True)
    index = KnowledgeIndex(load_knowledge_base(knowledge_dir, seeds_dir, cache_dir))
    write_snapshot(path, key, index.kb, index)  # the engine's view of the knowledge base (trips as visits)
    return Loaded(index.kb, index, from_snapshot=False)


def input_key(knowledge_dir: Path) -> bytes:
    """Digest of every knowledge YAML file (name and bytes) and of the code version."""
    digest = hashlib.blake2b(code_version(), digest_size=_DIGEST)
    for path in sorted(knowledge_dir.rglob("*.yaml")):
        content = path.read_bytes()
        name = path.relative_to(knowledge_dir).as_posix().encode()
        digest.update(len(name).to_bytes(8, "big") + name + len(content).to_bytes(8, "big"))
        digest.update(content)
    return digest.digest()


def code_version() -> bytes:
    """Digest of what turns YAML into a knowledge base and indexes: our sources, Python, libraries."""
    root = Path(__file__).resolve().parents[2]
    digest = hashlib.blake2b(digest_size=_DIGEST)
    digest.update(f"{sys.version}|{pickle.HIGHEST_PROTOCOL}|{yaml.__with_libyaml__}".encode())
    for name in _LIBRARIES:
        try:
            digest.update(f"|{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"|{name}=-".encode())
    for package in _CODE_PACKAGES:
        for path in sorted((root / package).glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


def read_snapshot(path: Path, key: bytes, seeds_dir: Path) -> tuple[KnowledgeBase, KnowledgeIndex] | None:
    """The snapshot's contents when it is intact and was built from `key`; None otherwise."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_MAGIC) + 2 * _DIGEST)
            if header[:len(_MAGIC)] != _MAGIC or header[len(_MAGIC):len(_MAGIC) + _DIGEST] != key:
                return None
            payload_start = handle.tell()
            if hashlib.file_digest(handle, lambda: hashlib.blake2b(digest_size=_DIGEST)).digest() != header[-_DIGEST:]:
                logger.warning("knowledge snapshot %s is corrupt; building afresh", path)
                return None
            handle.seek(payload_start)  # read as a stream: the whole file in memory would raise peak RSS
            with _collector_paused():
                kb, index = pickle.load(handle)
    except OSError:
        return None
    except Exception:  # noqa: BLE001 - a snapshot of another code version can fail in many ways
        logger.warning("knowledge snapshot %s cannot be read; building afresh", path, exc_info=True)
        return None
    if not isinstance(kb, KnowledgeBase) or not isinstance(index, KnowledgeIndex) or index.kb is not kb:
        return None
    if not _sources_unchanged(kb, seeds_dir):
        return None
    return kb, index


def write_snapshot(path: Path, key: bytes, kb: KnowledgeBase, index: KnowledgeIndex) -> None:
    """Write the snapshot atomically; a cache folder that cannot be written only costs the next start."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "w+b") as handle:
            handle.write(_MAGIC + key + bytes(_DIGEST))  # the checksum goes in once the payload is written
            payload_start = handle.tell()
            _CompactPickler(handle, protocol=pickle.HIGHEST_PROTOCOL).dump((kb, index))
            handle.seek(payload_start)
            checksum = hashlib.file_digest(handle, lambda: hashlib.blake2b(digest_size=_DIGEST)).digest()
            handle.seek(payload_start - _DIGEST)
            handle.write(checksum)
        os.replace(temporary, path)
    except OSError as exc:
        logger.warning("cannot write the knowledge snapshot %s: %s", path, exc.strerror)
        with contextlib.suppress(OSError):  # the folder may not exist, or be a file
            temporary.unlink(missing_ok=True)


class _CompactPickler(pickle.Pickler):
    """Frozen dataclasses pickled as calls of their constructor.

    Restored through `__init__`, instances keep Python's compact attribute storage; restored the
    default way, each gets a dict of its own, and 10,000 meetings then take a third more memory.
    """

    def reducer_override(self, obj: object) -> tuple[type, tuple[object, ...]]:
        arguments = _constructor_arguments(type(obj))
        return NotImplemented if arguments is None else (type(obj), arguments(obj))


_ARGUMENTS: dict[type, Callable[[Any], tuple[object, ...]] | None] = {}


def _constructor_arguments(cls: type) -> Callable[[Any], tuple[object, ...]] | None:
    """What to call `cls` with to rebuild an instance; None where the default pickling is needed:
    not a frozen dataclass, or one that `__post_init__` checks or completes."""
    if cls not in _ARGUMENTS:
        getter = None
        params = getattr(cls, "__dataclass_params__", None)
        if params is not None and params.frozen and not hasattr(cls, "__post_init__"):
            fields = dataclasses.fields(cls)
            if fields and all(f.init for f in fields):
                names = [f.name for f in fields]
                getter = (operator.attrgetter(*names) if len(names) > 1
                          else lambda obj, name=names[0]: (getattr(obj, name),))
        _ARGUMENTS[cls] = getter
    return _ARGUMENTS[cls]


def _sources_unchanged(kb: KnowledgeBase, seeds_dir: Path) -> bool:
    """Whether every source document still reads as it did when quotes were checked against it."""
    root, seeds = os.fspath(seeds_dir.parent), os.fspath(seeds_dir)
    for ident, source in kb.sources.items():
        try:
            if text_digest(read_source_text(source.file, root, seeds)) != kb.source_digests.get(ident):
                return False
        except Exception:  # noqa: BLE001 - missing, unreadable, not UTF-8: the full check will say which
            return False
    return True


@contextmanager
def _collector_paused() -> Iterator[None]:
    # Unpickling creates millions of objects without a single cycle: collections would only slow it.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
