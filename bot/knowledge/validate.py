"""Check the YAML knowledge base and build its typed entries, collecting every problem found.

    kb, problems = check_knowledge_base(Path("knowledge"), Path("seeds"))

Files are read one by one (a broken file is reported, the others are still checked), then each
entry is checked and converted against its field table in `schema`. References, quotes and
aliases are checked once every entry is known; then, when every file was read and every id is
known, whether the quotes support the values (`support`) and the entries' other claims
(`consistency`). A problem names the file (relative to the knowledge folder), the line where its
entry starts, the entry id (`#3` for the third entry of a list that has no id) and the
reason, starting with the field concerned (`topics#2.quote: ...`). The knowledge base is
returned only when there is no problem at all.
"""

from __future__ import annotations

import contextlib
import difflib
import gc
import hashlib
import marshal
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from bot.errors import Problem
from bot.knowledge import consistency
from bot.knowledge.model import AddedRole, Cited, KnowledgeBase, Person, Vocabulary
from bot.knowledge.quotes import quote_problem
from bot.knowledge.schema import (
    COLLECTIONS,
    ENTRY_NOUNS,
    Field,
    Invalid,
    Kind,
    Record,
    check_list,
    check_text,
    check_texts,
    describe,
)
from bot.knowledge.support import dateline_years, unsupported

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe YAML that keeps dates and times as text and reads only `true`/`false` as booleans.

    Plain YAML 1.1 fails the whole file on `2023-02-30`, reads `10:30` as 630 and `no` as False;
    `PartialDate.parse` and the `HH:MM` check give a precise reason instead.
    """


_RETYPED = {f"tag:yaml.org,2002:{name}" for name in ("bool", "int", "float", "timestamp")}
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _RETYPED]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$"), list("tTfF"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789"))
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]+(?:[eE][-+]?[0-9]+)?$|^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$"),
    list("-+0123456789."),
)


@dataclass(frozen=True)
class _Entry:
    collection: str
    file: str
    label: str  # the id, or `#index` when there is none
    data: dict[str, Any]


def check_knowledge_base(
    knowledge_dir: Path, seeds_dir: Path, cache_dir: Path | None = None
) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Read, check and build the knowledge base: `(kb, [])`, or `(None, problems)` listing every problem.

    With `cache_dir`, parsed YAML is kept there (keyed by file content) and only changed files are
    parsed again: libyaml's parser is the slowest step by far.
    """
    with _gc_paused():
        checker = _Checker()
        entries = _read_entries(knowledge_dir, cache_dir, checker.problems)
        tables: dict[str, dict[str, Any]] = {name: {} for name in COLLECTIONS}
        defined_in: dict[str, dict[str, str]] = {name: {} for name in COLLECTIONS}  # collection -> id -> file
        unnamed: dict[str, list[tuple[_Entry, Any]]] = {"vocabulary": [], "roles": []}  # entries without ids
        for entry in entries:
            checker.file, checker.label = entry.file, entry.label
            built = checker.record(COLLECTIONS[entry.collection], entry.data, "", None)
            if entry.collection in unnamed:
                unnamed[entry.collection].append((entry, built))
                continue
            ident = entry.data.get("id")
            if not isinstance(ident, str):
                continue
            seen = defined_in[entry.collection]
            if ident in seen:
                checker.report(f"id: duplicate {ENTRY_NOUNS[entry.collection]} id, also defined in {seen[ident]}")
                continue
            seen[ident] = entry.file
            if built is not None:
                tables[entry.collection][ident] = built
        vocabulary = _vocabulary(unnamed["vocabulary"])
        checker.check_words(vocabulary)
        checker.check_references(defined_in)
        tables["people"] = _with_added_roles(tables["people"], unnamed["roles"])
        source_texts = checker.read_sources(tables["sources"], defined_in["sources"], seeds_dir)
        checker.check_quotes(source_texts)
        if not any(p.reason.startswith(_SYNTAX) or _FOLLOW_ON.search(p.reason) for p in checker.problems):
            # Values are checked against whole records (a person's meetings, a pledge's meeting): with a
            # file unreadable or an id unknown they would report what is only missing.
            checker.check_support(tables, defined_in, source_texts)
        checker.check_aliases(tables, defined_in)
    if checker.problems:
        return None, _ordered(checker.problems, knowledge_dir)
    del tables["vocabulary"], tables["roles"]
    digests = {ident: text_digest(text) for ident, text in source_texts.items()}
    return KnowledgeBase(**tables, vocabulary=vocabulary, source_digests=digests), []


