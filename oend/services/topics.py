"""The curriculum topics a training session may cover: added, renamed, put in order and retired.

Sessions keep the codes of the topics they covered, so a code never changes: renaming changes the label
only, and a topic no longer taught is retired (not offered to new sessions), never removed.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oend.core.actor import Actor
from oend.core.changes import Area, Changed
from oend.core.checks import Checks
from oend.errors import NotFoundError
from oend.model import Topic
from oend.model.codes import AuditAction
from oend.queries.program import TopicRow, topic_rows
from oend.services import audit, catalog
from oend.services.lookup import find

AREAS = frozenset({Area.TRAININGS})


def _code_from_label(label: str) -> str:
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:40].rstrip("_")


def add_topic(session: Session, actor: Actor, *, label: str, code: str | None = None) -> Changed[Topic]:
    """A topic at the end of the list; without a code, one is made from the label."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    clean_label = checks.text("label", label, required=True, max_len=120)
    if code is None and clean_label is not None:
        code = _code_from_label(clean_label)
    clean_code = catalog.clean_code(session, checks, Topic, code, upper=False)
    checks.done()
    last = session.scalar(select(func.max(Topic.position))) or 0
    topic = Topic(code=clean_code, label=clean_label, position=last + 1, active=True)
    return catalog.create(session, actor, topic, "curriculum_topic", AREAS)


def rename_topic(session: Session, actor: Actor, topic_id: uuid.UUID, label: str) -> Changed[Topic]:
    """A new label; sessions that covered the topic keep its code and show the new label."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    topic = find(session, Topic, topic_id, "topic", checks, required=True)
    clean_label = checks.text("label", label, required=True, max_len=120)
    checks.done()
    assert topic is not None
    return catalog.update(session, actor, topic, "curriculum_topic", {"label": clean_label}, AREAS)


def reorder_topics(session: Session, actor: Actor, codes: Sequence[str]) -> Changed[list[Topic]]:
    """Put the topics named first, in that order; the others follow in their present order."""
    catalog.require_setup_role(session, actor)
    checks = Checks()
    topics = list(session.scalars(select(Topic).where(Topic.deleted.is_(False)).order_by(Topic.position, Topic.code)))
    by_code = {t.code: t for t in topics}
    first: list[Topic] = []
    if not isinstance(codes, (list, tuple)) or not codes:
        checks.fail("topics", "name at least one topic")
        codes = ()
    for code in codes:
        topic = by_code.get(code.strip().lower()) if isinstance(code, str) else None
        if topic is None:
            checks.fail("topics", "'{value}' is not one of: {allowed}", value=code, allowed=tuple(by_code))
        elif topic in first:
            checks.fail("topics", "{code} is already on the list", code=topic.code)
        else:
            first.append(topic)
    checks.done()
    ordered = first + [t for t in topics if t not in first]
    before = [t.code for t in topics]
    for position, topic in enumerate(ordered, start=1):
        if topic.position != position:
            topic.position = position
            audit.stamp(topic, actor, new=False)
    session.flush()
    after = [t.code for t in ordered]
    if after != before:
        audit.record(
            session, actor, AuditAction.UPDATE, "curriculum_topic", before={"order": before}, after={"order": after}
        )
    return Changed(ordered, AREAS)


def retire_topic(session: Session, actor: Actor, topic_id: uuid.UUID) -> Changed[Topic]:
    """New sessions no longer offer the topic; sessions that covered it keep it."""
    return catalog.set_active(session, actor, Topic, topic_id, "topic", False, AREAS)


def reinstate_topic(session: Session, actor: Actor, topic_id: uuid.UUID) -> Changed[Topic]:
    return catalog.set_active(session, actor, Topic, topic_id, "topic", True, AREAS)


def list_topics(session: Session, actor: Actor, *, include_retired: bool = True) -> list[TopicRow]:
    catalog.require_setup_role(session, actor)
    return topic_rows(session, include_retired=include_retired)


def topic_id_for_code(session: Session, code: str) -> uuid.UUID:
    """The topic with ``code`` (any case), for the command line."""
    found = session.scalar(select(Topic.id).where(Topic.code == code.strip().lower(), Topic.deleted.is_(False)))
    if found is None:
        raise NotFoundError("no topic has the code {code}", values={"code": code})
    return found


def check_covered(session: Session, checks: Checks, field: str, values: object) -> list[str]:
    """The codes of the topics a new session covered: each one a topic in use, each once, in the given order."""
    if values is not None and not isinstance(values, (list, tuple, set, frozenset)):
        checks.fail(field, "must be a list")
        return []
    active: dict[str, bool] = {
        code: in_use
        for code, in_use in session.execute(select(Topic.code, Topic.active).where(Topic.deleted.is_(False)))
    }
    offered = tuple(code for code, in_use in active.items() if in_use)
    covered: list[str] = []
    for value in values or ():
        code = str(value) if isinstance(value, str) else None  # a StrEnum member gives its code
        if code is None or code not in active:
            checks.fail(field, "'{value}' is not one of: {allowed}", value=value, allowed=offered)
        elif not active[code]:
            checks.fail(field, "{name} is retired", name=code)
        elif code not in covered:
            covered.append(code)
    return covered
