"""Records: what a desk holds once read — claims, sources, articles, settings, findings —
and the repository that cross-links them. Pure data; nothing here reads a file."""
