"""Rules: one module per rule of the audit; `registry.RULES` lists them all."""
