"""Reporting: sales, units, orders and margin per store over periods, in the seller's currency."""
