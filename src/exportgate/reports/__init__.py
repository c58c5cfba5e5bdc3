"""Evidence packages for authorities and peer labs (HTML, JSON, pictures, SHA-256 manifest)."""
