"""Orders: import from Seller Central order reports and CSV (idempotent on the order id),
reservations of stock for open orders, and the daily sales history forecasting reads."""
