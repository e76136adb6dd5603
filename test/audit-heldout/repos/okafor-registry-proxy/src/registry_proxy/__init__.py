"""Registry Proxy package."""

__version__ = "2.5.2"
