"""Corpus stage: everything that needs more than one document."""