_SYNTAX = "YAML syntax error"
# Problems a file that cannot be read causes elsewhere: what it defines looks missing.
_FOLLOW_ON = re.compile(r"unknown (?:source|country|place|person|meeting|fact|pledge|term|trip) "
                        r"|not in the vocabulary list")


def _ordered(problems: list[Problem], knowledge_dir: Path) -> list[Problem]:
    """Syntax errors first, then by file and line; references a broken file may define are left out."""
    broken = [p for p in problems if p.reason.startswith(_SYNTAX)]
    rest = [p for p in problems if not p.reason.startswith(_SYNTAX)]
    if broken:
        rest = [p for p in rest if not _FOLLOW_ON.search(p.reason)]
    located = _with_lines(rest, knowledge_dir)
    return broken + sorted(located, key=lambda p: (p.file, p.line or 0))


def _with_lines(problems: list[Problem], knowledge_dir: Path) -> list[Problem]:
    """Each problem with the line its entry starts on (`- id: x`), where the file says so."""
    lines: dict[str, dict[str, int]] = {}
    for problem in problems:
        if problem.file not in lines:
            lines[problem.file] = _entry_lines(knowledge_dir / problem.file)
    return [replace(p, line=lines[p.file].get(p.entry)) for p in problems]


_ENTRY_START = re.compile(r"^\s*-\s+id:\s*['\"]?([^'\"\s#]+)", re.MULTILINE)


def _entry_lines(path: Path) -> dict[str, int]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    found: dict[str, int] = {}
    for match in _ENTRY_START.finditer(text):
        found.setdefault(match.group(1), text.count("\n", 0, match.start()) + 1)
    return found


def _vocabulary(declared: list[tuple[_Entry, Any]]) -> dict[str, tuple[str, ...]]:
    """List name -> its values, in the order declared (several files may add to one list)."""
    lists: dict[str, dict[str, None]] = {}
    for _, built in declared:
        if isinstance(built, Vocabulary):
            lists.setdefault(built.list, {}).update(dict.fromkeys(built.values))
    return {name: tuple(values) for name, values in lists.items()}


def _with_added_roles(people: dict[str, Person], added: list[tuple[_Entry, Any]]) -> dict[str, Person]:
    """People with the roles other documents' files add to them, after their own."""
    extra: dict[str, list[Any]] = {}
    for _, built in added:
        if isinstance(built, AddedRole):
            extra.setdefault(built.person, []).append(built.role())
    if not extra:
        return people
    return {ident: replace(p, roles=p.roles + tuple(extra[ident])) if ident in extra else p
            for ident, p in people.items()}


@contextmanager
def _gc_paused() -> Iterator[None]:
    # Loading makes millions of small objects and no reference cycles: the collector would only
    # rescan them again and again (it doubled the load time of a 10,000-meeting knowledge base).
    # freeze() + unfreeze() then file them with the old objects, rather than leaving them all
    # in the young generation for the first collection after loading to walk through.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def _read_entries(knowledge_dir: Path, cache_dir: Path | None, problems: list[Problem]) -> list[_Entry]:
    if not knowledge_dir.is_dir():
        problems.append(Problem(str(knowledge_dir), "-", "knowledge folder not found"))
        return []
    paths = sorted(knowledge_dir.rglob("*.yaml"))
    if not paths:
        problems.append(Problem(str(knowledge_dir), "-", "no *.yaml files in the knowledge folder"))
    cache = _ParseCache(cache_dir)
    entries: list[_Entry] = []
    texts: dict[str, str] = {}
    for path in paths:
        name = path.relative_to(knowledge_dir).as_posix()
        try:
            document = _one_copy_each(cache.parse(name, path.read_bytes()), texts)
        except yaml.YAMLError as exc:
            problems.append(_syntax_problem(name, exc))
            continue
        except OSError as exc:
            problems.append(Problem(name, "-", f"cannot read the file: {exc.strerror}"))
            continue
        _split_document(name, document, entries, problems)
    cache.save()
    return entries


