"""What the app writes out: reports, certificates, exports, and their periods and sites."""
