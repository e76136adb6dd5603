"""League Stats package."""

__version__ = "2.0.9"
