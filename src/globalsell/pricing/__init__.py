"""Pricing per store: fees, FX, landed cost, local price endings, rules and guard rails."""
