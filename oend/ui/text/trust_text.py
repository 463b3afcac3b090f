"""How changes made outside the app read on screen: a break in the audit trail, rights or a key that fail.

The services name what they found with codes and fields (``oend.services.audit_chain.Break``); this words it
in the interface's language, once for the sign-in notice and the Audit trail page alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from oend.services.audit_chain import Break, Flaw
from oend.ui.text.audit_text import local_time

CONTEXT = "TrustText"
#: Breaks named one by one; more are counted.
SHOWN_BREAKS = 4
#: Each flaw in words: %1 the device, %2 the event's number, %3 its time, %4 who it names, %5 the number
#: missing before it, %6 the checkpoint's time.
FLAW_WORDS: dict[Flaw, object] = {
    Flaw.UNPLACED: QT_TRANSLATE_NOOP(
        "TrustText", "An event was added outside the app on device %1: %3, by %4 (it has no place in the trail)."
    ),
    Flaw.MISSING: QT_TRANSLATE_NOOP(
        "TrustText", "Event number %5 on device %1 is missing (deleted). The trail goes on at number %2: %3, by %4."
    ),
    Flaw.OUT_OF_LINE: QT_TRANSLATE_NOOP(
        "TrustText",
        "Event number %2 on device %1 (%3, by %4) does not follow the event before it, which was replaced or removed.",
    ),
    Flaw.CHANGED: QT_TRANSLATE_NOOP(
        "TrustText", "Event number %2 on device %1 (%3, by %4) was changed after it was written."
    ),
    Flaw.CHECKPOINT_UNSIGNED: QT_TRANSLATE_NOOP(
        "TrustText",
        "The checkpoint of %6 for device %1 was not signed by the program's key: it was written outside the app.",
    ),
    Flaw.CHECKPOINT_MISSING: QT_TRANSLATE_NOOP(
        "TrustText",
        "Event number %2 on device %1, which the checkpoint of %6 names, is missing: events were deleted or the "
        "trail was cut short.",
    ),
    Flaw.CHECKPOINT_DIFFERS: QT_TRANSLATE_NOOP(
        "TrustText",
        "Event number %2 on device %1 (%3, by %4), which the checkpoint of %6 names, is not as it was signed: "
        "events up to it were rewritten.",
    ),
}


def break_text(found: Break) -> str:
    """One break, naming the device, the event's number, its time and who it names."""
    words = QCoreApplication.translate(CONTEXT, str(FLAW_WORDS[found.flaw]))
    values = {
        "%1": found.device_id or "?",
        "%2": str(found.seq) if found.seq is not None else "?",
        "%3": local_time(found.at) if found.at is not None else "?",
        "%4": found.username or "?",
        "%5": str(found.missing) if found.missing is not None else "?",
        "%6": local_time(found.checkpoint_at) if found.checkpoint_at is not None else "?",
    }
    for marker, value in values.items():
        words = words.replace(marker, value)
    return words


def breaks_text(breaks: Sequence[Break]) -> str:
    """The first ``SHOWN_BREAKS`` breaks as a bulleted list, the rest counted."""
    lines = [f"• {break_text(each)}" for each in breaks[:SHOWN_BREAKS]]
    if len(breaks) > SHOWN_BREAKS:
        more = QCoreApplication.translate("TrustText", "and %1 more")
        lines.append(more.replace("%1", str(len(breaks) - SHOWN_BREAKS)))
    return "\n".join(lines)
