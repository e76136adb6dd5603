"""It Inventory package."""

__version__ = "1.3.7"
