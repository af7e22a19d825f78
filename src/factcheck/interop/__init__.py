"""Interoperability: ClaimReview (schema.org), JSON Schema, SQLite."""
