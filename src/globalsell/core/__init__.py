"""Shared kernel: money, errors, clock, actors, audit, reference data.

Imports only db and config."""
