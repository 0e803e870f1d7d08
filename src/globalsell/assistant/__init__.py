"""The Seller Assistant: detectors over a snapshot of one seller's data file findings and, where a
remedy exists, proposals through approvals; a chat over read-only tools. It never acts itself."""
