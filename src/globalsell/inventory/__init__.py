"""Inventory: locations (origin hub, warehouse, fulfilment centre, in transit), a stock ledger of
moves with reasons, on-hand / reserved / inbound per SKU x location, reservations, the pool view."""
