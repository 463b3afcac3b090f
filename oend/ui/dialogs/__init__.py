"""The dialogs around a session: setting up, signing in, and managing users."""
