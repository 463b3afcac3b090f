"""What a person reads for each code, message and audit event, in their language."""
