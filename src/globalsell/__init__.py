"""globalsell: list once, sell everywhere."""

__version__ = "0.1.0"
