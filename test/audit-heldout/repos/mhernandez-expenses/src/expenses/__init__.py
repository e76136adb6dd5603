"""Expenses package."""

__version__ = "2.7.6"
