"""The use cases: the only code that writes. Plain Python, no Qt.

Each function takes the caller's Session (one per user action), an Actor and plain values;
it validates, writes, records an audit event, and returns what changed. The caller commits.
"""
