"""Signing in, the first start, the idle lock and what keeps a signed-in session's data safe."""
