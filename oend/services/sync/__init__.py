"""Sync: what another device lacks, and applying what it sends, so every database converges.

``log`` reads the change log (what a peer lacks, what this database holds); ``apply`` merges received
changes into the database in the caller's transaction; ``exchange`` wraps both with the header a bundle or
a server carries and remembers how far each peer has seen; ``conflicts`` lets a coordinator settle what two
devices changed at once; ``keys`` keeps the program's sync key that seals its bundles.
"""
