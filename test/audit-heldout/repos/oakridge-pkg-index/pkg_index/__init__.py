"""Pkg Index package."""

__version__ = "0.13.7"
