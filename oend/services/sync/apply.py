"""Applying changes received from other devices, in the caller's one transaction.

A change already held is a no-op. Each device's changes apply in their order, and a change waits
(kept pending, tried again after every apply) until what it builds on is here: its device's earlier
changes, the values it replaced, the records it points to. New rows are inserted; a change to a record
merges field by field, the later clock winning (a clock reading ends with its device id, so ties break
the same way everywhere). Two devices that changed one field differently without seeing each other's
value leave a conflict for a coordinator, both values kept. A new participant whose code another record
holds goes in all the same, as does a code edited into one another record holds (see ``same_code``).
A change the database refuses is kept as a rejection with the reason, tried again after every sync
(``retry_refused``), and sent back to the device that made it (``refusals``); an update of a record refused
here brings it whole, as corrected where it was made. Every change processed joins the
log under its own device and number, to be passed on to others, and is never logged again as a change of
this device.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.clock import is_reading
from oend.db import memberships
from oend.db.bulk_changes import ORDER
from oend.db.change_capture import BOOKKEEPING, IDENTITY, set_field_clocks, travelling_tables
from oend.db.identity import Identity
from oend.db.revision import known_revisions
from oend.db.row_codec import UUID_SHAPE, decode_row, encode_row
from oend.db.row_loader import held, insert_in_order, insert_rows
from oend.errors import ValidationError
from oend.model import Change, Device, FieldClock, SyncConflict, SyncPending, SyncRejection
from oend.model.base import table_of, utcnow
from oend.services.sync import same_code
from oend.services.sync.log import logged_changes

#: New rows inserted together: on SQLite in order up to a refused one; on PostgreSQL a batch refused is split
#: in halves until the refused rows are found.
INSERT_BATCH = 2_000
KEYS = frozenset(("id", "device", "seq", "hlc", "table", "row", "op", "values", "fields", "revision"))
_NAMES = itemgetter("id", "hlc", "table", "row", "op", "revision")


@dataclass
class ApplyResult:
    """What became of the changes given (and of those waiting from earlier)."""

    applied: int = 0
    already_held: int = 0
    pending: int = 0
    rejected: list[str] = field(default_factory=list)
    conflicts: int = 0
    #: Devices whose clocks read far ahead, and by how many minutes at most (their changes still apply).
    clocks_ahead: dict[str, int] = field(default_factory=dict)

    def add(self, part: ApplyResult) -> None:
        """Count one more batch's ``part`` in (what still waits is what waits after the latest)."""
        self.applied += part.applied
        self.already_held += part.already_held
        self.pending = part.pending
        self.rejected += part.rejected
        self.conflicts += part.conflicts
        for device, minutes in part.clocks_ahead.items():
            self.clocks_ahead[device] = max(minutes, self.clocks_ahead.get(device, 0))


def apply_changes(session: Session, actor: Actor, changes: list[dict[str, Any]]) -> ApplyResult:
    """Apply ``changes`` (and any still pending) in the session's transaction; see the module's note.

    ``actor`` is who receives them; the rows written keep the writers and devices they came with.
    """
    identity: Identity = session.info[IDENTITY]
    session.flush()
    conn = session.connection()
    result = ApplyResult()
    run = _Run(conn, dict(conn.execute(select(Device.device_id, Device.last_seq)).all()))
    held = run.held
    work = _pending(conn)
    for change in changes:
        problem = _malformed(change)
        if problem is not None:
            result.rejected.append(problem)
        elif change["seq"] <= held.get(change["device"], 0):
            result.already_held += 1
        else:
            work[(change["device"], change["seq"])] = change
    run.look_up(work.values())
    waiting: dict[tuple[str, int], str] = {}
    latest: dict[str, str] = {}  # each device's last clock reading processed (its readings only grow)
    progress = True
    while progress:
        progress = False
        for key in sorted(work, key=lambda k: (work[k]["hlc"], *k)):
            change = work[key]
            wait = _waiting_for(run, change)
            if wait is not None:
                waiting[key] = wait
                continue
            if run.new_row(change):
                run.queue(session, change, result)
            else:
                run.flush(session, result)
                _process(session, run, change, result)
            latest[change["device"]] = change["hlc"]
            del work[key]
            waiting.pop(key, None)
            progress = True
        run.flush(session, result)
    for reading in latest.values():
        _note_clock(identity, reading, result)
    run.write_log()
    _keep_pending(conn, work, waiting)
    result.pending = len(work)
    session.expire_all()  # objects read before hold the values from before the merge
    return result


