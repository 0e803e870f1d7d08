"""Sellers, users, roles per seller, API tokens and web logins."""
