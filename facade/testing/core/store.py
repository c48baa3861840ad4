"""The sandbox's state: JSON records in SQLite, in memory by default or in a file.

One small table holds every record of every emulated API (``collection`` names are prefixed by
the API, e.g. ``fiskaly.organizations``), in insertion order, so the same code serves a
throwaway sandbox and one that survives a restart.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Record = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (collection, id)
);
CREATE INDEX IF NOT EXISTS records_order ON records (collection, seq);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


class Store:
    """Thread-safe record storage. ``path=None`` keeps everything in memory."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else ":memory:"
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.executescript(_SCHEMA)
        self._lock = threading.RLock()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several changes so they apply together (and block other writers meanwhile)."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def next_number(self, name: str) -> int:
        """1, 2, 3, ... per counter name (Envoice's integer ids)."""
        with self._lock:
            self._db.execute(
                "INSERT INTO counters (name, value) VALUES (?, 1) "
                "ON CONFLICT(name) DO UPDATE SET value = value + 1",
                (name,),
            )
            row = self._db.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
            return int(row[0])

    def put(self, collection: str, record_id: str, doc: Record) -> Record:
        """Insert or replace a record (a replaced record keeps its place in the order)."""
        text = json.dumps(doc, separators=(",", ":"))
        with self._lock:
            updated = self._db.execute(
                "UPDATE records SET doc = ? WHERE collection = ? AND id = ?",
                (text, collection, record_id),
            ).rowcount
            if not updated:
                seq = self.next_number(f"seq:{collection}")
                self._db.execute(
                    "INSERT INTO records (collection, id, seq, doc) VALUES (?, ?, ?, ?)",
                    (collection, record_id, seq, text),
                )
        return doc

    def get(self, collection: str, record_id: str) -> Record | None:
        with self._lock:
            row = self._db.execute(
                "SELECT doc FROM records WHERE collection = ? AND id = ?", (collection, record_id)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def delete(self, collection: str, record_id: str) -> bool:
        with self._lock:
            return bool(
                self._db.execute(
                    "DELETE FROM records WHERE collection = ? AND id = ?", (collection, record_id)
                ).rowcount
            )

    def count(self, collection: str) -> int:
        with self._lock:
            row = self._db.execute(
                "SELECT COUNT(*) FROM records WHERE collection = ?", (collection,)
            ).fetchone()
        return int(row[0])

    def page(self, collection: str, offset: int = 0, limit: int | None = None) -> list[Record]:
        """Records in insertion order, a slice at a time (done in SQL: cheap for big lists)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT doc FROM records WHERE collection = ? ORDER BY seq LIMIT ? OFFSET ?",
                (collection, -1 if limit is None else limit, offset),
            ).fetchall()
        return [json.loads(row[0]) for row in rows]

    def find(self, collection: str, where: Callable[[Record], bool] | None = None) -> list[Record]:
        """Every record of a collection (in order) that ``where`` accepts."""
        records = self.page(collection)
        return records if where is None else [r for r in records if where(r)]

    def close(self) -> None:
        with self._lock:
            self._db.close()
