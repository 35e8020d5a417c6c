"""Check the YAML knowledge base and build its typed entries, collecting every problem found.

    kb, problems = check_knowledge_base(Path("knowledge"), Path("seeds"))

Files are read one by one (a broken file is reported, the others are still checked), then each
entry is checked and converted against its field table in `schema`. References, quotes and
aliases are checked once every entry is known. A problem names the file (relative to the
knowledge folder), the entry id (`#3` for the third entry of a list when the id is missing) and
the reason, starting with the field concerned (`topics#2.quote: ...`). The knowledge base is
returned only when there is no problem at all.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from bot.errors import Problem
from bot.knowledge.dates import PartialDate
from bot.knowledge.model import Cited, KnowledgeBase, Person
from bot.knowledge.schema import COLLECTIONS, ENTRY_NOUNS, LIST_KINDS, Field, Kind, Record

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")
_SPACES = re.compile(r"\s+")

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
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789"))
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]+(?:[eE][-+]?[0-9]+)?$|^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$"),
    list("-+0123456789."),
)


class _Invalid(Exception):
    """A value that does not fit its field; the message is the reason."""


@dataclass(frozen=True)
class _Entry:
    collection: str
    file: str
    label: str  # the id, or `#index` when there is none
    data: dict[str, Any]


def check_knowledge_base(knowledge_dir: Path, seeds_dir: Path) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Read, check and build the knowledge base; `(kb, [])`, or `(None, problems)` listing every problem."""
    checker = _Checker()
    entries = _read_entries(knowledge_dir, checker.problems)
    tables: dict[str, dict[str, Any]] = {name: {} for name in COLLECTIONS}
    defined_in: dict[str, dict[str, str]] = {name: {} for name in COLLECTIONS}  # collection -> id -> file
    for entry in entries:
        checker.file, checker.label = entry.file, entry.label
        built = checker.record(COLLECTIONS[entry.collection], entry.data, "", None)
        ident = entry.data.get("id")
        if not isinstance(ident, str):
            continue
        seen = defined_in[entry.collection]
        if ident in seen:
            noun = ENTRY_NOUNS[entry.collection]
            checker.report(f"duplicate {noun} id, also defined in {seen[ident]}")
            continue
        seen[ident] = entry.file
        if built is not None:
            tables[entry.collection][ident] = built
    checker.check_references(defined_in)
    source_texts = checker.read_sources(tables["sources"], defined_in["sources"], seeds_dir)
    checker.check_quotes(source_texts)
    checker.check_aliases(tables["people"], defined_in["people"])
    if checker.problems:
        return None, sorted(checker.problems, key=lambda problem: problem.file)
    return KnowledgeBase(**tables, source_texts=source_texts), []


def _read_entries(knowledge_dir: Path, problems: list[Problem]) -> list[_Entry]:
    if not knowledge_dir.is_dir():
        problems.append(Problem(str(knowledge_dir), "-", "knowledge folder not found"))
        return []
    paths = sorted(knowledge_dir.rglob("*.yaml"))
    if not paths:
        problems.append(Problem(str(knowledge_dir), "-", "no *.yaml files in the knowledge folder"))
    entries: list[_Entry] = []
    for path in paths:
        name = path.relative_to(knowledge_dir).as_posix()
        try:
            document = yaml.load(path.read_bytes(), Loader=_Loader)
        except yaml.YAMLError as exc:
            problems.append(_syntax_problem(name, exc))
            continue
        except OSError as exc:
            problems.append(Problem(name, "-", f"cannot read the file: {exc.strerror}"))
            continue
        _split_document(name, document, entries, problems)
    return entries


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
            problems.append(Problem(name, collection, "a collection must be a list of entries"))
            continue
        for index, data in enumerate(items, 1):
            if not isinstance(data, dict):
                problems.append(Problem(name, f"#{index}", f"{collection} entry must be a mapping of fields"))
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

    def report(self, reason: str, file: str | None = None, label: str | None = None) -> None:
        self.problems.append(Problem(file or self.file, label or self.label, reason))

    def record(self, record: Record, data: dict[str, Any], prefix: str, source: str | None) -> Any:
        """Check one mapping against `record`; the built dataclass, or None once the reasons are reported."""
        ok = True
        for key in sorted(map(str, data.keys() - record.names)):
            close = difflib.get_close_matches(key, record.names, n=1)
            self.report(f"{prefix}{key}: unknown field" + (f" (did you mean {close[0]!r}?)" if close else ""))
            ok = False
        own_source = data.get("source")
        if record.cited and isinstance(own_source, str):
            source = own_source  # what the sub-items inherit
        values: dict[str, Any] = {}
        for name, field in record.fields.items():
            value = data.get(name)
            if value is None:
                if field.required:
                    self.report(f"{prefix}{name}: missing required field")
                    ok = False
                values[name] = () if field.kind in LIST_KINDS else None
                continue
            try:
                values[name] = self._convert(field, value, prefix + name, source)
            except _Invalid as exc:
                self.report(f"{prefix}{name}: {exc}")
                ok = False
            except _Reported:
                ok = False
        if not record.cited:
            return record.build(**values) if ok else None
        values.pop("source")
        quote = values.pop("quote")
        if source is None or quote is None:
            return None
        self.quotes.append((self.file, self.label, f"{prefix}quote", source, quote))
        return record.build(cited=Cited(source, quote), **values) if ok else None

    def _convert(self, field: Field, value: object, path: str, source: str | None) -> Any:
        kind = field.kind
        if kind is Kind.REF:
            ident = _text(value, field)
            self.references.append((self.file, self.label, path, field.target, ident))
            return ident
        if kind is Kind.REFS:
            idents = _texts(value, field)
            self.references.extend((self.file, self.label, path, field.target, ident) for ident in idents)
            return idents
        if kind is Kind.RECORD:
            assert field.record is not None
            return self._nested(field.record, value, path, source)
        if kind is Kind.RECORDS:
            assert field.record is not None
            items = _list(value)
            built = [self._nested(field.record, item, f"{path}#{i}", source) for i, item in enumerate(items, 1)]
            return tuple(built)
        return _CONVERTERS[kind](value, field)

    def _nested(self, record: Record, value: object, path: str, source: str | None) -> Any:
        if not isinstance(value, dict):
            raise _Invalid(f"expected a mapping, got {_describe(value)}")
        built = self.record(record, value, f"{path}.", source)
        if built is None:
            raise _Reported()
        return built

    def check_references(self, defined_in: dict[str, dict[str, str]]) -> None:
        for file, label, path, target, ident in self.references:
            if ident not in defined_in[target]:
                self.report(f"{path}: unknown {ENTRY_NOUNS[target]} {ident!r}", file, label)

    def read_sources(self, sources: dict[str, Any], defined_in: dict[str, str], seeds_dir: Path) -> dict[str, str]:
        """The text of every source document; a missing or unreadable file is a problem."""
        texts: dict[str, str] = {}
        for ident, source in sources.items():
            try:
                texts[ident] = _read_source_text(source.file, seeds_dir)
            except _Invalid as exc:
                self.report(f"file: {exc}", defined_in[ident], ident)
        return texts

    def check_quotes(self, source_texts: dict[str, str]) -> None:
        # Each text is normalised once: quotes may differ from it in white space only.
        normalised = {ident: _normalise(text) for ident, text in source_texts.items()}
        for file, label, path, source, quote in self.quotes:
            text = normalised.get(source)
            if text is not None and _normalise(quote) not in text:
                shown = quote if len(quote) <= 80 else quote[:77] + "..."
                self.report(f"{path}: quote not found in source {source!r}: {shown!r}", file, label)

    def check_aliases(self, people: dict[str, Person], defined_in: dict[str, str]) -> None:
        """Two people must not share a name or alias: a question naming it would be ambiguous."""
        owner: dict[str, str] = {}
        for person in people.values():
            for alias in dict.fromkeys(_fold(name) for name in (person.name, *person.aliases)):
                other = owner.setdefault(alias, person.id)
                if other != person.id:
                    reason = f"aliases: ambiguous alias {alias!r}, also a name or alias of {other!r}"
                    self.report(reason, defined_in[person.id], person.id)


