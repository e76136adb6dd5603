"""Travel Api package."""

__version__ = "1.4.9"