def _malformed(change: Any) -> str | None:
    if not isinstance(change, dict) or not change.keys() >= KEYS:
        return "a change in the file is incomplete"
    if not isinstance(change["seq"], int) or not isinstance(change["device"], str) or change["seq"] < 1:
        return "a change in the file has no valid place"
    if not isinstance(change["values"], dict) or not (change["fields"] is None or isinstance(change["fields"], dict)):
        return "a change in the file has no valid values"
    if set(map(type, _NAMES(change))) != {str}:  # as JSON gives text: a str, never a subclass
        return "a change in the file names its record wrongly"
    if not _is_uuid(change["id"]) or not is_reading(change["hlc"]):
        return "a change in the file has no valid clock reading"
    return None


def _is_uuid(text: str) -> bool:
    if UUID_SHAPE.fullmatch(text) is not None:  # the usual spelling, without making a UUID
        return True
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _pending(conn: Connection) -> dict[tuple[str, int], dict[str, Any]]:
    rows = conn.execute(select(SyncPending.device_id, SyncPending.seq, SyncPending.change))
    return {(device, seq): change for device, seq, change in rows}


def _keep_pending(conn: Connection, work: dict[tuple[str, int], dict[str, Any]], waiting: dict[Any, Any]) -> None:
    """The changes still waiting replace those kept from before (applied ones leave)."""
    conn.execute(delete(table_of(SyncPending)))
    if work:
        now = utcnow()
        rows = [
            {"device_id": d, "seq": s, "hlc": c["hlc"], "change": c, "waiting_for": waiting[(d, s)], "received_at": now}
            for (d, s), c in work.items()
        ]
        conn.execute(insert(table_of(SyncPending)), rows)


