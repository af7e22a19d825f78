"""Rules: one module per rule of SPEC section 3; `registry.RULES` lists them all."""
