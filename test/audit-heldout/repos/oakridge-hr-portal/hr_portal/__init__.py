"""Hr Portal package."""

__version__ = "0.1.1"