@dataclass
class _Run:
    """One apply's bookkeeping: the log it writes at the end, what it knows is here, how far each device is."""

    conn: Connection
    held: dict[str, int]
    present: set[tuple[str, str]] = field(default_factory=set)  # rows known to be here: (table, key)
    absent: set[tuple[str, str]] = field(default_factory=set)  # rows known not to be here (unless present)
    readings: set[str] = field(default_factory=set)  # clock readings of the changes processed so far
    logged_before: set[str] = field(default_factory=set)  # readings the changes name that the log held already
    logged: list[dict[str, Any]] = field(default_factory=list)
    queued: list[dict[str, Any]] = field(default_factory=list)  # new rows to insert together
    as_came: dict[str, dict[str, Any]] = field(default_factory=dict)  # values logged for rows inserted alone

    def look_up(self, changes: Collection[dict[str, Any]]) -> None:
        """Find at once which of the rows ``changes`` name or point to are here already, and which of the
        readings their fields build on the log holds.

        One query per table and ``LOOKUP_BATCH`` keys, where asking change by change cost most of a push.
        """
        keys: dict[str, set[str]] = defaultdict(set)
        bases: set[str] = set()
        inserted = {(change["table"], change["row"]) for change in changes if change["op"] == "insert"}
        for change in changes:
            own = (change["table"], change["row"])
            for named in _named_rows(change):
                if named == own or named not in inserted:  # a parent inserted before its children is known then
                    keys[named[0]].add(named[1])
            bases |= {base for base in (change["fields"] or {}).values() if isinstance(base, str)}
        self.logged_before |= held(self.conn, table_of(Change).c.hlc, bases)
        for name, rows in keys.items():
            (column,) = travelling_tables()[name].primary_key.columns
            found = held(self.conn, column, rows)
            self.present |= {(name, row) for row in found}
            self.absent |= {(name, row) for row in rows - found}

    def exists(self, table: Any, key: str) -> bool:
        if (table.name, key) in self.present:
            return True
        if (table.name, key) in self.absent:
            return False
        (column,) = table.primary_key.columns
        found = bool(held(self.conn, column, [key]))
        (self.present if found else self.absent).add((table.name, key))  # a row inserted later is present
        return found

    def new_row(self, change: dict[str, Any]) -> bool:
        """True for a new record or event whose insert can go with others: no field clocks, no member list."""
        name = change["table"]
        return (
            change["op"] == "insert"
            and not change["fields"]
            and name in travelling_tables()
            and name not in memberships.MEMBERSHIPS
            and (name, change["row"]) not in self.present
            and (name, change["row"]) in self.absent
            and not same_code.stand_in_held(change)
        )

    def queue(self, session: Session, change: dict[str, Any], result: ApplyResult) -> None:
        """Insert the change's row with the next ones (counted as applied unless the database refuses it)."""
        self.queued.append(change)
        self.processed(change, applied=True)
        self.logged[-1]["row_values"] = None  # read from the row when sent on, as for a bulk load's rows
        if len(self.queued) >= INSERT_BATCH:
            self.flush(session, result)

    def flush(self, session: Session, result: ApplyResult) -> None:
        """Insert the queued rows: a batch the database refuses is split until the refused rows are found."""
        queued, self.queued = self.queued, []
        self._insert(session, queued, result)

    def _insert(self, session: Session, changes: list[dict[str, Any]], result: ApplyResult) -> None:
        if not changes:
            return
        if len(changes) == 1:
            (change,) = changes
            # a row inserted alone may have been refused or given a stand-in code: it travels as it came
            self.as_came[change["id"]] = change["values"]
            if not _attempt(session, self.conn, change, result):
                self.present.discard((change["table"], change["row"]))
            return
        if self.conn.dialect.name == "sqlite":
            self._insert_in_order(session, changes, result)
            return
        try:
            with _savepoint(session):
                for table, rows in _rows_by_table(changes):
                    insert_rows(self.conn, table, [change["values"] for change in rows])
        except (ValidationError, DBAPIError, StatementError, ValueError, KeyError, TypeError):
            middle = len(changes) // 2
            self._insert(session, changes[:middle], result)
            self._insert(session, changes[middle:], result)
        else:
            result.applied += len(changes)

    def _insert_in_order(self, session: Session, changes: list[dict[str, Any]], result: ApplyResult) -> None:
        """SQLite: the rows go in through the driver up to one refused, which is tried alone (kept as refused,
        with the reason, or inserted with its defaults); then on from the next."""
        for table, group in _rows_by_table(changes):
            while group:
                refused = insert_in_order(self.conn, table, [change["values"] for change in group])
                result.applied += len(group) if refused is None else refused
                if refused is None:
                    break
                self._insert(session, [group[refused]], result)
                group = group[refused + 1 :]

    def processed(self, change: dict[str, Any], applied: bool) -> None:
        """The change joins the log (written at the end), applied or refused, and its device moves on."""
        self.held[change["device"]] = change["seq"]
        self.readings.add(change["hlc"])
        if applied and change["op"] == "insert":
            self.present.add((change["table"], change["row"]))
        self.logged.append(
            {
                "id": change["id"],
                "device_id": change["device"],
                "seq": change["seq"],
                "hlc": change["hlc"],
                "table_name": change["table"],
                "row_id": change["row"],
                "operation": change["op"],
                "row_values": change["values"],
                "fields": change["fields"],
                "schema_revision": change["revision"],
            }
        )

    def write_log(self) -> None:
        """Keep the changes processed under their own devices and numbers, and move each device's mark on."""
        if not self.logged:
            return
        for row in self.logged:
            if row["row_values"] is None:
                row["row_values"] = self.as_came.get(str(row["id"]))
        insert_rows(self.conn, table_of(Change), self.logged)
        hold_up_to(self.conn, {row["device_id"]: (row["seq"], row["hlc"]) for row in self.logged})
        self.logged.clear()


