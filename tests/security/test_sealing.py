"""Sealed boxes: a secret given to the holder of a private key, without any password."""

from __future__ import annotations

from oend.security import sealing

SECRET = b"k" * 32


def test_only_the_private_half_of_the_public_key_opens_the_box() -> None:
    mine, theirs = sealing.new_private_key(), sealing.new_private_key()
    box = sealing.seal(SECRET, sealing.public_of(mine), b"owner/ana")
    assert sealing.open_sealed(box, mine, b"owner/ana") == SECRET
    assert sealing.open_sealed(box, theirs, b"owner/ana") is None
    assert sealing.open_sealed(box, mine, b"owner/bo") is None  # moved onto another owner: refused


def test_each_box_is_new_and_a_damaged_one_opens_nothing() -> None:
    mine = sealing.new_private_key()
    public = sealing.public_of(mine)
    first, second = sealing.seal(SECRET, public, b""), sealing.seal(SECRET, public, b"")
    assert first["ephemeral"] != second["ephemeral"] and first["sealed"] != second["sealed"]
    assert SECRET.hex() not in str(first)
    for damaged in ({**first, "sealed": second["sealed"]}, {**first, "nonce": "not base64!"}, {"nonce": "x"}):
        assert sealing.open_sealed(damaged, mine, b"") is None
