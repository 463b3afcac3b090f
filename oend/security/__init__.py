"""Protecting the data at rest: password hashes, the wrapped database key, conversion to encryption."""
