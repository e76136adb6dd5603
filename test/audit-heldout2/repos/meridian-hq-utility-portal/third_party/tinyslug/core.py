# tinyslug 0.4.2 - vendored copy, do not edit.
# Copyright (c) 2019 Orla Brannigan
# SPDX-License-Identifier: MIT
import re
import unicodedata

_TABLE = {
    "\u00df": "ss",
    "\u00e6": "ae",
    "\u00c6": "AE",
    "\u00f8": "o",
    "\u00d8": "O",
    "\u0142": "l",
    "\u0141": "L",
    "\u0111": "d",
    "\u00fe": "th",
}

_NON_WORD = re.compile(r"[^a-z0-9]+")


def transliterate(text):
    text = "".join(_TABLE.get(ch, ch) for ch in str(text))
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def slugify(text, separator="-", max_length=None):
    value = transliterate(text).lower()
    value = _NON_WORD.sub(separator, value).strip(separator)
    if max_length:
        value = value[:max_length].rstrip(separator)
    return value


def unique_slug(text, taken, separator="-"):
    base = slugify(text, separator) or "item"
    candidate = base
    n = 2
    while candidate in taken:
        candidate = "%s%s%d" % (base, separator, n)
        n += 1
    return candidate
