"""Sensor Hub package."""

__version__ = "0.1.5"
