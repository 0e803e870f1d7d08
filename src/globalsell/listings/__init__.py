"""Per-store listing generation, translation, rule validation and feed documents."""
