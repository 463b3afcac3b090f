"""Enrolment through the program's server: the sealed material waits there for the new laptop.

An administrator publishes what an enrolment file holds except the program's log, sealed under a one-time
passphrase, in a settings row of the server that never travels (``ENROLMENT``). The new laptop reads it
there, opens it with the passphrase the coordinator told in person, sets itself up exactly as from a file,
and then pulls the program's records from the server like any sync (oend/services/sync/server.py). The row
names, outside the seal, the program it belongs to: a server holding another program's material refuses
this one's, and material that opens to another program than its row names is refused as damaged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.db import Database
from oend.db.change_capture import ENROLMENT
from oend.errors import OendError
from oend.model import Setting
from oend.model.codes import AuditAction
from oend.security import enrolment_file
from oend.security.keyslots import Keyring
from oend.services import audit
from oend.services.enrolment import Joined, enrolment_of, enrolment_payload, join
from oend.services.sync import server

NOTHING_PUBLISHED = "the server {server} holds no enrolment for a new laptop: ask your coordinator to publish one"
ANOTHER_PROGRAM = "the server {server} belongs to another program: check its address with your coordinator"


@dataclass(frozen=True)
class EnrolmentPublished:
    """What waits on the server; ``passphrase`` is shown to the administrator once, to tell in person."""

    server: str
    usernames: tuple[str, ...]
    passphrase: str


def publish_enrolment(
    session: Session, actor: Actor, keyring: Keyring | None, server_db: Database, usernames: list[str]
) -> Changed[EnrolmentPublished]:
    """Seal the enrolment of ``usernames`` and leave it on the server (replacing what waited there before)."""
    payload = enrolment_payload(session, actor, keyring, usernames)
    passphrase = enrolment_file.new_passphrase()
    value = {"program_id": payload["program_id"], "sealed": enrolment_file.seal(payload, passphrase).decode()}
    where = _shown(server_db)
    with server_db.transaction() as remote:
        held = remote.get(Setting, ENROLMENT)
        if held is None:
            remote.add(Setting(key=ENROLMENT, value=value))
        elif held.value.get("program_id") != payload["program_id"]:
            raise OendError(ANOTHER_PROGRAM, values={"server": where})
        else:
            held.value = value
    names = tuple(payload["accounts"])
    audit.record(
        session, actor, AuditAction.EXPORT, "enrolment", detail=f"enrolment for {', '.join(names)} put on {where}"
    )
    return Changed(EnrolmentPublished(where, names, passphrase), frozenset({Area.AUDIT}))


def join_from_server(target: str, server_db: Database, passphrase: str) -> Joined:
    """Make this laptop's database at ``target`` from the enrolment on the server, then pull the program's
    records from there: whole, or nothing written. Refused in plain words (``OendError``) when nothing waits
    there, the passphrase does not open it, or it is another program's."""
    where = _shown(server_db)
    with server_db.session() as remote:
        held = remote.get(Setting, ENROLMENT)
        value: dict[str, Any] = dict(held.value) if held is not None else {}
    if not isinstance(value.get("sealed"), str):
        raise OendError(NOTHING_PUBLISHED, values={"server": where})
    payload = enrolment_file.unseal(value["sealed"].encode(), passphrase)
    if payload.get("program_id") != value.get("program_id"):
        raise OendError(ANOTHER_PROGRAM, values={"server": where})
    enrolment = enrolment_of(payload)
    return join(target, enrolment, lambda db, actor: server.pull(db, server_db, actor).done)


def _shown(db: Database) -> str:
    """The server as a person names it: its address without any password."""
    return make_url(str(db.engine.url)).render_as_string(hide_password=True)
