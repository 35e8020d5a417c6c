"""One-line explanations of SQLite failures: what is wrong, with which file, and what to do.

The database file is never repaired, replaced or deleted here: a damaged file is left as it is for
its owner to move aside or restore.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

#: SQLite's primary result codes (https://sqlite.org/rescode.html) this module explains.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


def explain(path: Path, exc: sqlite3.Error | OSError, *, busy_timeout: float) -> str:
    """A one-line message for `exc` raised while using the database at `path`."""
    if isinstance(exc, OSError):
        where = exc.filename or path.parent
        return f"cannot create the data directory {where} (DATA_DIR): {exc.strerror or exc}"
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF  # extended codes: low byte is primary
    directory = path.parent
    if code in (SQLITE_READONLY, SQLITE_PERM) or (code == SQLITE_CANTOPEN and _read_only(path)):
        return (f"database {path} cannot be written: the file or its directory {directory} is read-only "
                "(DATA_DIR must be writable by the bot)")
    if code in (SQLITE_NOTADB, SQLITE_CORRUPT):
        return (f"database {path} is damaged or not an SQLite database ({exc}); it was left untouched: "
                "move it aside or restore a backup, and the bot starts with a new one")
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return (f"database {path} is locked by another program (waited {busy_timeout:g} s); "
                "close whatever holds it and try again")
    if code == SQLITE_FULL:
        return f"database {path} cannot grow: the disk holding {directory} is full"
    if code == SQLITE_CANTOPEN:
        return f"cannot open database {path} ({exc}); check that {directory} exists and is a directory"
    return f"database {path}: {exc}"


def _read_only(path: Path) -> bool:
    """Whether the file, or the directory where it would be created, cannot be written."""
    target = path if path.exists() else path.parent
    return target.exists() and not os.access(target, os.W_OK)
