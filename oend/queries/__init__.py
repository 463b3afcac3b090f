"""Read-side queries behind lists and lookups; they never write. Scoped by the acting user."""