def hold_up_to(conn: Connection, marks: dict[str, tuple[int, str]]) -> None:
    """Note each device's last change now held here (its number and clock reading), a new device too."""
    devices = table_of(Device)
    now = utcnow()
    known = set(conn.execute(select(devices.c.device_id).where(devices.c.device_id.in_(list(marks)))).scalars())
    for device, (seq, reading) in marks.items():
        values = {"last_seq": seq, "last_hlc": reading, "last_seen": now}
        if device in known:
            conn.execute(update(devices).where(devices.c.device_id == device).values(values))
        else:
            conn.execute(insert(devices).values(device_id=device, first_seen=now, **values))


def _waiting_for(run: _Run, change: dict[str, Any]) -> str | None:
    """What the change still needs before it can apply, in plain words; None when it is ready."""
    conn, held = run.conn, run.held
    if change["revision"] not in known_revisions():
        return f"a newer version of OEND (schema {change['revision']})"
    if change["seq"] != held.get(change["device"], 0) + 1:
        return f"change {held.get(change['device'], 0) + 1} of device {change['device']}"
    table = travelling_tables().get(change["table"])
    if table is None:
        return None  # refused when processed
    fields = change["fields"]
    bases = fields and {b for b in fields.values() if b is not None} - run.readings - run.logged_before
    if bases:
        found = conn.execute(select(func.count()).select_from(Change).where(Change.hlc.in_(bases))).scalar_one()
        if found < len(bases):
            return "an earlier change to the same record"
    if change["op"] == "update" and not run.exists(table, change["row"]):
        return None if _was_refused(conn, table.name, change["row"]) else f"the {table.name} record {change['row']}"
    names = change["values"] if change["op"] == "insert" else (change["fields"] or {})
    membership = memberships.MEMBERSHIPS.get(table.name)
    if membership is not None and membership.field in names:
        for member in change["values"].get(membership.field) or []:
            if not run.exists(membership.members, member):
                return f"the {membership.members.name} record {member}"
    for name, parent in _parents(table):
        value = change["values"].get(name) if name in names else None
        if value is not None and not run.exists(parent, value) and not _was_refused(conn, parent.name, value):
            return f"the {parent.name} record {value}"
    return None


def _named_rows(change: dict[str, Any]) -> Iterable[tuple[str, str]]:
    """The rows (table, key) a well-formed change names: its own, its parents', its members'."""
    table = travelling_tables().get(change["table"])
    if table is None:
        return
    yield table.name, change["row"]
    values = change["values"]
    for name, parent in _parents(table):
        if isinstance(value := values.get(name), str):  # a value no row could hold is found held by none
            yield parent.name, value
    membership = memberships.MEMBERSHIPS.get(table.name)
    if membership is not None and isinstance(members := values.get(membership.field), list):
        yield from ((membership.members.name, m) for m in members if isinstance(m, str))


@cache
def _parents(table: Table) -> list[tuple[str, Table]]:
    """Each column of ``table`` that points at another record, with the table it points into."""
    return [(column.name, key.column.table) for column in table.columns for key in column.foreign_keys]


def _was_refused(conn: Connection, table: str, row: str) -> bool:
    """True when this database refused the record: what builds on it is refused too, not kept waiting."""
    rejections = table_of(SyncRejection)
    found = select(rejections.c.seq).where(
        rejections.c.table_name == table, rejections.c.row_id == row, rejections.c.refused_by.is_(None)
    )
    return conn.execute(found.limit(1)).first() is not None