class _Reported(Exception):
    """A nested value was invalid and its reasons are already reported."""


def _describe(value: object) -> str:
    kinds = {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list", dict: "a mapping"}
    shown = repr(value) if isinstance(value, (bool, int, float, str)) else ""
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return f"{kinds.get(type(value), type(value).__name__)} {shown}".rstrip()


def _text(value: object, field: Field) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected a string, got {_describe(value)}")
    value = value.strip()
    if not value:
        raise _Invalid("empty")
    return value


def _texts(value: object, field: Field) -> tuple[str, ...]:
    items = _list(value)
    if not all(isinstance(item, str) for item in items):
        wrong = next(item for item in items if not isinstance(item, str))
        raise _Invalid(f"expected a list of strings, one item is {_describe(wrong)}")
    texts = tuple(item.strip() for item in items)
    if not all(texts):
        raise _Invalid("expected a list of strings, one item is empty")
    return texts


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise _Invalid(f"expected a list, got {_describe(value)}")
    return value


def _ident(value: object, field: Field) -> str:
    ident = _text(value, field)
    if not _ID.fullmatch(ident):
        raise _Invalid(f"bad id {ident!r}: use lower-case words and digits joined by '-'")
    return ident


def _count(value: object, field: Field) -> int:
    if type(value) is not int:  # bool is an int subclass and is refused
        raise _Invalid(f"expected a whole number, got {_describe(value)}")
    if value < 0:
        raise _Invalid(f"must not be negative, got {value}")
    return value


def _number(value: object, field: Field) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Invalid(f"expected a number, got {_describe(value)}")
    return float(value)


def _date(value: object, field: Field) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise _Invalid(f"bad date: {exc}") from None


def _time(value: object, field: Field) -> str:
    if not isinstance(value, str) or not _TIME.fullmatch(value):
        raise _Invalid(f"bad time {value!r}: expected HH:MM, 24 h")
    return value


def _choice(value: object, field: Field) -> str:
    if value not in field.choices:
        raise _Invalid(f"invalid value {value!r}: expected one of {', '.join(field.choices)}")
    assert isinstance(value, str)
    return value


_CONVERTERS = {
    Kind.ID: _ident,
    Kind.TEXT: _text,
    Kind.TEXTS: _texts,
    Kind.COUNT: _count,
    Kind.NUMBER: _number,
    Kind.DATE: _date,
    Kind.TIME: _time,
    Kind.CHOICE: _choice,
}


def _read_source_text(file: str, seeds_dir: Path) -> str:
    """A source's text: `file` is relative to the project root (seeds_dir's parent), or a name in seeds_dir."""
    for path in (seeds_dir.parent / file, seeds_dir / PurePosixPath(file).name):
        if path.is_file():
            try:
                return path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise _Invalid(f"{file!r} is not UTF-8 text") from None
    raise _Invalid(f"{file!r} not found (looked in {seeds_dir.parent} and {seeds_dir})")


def _normalise(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())
