"""Feedback package."""

__version__ = "0.7.6"
