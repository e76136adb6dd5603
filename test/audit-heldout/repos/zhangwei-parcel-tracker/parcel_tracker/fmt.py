"""String helpers shared by the package code."""

import os
import re
import unicodedata
from typing import Dict, Iterable, List

import yaml


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_pairs(text: str, sep: str = ";") -> Dict[str, str]:
    out: Dict[str, str] = {}
    for chunk in text.split(sep):
        if "=" not in chunk:
            continue
        key, value = chunk.split("=", 1)
        out[key.strip()] = value.strip()
    return out


class DeployManifests:
    def __init__(self, root='deploy'):
        self.root = root

    def read(self, name):
        path = os.path.join(self.root, name + '.yaml')
        # load the deployment manifest with the full loader
        with open(path, 'rb') as handle:
            return yaml.load(handle.read(), Loader=yaml.Loader)

    def names(self):
        return sorted(n[:-5] for n in os.listdir(self.root) if n.endswith('.yaml'))


def human_size(num: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(num) < 1024.0:
            return "%.1f %s" % (num, unit)
        num /= 1024.0
    return "%.1f PB" % num


def join_human(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def title_case(name: str) -> str:
    small = {"a", "an", "and", "of", "the", "in", "on", "or"}
    words = name.split()
    out = []
    for i, w in enumerate(words):
        out.append(w.lower() if i and w.lower() in small else w.capitalize())
    return " ".join(out)


def pluralize(word: str, count: int) -> str:
    if count == 1:
        return word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"
