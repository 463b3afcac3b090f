"""The sync bundle file: what is packed comes back whole, and anything else is refused in one plain sentence.

Hostile bytes (cut, flipped, swapped, appended, random, oversized) never raise anything but ``BundleRefused``,
and a reader taking the changes as they stream meets it at the chunk that went wrong, never after the last.
"""

from __future__ import annotations

import io
import os
import random
import struct
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oend.exchange.bundle import (
    CHUNK,
    CUT_SHORT,
    DAMAGED,
    FINAL,
    FOREIGN,
    FRAME,
    MAGIC,
    NEWER,
    NOT_A_BUNDLE,
    PREAMBLE,
    TAG,
    Bundle,
    BundleRefused,
    open_bundle,
    pack,
    read_from,
    unpack,
    write_bundle,
)
from tests.bench.sync_bundle import bench_bundle, sample_changes

KEY = bytes(range(32))
PROGRAM = "program-1"
HEADER = {
    "program_id": PROGRAM,
    "device": "laptop-3",
    "created_at": "2025-03-02T10:00:00Z",
    "addressed_to": None,
    "ranges": [["laptop-3", 1, 1500]],
}


def noisy_changes(n: int) -> list[dict[str, Any]]:
    """Changes that compress poorly, so a small bundle spans several chunks."""
    rnd = random.Random(7)
    return [{"seq": i, "noise": rnd.randbytes(120).hex()} for i in range(n)]


@pytest.fixture(scope="module")
def chunked() -> bytes:
    data = pack(HEADER, noisy_changes(1500), KEY)
    assert len(frames(data)[1]) >= 3
    return data


def frames(data: bytes) -> tuple[bytes, list[bytes]]:
    """The bytes before the body, and each chunk with its frame."""
    header_length = PREAMBLE.unpack_from(data)[-1]
    at = PREAMBLE.size + header_length + TAG
    prefix, chunks = data[:at], []
    while at < len(data):
        (word,) = FRAME.unpack_from(data, at)
        end = at + FRAME.size + (word & ~FINAL)
        chunks.append(data[at:end])
        at = end
    return prefix, chunks


def refusal(data: bytes, key: bytes = KEY, program_id: str = PROGRAM) -> str:
    with pytest.raises(BundleRefused) as refused:
        unpack(data, key, program_id)
    assert str(refused.value) == refused.value.template
    return refused.value.template


def flipped(data: bytes, at: int, bit: int = 0) -> bytes:
    return data[:at] + bytes([data[at] ^ (1 << bit)]) + data[at + 1 :]


# -- what goes in comes out --------------------------------------------------------------------------


def test_changes_and_header_come_back_as_written_with_any_text() -> None:
    changes = [
        {"table": "participants", "values": {"name": "Nguyễn Thị Mai", "note": "línea\nsegunda\u2028 🙂 \x00"}},
        {"table": "settings", "values": {"nested": [1, 2.5, None, True, {"k": "\\"}]}, "seq": 2**62},
        {},
    ]
    header = {**HEADER, "device": "portátil-Ω"}
    assert unpack(pack(header, iter(changes), KEY), KEY, PROGRAM) == Bundle(header, changes)


def test_a_bundle_of_no_changes_is_a_bundle() -> None:
    assert unpack(pack(HEADER, [], KEY), KEY, PROGRAM) == Bundle(HEADER, [])


def test_each_bundle_is_sealed_afresh() -> None:
    assert pack(HEADER, [{"a": 1}], KEY) != pack(HEADER, [{"a": 1}], KEY)


def test_many_changes_travel_in_many_pieces_and_come_back_whole() -> None:
    """Its speed is measured by tests/bench/sync_bundle.py, not here."""
    changes = sample_changes(30_000)
    data = pack(HEADER, changes, KEY)
    assert unpack(data, KEY, PROGRAM).changes == changes
    assert len(frames(data)[1]) > 10


def test_changes_come_chunk_by_chunk_and_a_late_damaged_chunk_is_refused_there(chunked: bytes) -> None:
    prefix, chunks = frames(chunked)
    spoiled = prefix + chunks[0] + flipped(chunks[1], FRAME.size + 3) + b"".join(chunks[2:])
    reader = read_from(io.BytesIO(spoiled), KEY, PROGRAM)
    changes = reader.changes()
    taken = [next(changes)]  # the first chunk, verified alone, gives its changes before the second is read
    with pytest.raises(BundleRefused, match=DAMAGED):
        taken += list(changes)
    assert 0 < len(taken) < reader.count


