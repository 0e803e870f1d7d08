"""Model providers behind small protocols (offline, or an OpenAI-compatible server)."""