def _one_copy_each(value: object, texts: dict[str, str]) -> object:
    """`value` (parsed YAML) with every string that equals one met before replaced by that one.

    Ten thousand meetings repeat the same few thousand values (country ids, kinds, publishers,
    topics); one object each keeps the knowledge base, and the snapshot written of it, smaller.
    """
    if isinstance(value, str):
        return texts.setdefault(value, value)
    if isinstance(value, dict):
        for key, item in value.items():
            value[key] = _one_copy_each(item, texts)
    elif isinstance(value, list):
        for n, item in enumerate(value):
            value[n] = _one_copy_each(item, texts)
    return value


class _ParseCache:
    """Parsed YAML documents by file name and content digest, kept between runs in `cache_dir`.

    The cache holds plain data only (marshal, for speed); it is rebuilt whenever it cannot be read.
    """

    VERSION = 1  # bump whenever `_Loader` changes what a YAML text is read as

    def __init__(self, cache_dir: Path | None) -> None:
        name = f"knowledge-yaml-v{self.VERSION}.{sys.implementation.cache_tag}.marshal"
        self.path = cache_dir / name if cache_dir else None
        self.old: dict[str, tuple[bytes, object]] = {}
        self.new: dict[str, tuple[bytes, object]] = {}
        if self.path is not None and self.path.is_file():
            try:
                loaded = marshal.loads(self.path.read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                return
            if isinstance(loaded, dict) and all(isinstance(v, tuple) and len(v) == 2 for v in loaded.values()):
                self.old = loaded

    def _unchanged(self) -> bool:
        return self.new.keys() == self.old.keys() and all(self.new[name][0] == self.old[name][0] for name in self.new)

    def parse(self, name: str, content: bytes) -> object:
        if self.path is None:
            return yaml.load(content, Loader=_Loader)
        digest = hashlib.blake2b(content, digest_size=16).digest()
        cached = self.old.get(name)
        document = cached[1] if cached is not None and cached[0] == digest else yaml.load(content, Loader=_Loader)
        self.new[name] = (digest, document)
        return document

    def save(self) -> None:
        if self.path is None or self._unchanged():
            return
        temporary = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(marshal.dumps(self.new))
            os.replace(temporary, self.path)
        except (OSError, ValueError):  # ValueError: a value marshal cannot store (an explicit !!timestamp)
            with contextlib.suppress(OSError):  # the folder may not exist, or be a file
                temporary.unlink(missing_ok=True)


def _syntax_problem(name: str, exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}" if mark is not None else "-"
    what = " ".join(str(part) for part in (getattr(exc, "context", None), getattr(exc, "problem", None)) if part)
    return Problem(name, where, f"YAML syntax error: {what or exc}")


def _split_document(name: str, document: object, entries: list[_Entry], problems: list[Problem]) -> None:
    if document is None:
        return
    if not isinstance(document, dict):
        problems.append(Problem(name, "-", "the top level must be a mapping of collection names to lists"))
        return
    for collection, items in document.items():
        if collection not in COLLECTIONS:
            known = ", ".join(COLLECTIONS)
            problems.append(Problem(name, str(collection), f"unknown collection (expected one of {known})"))
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            reason = f"a collection must be a list of entries, got {describe(items)}"
            problems.append(Problem(name, collection, reason))
            continue
        for index, data in enumerate(items, 1):
            if not isinstance(data, dict):
                reason = f"a {collection} entry must be a mapping, got {describe(data)}"
                problems.append(Problem(name, f"#{index}", reason))
                continue
            ident = data.get("id")
            label = ident if isinstance(ident, str) and ident.strip() else f"#{index}"
            entries.append(_Entry(collection, name, label, data))


class _Checker:
    """Checks entries one at a time, remembering references and quotes to check at the end."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.file = ""
        self.label = ""
        # (file, entry, field path, collection, id) and (file, entry, field path, source id, quote)
        self.references: list[tuple[str, str, str, str, str]] = []
        self.quotes: list[tuple[str, str, str, str, str]] = []
        # (file, entry, field path, vocabulary list, value): checked once every list is declared
        self.words: list[tuple[str, str, str, str, str]] = []
        self.unquoted: set[tuple[str, str]] = set()  # entries with a quote not found: values go unchecked

    def report(self, reason: str, file: str | None = None, label: str | None = None) -> None:
        self.problems.append(Problem(file or self.file, label or self.label, reason))

    def record(self, record: Record, data: dict[str, Any], prefix: str, source: str | None) -> Any:
        """Check one mapping against `record`: the built dataclass, or None once the reasons are reported."""
        ok = True
        if not record.names.issuperset(data):
            for key in sorted(map(str, data.keys() - record.names)):
                close = difflib.get_close_matches(key, record.names, n=1)
                self.report(f"{prefix}{key}: unknown field" + (f" (did you mean {close[0]!r}?)" if close else ""))
            ok = False
        if not record.required.issubset(data):
            for name in record.fields:
                if name in record.required and name not in data:
                    self.report(f"{prefix}{name}: missing required field")
            ok = False
        own_source = data.get("source")
        if record.cited and isinstance(own_source, str):
            source = own_source.strip()  # also what the sub-items inherit
        values = record.defaults.copy()
        fields = record.fields
        for name, value in data.items():
            field = fields.get(name)
            if field is None:
                continue  # an unknown field, reported above
            if value is None:  # `key:` with nothing after it counts as absent
                if field.required:
                    self.report(f"{prefix}{name}: missing required field")
                    ok = False
                continue
            try:
                check = field.check
                values[name] = check(value, field) if check else self._structured(field, value, prefix + name, source)
            except Invalid as exc:
                self.report(f"{prefix}{name}: {exc}")
                ok = False
            except _Reported:
                ok = False
        for key, flag in record.stated.items():
            values[flag] = data.get(key) is not None
        if not record.cited:
            return record.build(**values) if ok else None
        del values["source"]
        quote = values.pop("quote")
        if not source or quote is None:
            return None
        self.quotes.append((self.file, self.label, f"{prefix}quote", source, quote))
        return record.build(cited=Cited(source, quote), **values) if ok else None

    def _structured(self, field: Field, value: object, path: str, source: str | None) -> Any:
        """A reference (noted, checked once every id is known) or a nested record."""
        if field.kind is Kind.WORD:
            word = check_text(value)
            self.words.append((self.file, self.label, path, field.target, word))
            return word
        if field.kind is Kind.REF:
            ident = check_text(value)
            self.references.append((self.file, self.label, path, field.target, ident))
            return ident
        if field.kind is Kind.REFS:
            idents = check_texts(value)
            self.references.extend((self.file, self.label, path, field.target, ident) for ident in idents)
            return idents
        assert field.record is not None
        if field.kind is Kind.RECORD:
            built = self._nested(field.record, value, path, source)
            if built is None:
                raise _Reported()
            return built
        items = check_list(value)
        built = tuple(self._nested(field.record, item, f"{path}#{i}", source) for i, item in enumerate(items, 1))
        if None in built:
            raise _Reported()
        return built

    def _nested(self, record: Record, value: object, path: str, source: str | None) -> Any:
        """One sub-item, or None once its problems are reported (so that its siblings are checked too)."""
        if not isinstance(value, dict):
            self.report(f"{path}: expected a mapping, got {describe(value)}")
            return None
        return self.record(record, value, f"{path}.", source)

    def check_words(self, vocabulary: dict[str, tuple[str, ...]]) -> None:
        """Every kind, key or other listed word must be declared in the knowledge base's vocabulary."""
        for file, label, path, listed, word in self.words:
            values = vocabulary.get(listed, ())
            if word not in values:
                declared = ", ".join(values) if values else "none declared"
                reason = f"{path}: invalid value {word!r}: not in the vocabulary list {listed!r} ({declared})"
                self.report(reason, file, label)

    def check_references(self, defined_in: dict[str, dict[str, str]]) -> None:
        """Every reference names an entry of its collection; a near miss suggests the closest id."""
        for file, label, path, target, ident in self.references:
            if ident not in defined_in[target]:
                close = process.extractOne(ident, list(defined_in[target]), scorer=fuzz.ratio, score_cutoff=60)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                self.report(f"{path}: unknown {ENTRY_NOUNS[target]} {ident!r}{hint}", file, label)

    def read_sources(self, sources: dict[str, Any], defined_in: dict[str, str], seeds_dir: Path) -> dict[str, str]:
        """The text of every source document; a missing or unreadable file is a problem."""
        texts: dict[str, str] = {}
        root, seeds = os.fspath(seeds_dir.parent), os.fspath(seeds_dir)
        for ident, source in sources.items():
            try:
                texts[ident] = read_source_text(source.file, root, seeds)
            except Invalid as exc:
                self.report(f"file: {exc}", defined_in[ident], ident)
        return texts

    def check_quotes(self, source_texts: dict[str, str]) -> None:
        """Every quote long enough and found in its document (see `quotes`), or the closest passage."""
        for file, label, path, source, quote in self.quotes:
            text = source_texts.get(source)
            if text is None:
                continue  # an unknown source or a missing file, reported already
            problem = quote_problem(quote, text)
            if problem is not None:
                self.report(f"{path}: {problem} (source {source!r})", file, label)
                self.unquoted.add((file, label))

    def check_support(self, tables: dict[str, dict[str, Any]], defined_in: dict[str, dict[str, str]],
                      source_texts: dict[str, str]) -> None:
        """Every value supported by its entry's quotes, or explained by a note (see `support`)."""
        datelines = {ident: dateline_years(source.date, source_texts[ident])
                     for ident, source in tables["sources"].items() if ident in source_texts}
        found = [(c, i, f"unsupported value: {r}") for c, i, r in unsupported(tables, datelines, set(source_texts))]
        found += consistency.findings({**tables, "_texts": source_texts})
        for collection, ident, reason in found:
            file = defined_in[collection][ident]
            if (file, ident) not in self.unquoted:  # a quote not found is the problem to fix first
                self.report(reason, file, ident)

    def check_aliases(self, tables: dict[str, dict[str, Any]], defined_in: dict[str, dict[str, str]]) -> None:
        """No name or alias may belong to two entries of any kind: a question naming it would be ambiguous."""
        owner: dict[str, tuple[str, str]] = {}
        for collection in _NAMED:
            for entry in tables[collection].values():
                names = (entry.name, *entry.aliases)  # demonyms may be shared ("Dominican")
                for alias in dict.fromkeys(_fold(name) for name in names):
                    other = owner.setdefault(alias, (collection, entry.id))
                    if other != (collection, entry.id) and not _told_apart(other, collection, entry, tables):
                        noun = ENTRY_NOUNS[other[0]]
                        reason = f"aliases: ambiguous alias {alias!r}, also a name or alias of the {noun} {other[1]!r}"
                        self.report(reason, defined_in[collection][entry.id], entry.id)


_NAMED = ("people", "countries", "places", "terms")  # the kinds of entries questions name


def _told_apart(other: tuple[str, str], collection: str, entry: Any, tables: dict[str, dict[str, Any]]) -> bool:
    """Names a question's country tells apart: a city named like the country it lies in (Djibouti,
    Kuwait), or two places of one name in different countries."""
    if collection != "places":
        return False
    if other[0] == "countries":
        return bool(entry.country == other[1])
    namesake = tables["places"].get(other[1]) if other[0] == "places" else None
    return namesake is not None and namesake.country != entry.country


class _Reported(Exception):
    """A nested record was invalid and its reasons are reported already."""


def text_digest(text: str) -> bytes:
    """A digest of a source document's text, to tell later whether it still reads the same."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def read_source_text(file: str, root: str, seeds: str) -> str:
    """A source's text: `file` is relative to the project root (seeds' parent), or a name in seeds."""
    name = PurePosixPath(file).name
    paths = (os.path.join(seeds, name),) if name == file else (os.path.join(root, file), os.path.join(seeds, name))
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                return handle.read()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            continue
        except UnicodeDecodeError:
            raise Invalid(f"{file!r} is not UTF-8 text") from None
    raise Invalid(f"{file!r} not found (looked in {root} and {seeds})")


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())
