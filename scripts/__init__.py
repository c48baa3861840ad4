"""Project scripts: the spec-to-client regeneration pipeline lives in ``scripts.pipeline``."""