def test_a_header_too_long_to_read_back_is_not_written() -> None:
    with pytest.raises(ValueError):
        pack({**HEADER, "ranges": [["laptop", 1, 2]] * 200_000}, [], KEY)


def test_a_file_is_written_whole_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "usb" / "to-coordinator.oendsync"
    write_bundle(path, HEADER, noisy_changes(50), KEY)
    with open_bundle(path, KEY, PROGRAM) as reader:
        assert (reader.header, list(reader.changes())) == (HEADER, noisy_changes(50))
    assert os.listdir(path.parent) == [path.name]


def test_a_write_that_fails_leaves_the_earlier_file_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "usb" / "out.oendsync"
    write_bundle(path, HEADER, [{"first": True}], KEY)
    before = path.read_bytes()

    def failing() -> Iterator[dict[str, Any]]:
        yield from noisy_changes(3000)  # several chunks already written to the staged file
        raise RuntimeError("the change log could not be read")

    with pytest.raises(RuntimeError):
        write_bundle(path, HEADER, failing(), KEY)
    assert path.read_bytes() == before
    assert os.listdir(path.parent) == [path.name]


def test_the_benchmark_helper_reports_rates() -> None:
    figures = bench_bundle(200, repeat=1)
    assert figures.changes == 200 and figures.pack_per_s > 0 and figures.unpack_per_s > 0
    assert 50 < figures.bytes_per_change < 400
    assert "changes/s" in figures.lines()[0]


# -- refusals ----------------------------------------------------------------------------------------


def test_another_programs_bundle_is_named_as_such_whatever_its_key() -> None:
    assert refusal(pack({**HEADER, "program_id": "program-2"}, [{"a": 1}], os.urandom(32))) == FOREIGN
    assert refusal(pack(HEADER, [{"a": 1}], KEY), program_id="program-2") == FOREIGN


def test_the_wrong_key_is_refused() -> None:
    assert refusal(pack(HEADER, [{"a": 1}], KEY), key=os.urandom(32)) == DAMAGED


def test_a_header_rewritten_to_claim_this_program_is_refused() -> None:
    data = pack({**HEADER, "program_id": "program-X"}, [{"a": 1}], KEY)
    assert refusal(data.replace(b'"program-X"', b'"program-1"')) == DAMAGED


def test_a_newer_format_is_named_before_anything_else_is_read() -> None:
    data = pack(HEADER, [{"a": 1}], KEY)
    newer = MAGIC + struct.pack(">H", 2)
    assert refusal(newer) == NEWER
    assert refusal(newer + data[len(newer) :]) == NEWER


@pytest.mark.parametrize("data", [b"", b"OEND", b"PK\x03\x04" + bytes(100), b"participant,code\nA,1\n"])
def test_other_files_are_not_sync_files(data: bytes) -> None:
    assert refusal(data) == NOT_A_BUNDLE


@given(st.binary(max_size=2000))
@settings(max_examples=200, deadline=None)
def test_random_bytes_are_refused(data: bytes) -> None:
    if not data.startswith(MAGIC):
        assert refusal(data) == NOT_A_BUNDLE
    assert refusal(MAGIC + data) in (NEWER, DAMAGED, CUT_SHORT)


def test_one_flipped_bit_anywhere_in_a_small_bundle_is_refused() -> None:
    data = pack(HEADER, [{"name": "Mai"}, {"name": "Ana"}], KEY)
    header_end = PREAMBLE.size + PREAMBLE.unpack_from(data)[-1]
    for at in range(len(data)):
        for bit in range(8):
            expected = {NOT_A_BUNDLE} if at < len(MAGIC) else {NEWER, DAMAGED, CUT_SHORT, FOREIGN}
            if header_end <= at:  # the header tag and the body: only damage
                expected = {DAMAGED, CUT_SHORT} if at < header_end + TAG + FRAME.size else {DAMAGED}
            assert refusal(flipped(data, at, bit)) in expected, (at, bit)


