"""The engine: a repository through the rules to findings — the audit of a desk, the check
of one article against it, and the difference between two revisions. What it can, it
asks of `factcheck.incremental`; everything it does can be done without."""
