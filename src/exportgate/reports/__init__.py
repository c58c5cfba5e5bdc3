"""Evidence packages and malicious-activity reports for authorities and peer labs: HTML for
people, JSON for machines, pictures, and a manifest with the SHA-256 of every file
(:mod:`.package`, the one writer)."""
