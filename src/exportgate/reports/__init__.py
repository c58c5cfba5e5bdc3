"""Evidence packages and malicious-activity reports (HTML for people, JSON for machines)."""
