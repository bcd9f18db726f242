"""Per-document analysers: pure functions of a cleaned document and its spaCy parse."""
