"""Reviewers' reports: one report model, rendered for the terminal, as HTML and as Markdown."""
