"""Customs: HS classification, declared-code checks, landed cost."""
