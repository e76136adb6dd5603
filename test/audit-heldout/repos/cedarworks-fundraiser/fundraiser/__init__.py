"""Fundraiser package."""

__version__ = "0.11.4"
