"""Model providers behind small protocols: text generation with structured output and
translation. Offline by default; an OpenAI-compatible server when configured."""
