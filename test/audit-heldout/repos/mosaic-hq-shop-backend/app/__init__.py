"""Shop Backend package."""

__version__ = "0.4.6"
