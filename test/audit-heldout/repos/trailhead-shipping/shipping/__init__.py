"""Shipping package."""

__version__ = "1.14.3"
