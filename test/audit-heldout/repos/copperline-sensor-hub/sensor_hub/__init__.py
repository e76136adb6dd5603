"""Sensor Hub package."""

__version__ = "1.2.8"
