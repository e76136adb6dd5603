"""Qa Lots package."""

__version__ = "0.7.5"
