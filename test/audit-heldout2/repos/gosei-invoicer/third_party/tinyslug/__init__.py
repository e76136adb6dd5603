# tinyslug 0.4.2 - vendored copy, do not edit.
# Copyright (c) 2019 Orla Brannigan
# SPDX-License-Identifier: MIT
"""Tiny slug and transliteration helpers."""

from .core import slugify, transliterate, unique_slug

__all__ = ["slugify", "transliterate", "unique_slug"]
__version__ = "0.4.2"
