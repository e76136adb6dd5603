"""Playlist Api package."""

__version__ = "1.0.9"
