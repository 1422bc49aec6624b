"""Readers that turn files, corpora and stdin into Documents; they only read, never extract or store."""