def test_a_flipped_bit_in_header_body_or_tag_is_damage(chunked: bytes) -> None:
    prefix = frames(chunked)[0]
    header_at = PREAMBLE.size + 2  # inside the JSON, away from the program id
    body_at = len(prefix) + FRAME.size + 100
    last_tag_at = len(chunked) - 1
    for at in (header_at, len(prefix) - 1, body_at, last_tag_at, len(MAGIC) + 2, PREAMBLE.size - 5):
        assert refusal(flipped(chunked, at)) == DAMAGED, at


@given(st.data())
@settings(max_examples=150, deadline=None)
def test_a_bundle_cut_short_anywhere_is_incomplete(chunked: bytes, data: st.DataObject) -> None:
    cut = data.draw(st.integers(min_value=0, max_value=len(chunked) - 1))
    assert refusal(chunked[:cut]) == (NOT_A_BUNDLE if cut < len(MAGIC) else CUT_SHORT)


def test_a_bundle_cut_between_chunks_is_incomplete(chunked: bytes) -> None:
    prefix, chunks = frames(chunked)
    for kept in range(len(chunks)):
        assert refusal(prefix + b"".join(chunks[:kept])) == CUT_SHORT


def test_chunks_swapped_replayed_dropped_or_reflagged_are_damage(chunked: bytes) -> None:
    prefix, chunks = frames(chunked)
    first, second, *rest = chunks
    assert refusal(prefix + second + first + b"".join(rest)) == DAMAGED
    assert refusal(prefix + first + first + second + b"".join(rest)) == DAMAGED
    assert refusal(prefix + first + b"".join(rest)) == DAMAGED
    last = chunks[-1]
    unflagged = FRAME.pack(FRAME.unpack_from(last)[0] & ~FINAL) + last[FRAME.size :]
    assert refusal(prefix + b"".join(chunks[:-1]) + unflagged) == DAMAGED
    flagged = FRAME.pack(FRAME.unpack_from(first)[0] | FINAL) + first[FRAME.size :]
    assert refusal(prefix + flagged) == DAMAGED


def test_a_chunk_of_another_bundle_with_the_same_key_is_damage(chunked: bytes) -> None:
    prefix, chunks = frames(chunked)
    other = frames(pack(HEADER, noisy_changes(1500), KEY))[1]
    assert refusal(prefix + other[0] + b"".join(chunks[1:])) == DAMAGED


@pytest.mark.parametrize("junk", [b"\x00", b"more", None])
def test_anything_after_the_final_chunk_is_damage(chunked: bytes, junk: bytes | None) -> None:
    appended = junk if junk is not None else frames(chunked)[1][-1]  # the final chunk once more
    assert refusal(chunked + appended) == DAMAGED


def test_huge_declared_lengths_are_refused_without_reading_them(chunked: bytes, tmp_path: Path) -> None:
    magic, version, salt, count, _ = PREAMBLE.unpack_from(chunked)
    prefix, chunks = frames(chunked)
    files = {
        "header": PREAMBLE.pack(magic, version, salt, count, 0xFFFFFFFF) + chunked[PREAMBLE.size :],
        "chunk": prefix + FRAME.pack(FINAL - 1) + chunks[0][FRAME.size :],
        "chunk past the limit": prefix + FRAME.pack(CHUNK + TAG + 1) + bytes(CHUNK + TAG + 1),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    tracemalloc.start()
    try:
        for name in files:
            with pytest.raises(BundleRefused, match=DAMAGED), open_bundle(tmp_path / name, KEY, PROGRAM) as reader:
                list(reader.changes())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, "a declared length was allocated before it was checked"


MUTATION = st.tuples(st.sampled_from(["flip", "cut", "insert", "delete"]), st.integers(min_value=0), st.binary())


@given(st.lists(MUTATION, min_size=1, max_size=4))
@settings(max_examples=200, deadline=None)
def test_hostile_edits_raise_only_the_refusal(chunked: bytes, mutations: list[tuple[str, int, bytes]]) -> None:
    data = chunked
    for kind, position, extra in mutations:
        at = position % len(data) if data else 0
        if kind == "flip" and data:
            data = flipped(data, at, position % 8)
        elif kind == "cut":
            data = data[:at]
        elif kind == "insert":
            data = data[:at] + (extra or b"\x00") + data[at:]
        else:
            data = data[:at] + data[at + 1 + len(extra) :]
    if data != chunked:
        refusal(data)
