"""Logistics Api package."""

__version__ = "1.6.4"