def _rows_by_table(changes: list[dict[str, Any]]) -> list[tuple[Table, list[dict[str, Any]]]]:
    """The changes by table, parents' tables first (a row's parent may be in the same batch)."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in changes:
        rows[change["table"]].append(change)
    return [(travelling_tables()[name], rows[name]) for name in sorted(rows, key=lambda n: ORDER.get(n, 0))]


def _process(session: Session, run: _Run, change: dict[str, Any], result: ApplyResult) -> None:
    """Apply one ready change, or refuse it; either way it joins the log and its device moves on."""
    table = travelling_tables().get(change["table"])
    recovering = table is not None and change["op"] == "update" and not run.exists(table, change["row"])
    applied = _attempt(session, run.conn, change, result)
    if applied and recovering and table is not None:  # a record refused here, corrected where it was made
        run.present.add((table.name, change["row"]))
    run.processed(change, applied=applied)


def retry_refused(session: Session, result: ApplyResult) -> None:
    """Apply after all the changes refused here that now can, once a sync has brought what it brings: a
    record corrected where it was made has come whole, and what built on it can follow; a value that
    collided here has been corrected here. Each one that applies is no longer refused (a refused change
    is never stuck); the others stay refused, with their reasons."""
    conn = session.connection()
    rejections = table_of(SyncRejection)
    here = rejections.c.refused_by.is_(None)
    progress = True
    while progress:
        progress = False
        refused = [
            (device, seq) for device, seq in conn.execute(select(rejections.c.device_id, rejections.c.seq).where(here))
        ]
        for change in logged_changes(conn, refused):
            table = travelling_tables().get(change["table"])
            if table is None or change["values"] is None:
                continue
            try:
                with _savepoint(session):
                    result.conflicts += _merge(conn, table, change)
            except (_Refused, ValidationError, DBAPIError, StatementError, ValueError, KeyError, TypeError):
                continue
            mark = (rejections.c.device_id == change["device"]) & (rejections.c.seq == change["seq"])
            conn.execute(delete(rejections).where(mark))
            result.applied += 1
            progress = True


def _attempt(session: Session, conn: Connection, change: dict[str, Any], result: ApplyResult) -> bool:
    """Apply one change in a savepoint, or keep it as refused; True when it applied."""
    table = travelling_tables().get(change["table"])
    rejected = len(result.rejected)
    try:
        if table is None:
            raise _Refused(f"this version of OEND does not keep {change['table']!r} records")
        with _savepoint(session):
            result.conflicts += _merge(conn, table, change)
        result.applied += 1
    except _Refused as refused:
        _reject(conn, change, str(refused), result)
    except ValidationError as exc:  # a value another record already holds, said in plain words
        _reject(conn, change, f"the database refused it: {exc}", result)
    except (DBAPIError, StatementError, ValueError, KeyError, TypeError) as exc:
        _reject(conn, change, _plain(exc), result)
    return len(result.rejected) == rejected


@contextmanager
def _savepoint(session: Session) -> Iterator[None]:
    """A savepoint around statements run on the session's connection: a refused one undoes only them.

    The session takes the savepoint when its connection is asked for, not on ``begin_nested`` alone; on
    PostgreSQL a refused statement without one aborts the whole transaction.
    """
    with session.begin_nested():
        session.connection()
        yield


class _Refused(Exception):
    pass


def _plain(exc: Exception) -> str:
    reason = getattr(exc, "orig", None) or exc
    return f"the database refused it: {str(reason).splitlines()[0]}"


def _reject(conn: Connection, change: dict[str, Any], reason: str, result: ApplyResult) -> None:
    conn.execute(
        insert(table_of(SyncRejection)).values(
            device_id=change["device"],
            seq=change["seq"],
            table_name=str(change["table"]),
            row_id=str(change["row"]),
            reason=reason,
            at=utcnow(),
        )
    )
    result.rejected.append(f"{change['table']} {change['row']}: {reason}")


def _merge(conn: Connection, table: Table, change: dict[str, Any]) -> int:
    """Write the change into its row; return the number of conflicts it left."""
    (key,) = table.primary_key.columns
    row_key = decode_row(table, {key.name: change["row"]})[key.name]
    current = conn.execute(select(table).where(key == row_key)).mappings().first()
    fields: dict[str, str | None] = change["fields"] or {}
    if current is None and change["op"] == "update" and not change["values"].keys() >= set(table.columns.keys()):
        raise _Refused("the record it changes was refused here")  # else it comes whole, as corrected
    membership = memberships.MEMBERSHIPS.get(table.name)
    if current is None:
        values = decode_row(table, change["values"])
        codes = same_code.make_room(table, values, row_key, None)
        conn.execute(insert(table).values(values))
        same_code.settle(conn, codes)
        if membership is not None and membership.field in change["values"]:
            memberships.write(conn, membership, row_key, change["values"][membership.field] or [])
        if fields:
            set_field_clocks(conn, table.name, change["row"], dict.fromkeys(fields, change["hlc"]))
        return 0
    if not fields:
        return 0  # an event already here: rows never change their own id
    clocks = table_of(FieldClock)
    local = dict(
        conn.execute(
            select(clocks.c.field, clocks.c.hlc).where(
                clocks.c.table_name == table.name, clocks.c.row_id == change["row"], clocks.c.field.in_(list(fields))
            )
        ).all()
    )
    here = encode_row(table, dict(current))
    if membership is not None:
        here[membership.field] = memberships.read(conn, membership, row_key)
    wins: dict[str, Any] = {}
    conflicts = 0
    for name, base in fields.items():
        mine = local.get(name)
        theirs = change["values"].get(name)
        if mine is None or change["hlc"] > mine:
            wins[name] = theirs
        if (
            mine is not None
            and mine != base
            and name not in BOOKKEEPING
            and same_code.held_value(table.name, name, here.get(name)) != theirs
        ):
            conflicts += _conflict(conn, table.name, change, name, (here.get(name), mine), (theirs, change["hlc"]))
    if wins:
        codes = same_code.make_room(table, wins, row_key, current)
        kept = {c.name: current[c.name] for c in table.columns if c.onupdate is not None and c.name not in wins}
        conn.execute(update(table).where(key == row_key).values(decode_row(table, wins) | kept))
        if membership is not None and membership.field in wins:
            memberships.write(conn, membership, row_key, wins[membership.field] or [])
        set_field_clocks(conn, table.name, change["row"], dict.fromkeys(wins, change["hlc"]))
        same_code.settle(conn, codes)
    return conflicts


def _conflict(
    conn: Connection, table: str, change: dict[str, Any], name: str, mine: tuple[Any, str], theirs: tuple[Any, str]
) -> int:
    (kept, kept_hlc), (lost, lost_hlc) = sorted((mine, theirs), key=lambda pair: pair[1], reverse=True)
    conflicts = table_of(SyncConflict)
    exists = conn.execute(
        select(conflicts.c.id).where(
            conflicts.c.table_name == table,
            conflicts.c.row_id == change["row"],
            conflicts.c.field == name,
            conflicts.c.kept_hlc == kept_hlc,
            conflicts.c.lost_hlc == lost_hlc,
        )
    ).first()
    if exists is not None:
        return 0
    conn.execute(
        insert(conflicts).values(
            id=uuid.uuid4(),
            table_name=table,
            row_id=change["row"],
            field=name,
            kept_value=kept,
            kept_hlc=kept_hlc,
            lost_value=lost,
            lost_hlc=lost_hlc,
            found_at=utcnow(),
        )
    )
    return 1


def _note_clock(identity: Identity, reading: str, result: ApplyResult) -> None:
    ahead = identity.clock.observe(reading)
    if ahead is not None:
        result.clocks_ahead[ahead.device] = max(ahead.minutes, result.clocks_ahead.get(ahead.device, 0))
