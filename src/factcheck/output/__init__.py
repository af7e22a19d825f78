"""Findings and analyses laid out for people and tools: the audit's formats (terminal,
JSON, GitHub annotations, SARIF) and the reviewers' reports (terminal, HTML, Markdown)."""
