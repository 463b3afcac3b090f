"""The enrolment file: what a new laptop needs to join a program, sealed under a one-time passphrase.

It carries the program's sync key and the enrolled accounts' wrapped key pairs, so it must never open with
anything a laptop already holds: its key is stretched from the passphrase by Argon2id, as a key slot's is
(``slot_seal.wrap``), and the passphrase travels apart from the file (said in person). The JSON envelope
names the cost of the derivation (bounded, so a hostile file cannot ask for gigabytes) and a SHA-256 of
itself, so a file damaged on the way is told apart from a wrong passphrase; AES-GCM's tag is what refuses
a file changed on purpose. The payload is zlib-compressed JSON.

The file is that envelope on one line, then whatever the writer adds after it (the program's records, as
a sync file sealed under the sync key the payload holds): a statewide program's log streams in and out of
it and is never held whole. The envelope alone is what a server keeps (``seal``, ``unseal``). Version 1
was one JSON document with the log inside: it is refused with a plain word to ask for a new file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from oend.errors import OendError
from oend.security import slot_seal
from oend.staging import staged

FORMAT = "oend-enrolment"
VERSION = 2
SUFFIX = "oendjoin"
_AAD = f"{FORMAT}/v{VERSION}".encode()
#: The most a file may ask of the key derivation (Argon2id's time and memory in KiB, lanes).
MAX_KDF = slot_seal.KdfParams(time_cost=10, memory_cost=1 << 20, parallelism=16)
#: The longest envelope read: accounts' key slots and keys take a few KiB each.
MAX_ENVELOPE = 1 << 24

NOT_ENROLMENT = "this file is not an enrolment file"
NEWER = "this enrolment file was made by a newer version of OEND: install that version to join with it"
OLDER = "this enrolment file was made by an older version of OEND: ask the coordinator for a new one"
DAMAGED = "this enrolment file is damaged or incomplete (cut short): copy it again, or ask for a new one"
WRONG_PASSPHRASE = (
    "the passphrase does not open this enrolment file (or the file was changed): check it with the coordinator"
)


class EnrolmentRefused(OendError):
    """An enrolment file that cannot be opened or trusted: nothing was written."""


def damaged() -> EnrolmentRefused:
    """The refusal of a file whose content does not hold together (for the code that reads the payload)."""
    return EnrolmentRefused(DAMAGED)


def new_passphrase() -> str:
    """100 random bits as five groups of four base32 letters: short enough to say aloud, too long to guess."""
    text = base64.b32encode(secrets.token_bytes(15)).decode("ascii")[:20]
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def checksum(fields: dict[str, Any]) -> str:
    body = json.dumps({k: v for k, v in fields.items() if k != "check"}, sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()


def seal(payload: dict[str, Any], passphrase: str) -> bytes:
    """The envelope, on one line: ``payload`` readable only with ``passphrase`` (case, spaces and dashes aside)."""
    plain = zlib.compress(json.dumps(payload, separators=(",", ":")).encode(), 6)
    envelope = {"format": FORMAT, "version": VERSION, **slot_seal.wrap(plain, _normal(passphrase), _AAD)}
    envelope["check"] = checksum(envelope)
    return json.dumps(envelope).encode()


@contextmanager
def writing(path: Path, payload: dict[str, Any], passphrase: str) -> Iterator[BinaryIO]:
    """The file at ``path`` with its envelope written, for the caller to add the rest; whole or not at all."""
    with staged(Path(path)) as tmp, open(tmp, "wb") as out:
        out.write(seal(payload, passphrase) + b"\n")
        yield out
        out.flush()
        os.fsync(out.fileno())


@contextmanager
def opened(path: Path, passphrase: str) -> Iterator[tuple[dict[str, Any], BinaryIO]]:
    """The payload of the file at ``path`` and the file, read up to what follows the envelope;
    ``EnrolmentRefused`` in plain words for anything else."""
    try:
        src = open(path, "rb")  # noqa: SIM115 - closed below, after the caller has read the rest
    except OSError as exc:
        raise EnrolmentRefused(
            "cannot read {path}: {reason}", values={"path": path, "reason": exc.strerror or exc}
        ) from exc
    with src:
        line = src.readline(MAX_ENVELOPE)
        if line.rstrip(b"\r\n") == b"{" and FORMAT.encode() in src.read(100):
            raise EnrolmentRefused(OLDER)  # version 1: one indented JSON document
        yield unseal(line, passphrase), src


def unseal(data: bytes, passphrase: str) -> dict[str, Any]:
    """The payload sealed in ``data``; see ``read``."""
    envelope = _envelope(data)
    try:
        kdf = slot_seal.KdfParams(
            int(envelope["time_cost"]), int(envelope["memory_cost"]), int(envelope["parallelism"])
        )
        if envelope["kdf"] != "argon2id" or not _bounded(kdf):
            raise EnrolmentRefused(DAMAGED)
        plain = slot_seal.unwrap(envelope, _normal(passphrase), _AAD)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise EnrolmentRefused(DAMAGED) from None
    if plain is None:
        raise EnrolmentRefused(WRONG_PASSPHRASE)
    try:
        payload = json.loads(zlib.decompress(plain))
    except (zlib.error, ValueError):
        raise EnrolmentRefused(DAMAGED) from None
    if not isinstance(payload, dict):
        raise EnrolmentRefused(DAMAGED)
    return payload


def _envelope(data: bytes) -> dict[str, Any]:
    try:
        envelope = json.loads(data)
    except (ValueError, RecursionError):
        if FORMAT.encode() in data[:100]:
            raise EnrolmentRefused(DAMAGED) from None
        raise EnrolmentRefused(NOT_ENROLMENT) from None
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise EnrolmentRefused(NOT_ENROLMENT)
    version = envelope.get("version")
    if isinstance(version, int) and version > VERSION:
        raise EnrolmentRefused(NEWER)
    if isinstance(version, int) and 0 < version < VERSION:
        raise EnrolmentRefused(OLDER)
    if version != VERSION or envelope.get("check") != checksum(envelope):
        raise EnrolmentRefused(DAMAGED)
    return envelope


def _bounded(kdf: slot_seal.KdfParams) -> bool:
    return (
        1 <= kdf.time_cost <= MAX_KDF.time_cost
        and 8 * kdf.parallelism <= kdf.memory_cost <= MAX_KDF.memory_cost
        and 1 <= kdf.parallelism <= MAX_KDF.parallelism
    )


def _normal(passphrase: str) -> str:
    return slot_seal.normalise_recovery_key(passphrase)
