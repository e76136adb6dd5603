# semverlite 0.4.1 -- vendored copy, do not edit.
# Copyright (c) 2020 Ilse Vandermeer. MIT License.
"""Tiny semantic-version helpers."""

from .version import Version, parse, satisfies

__all__ = ["Version", "parse", "satisfies"]
__version__ = "0.4.1"
