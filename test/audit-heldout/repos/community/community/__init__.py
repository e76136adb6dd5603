"""Community package."""

__version__ = "0.14.3"
