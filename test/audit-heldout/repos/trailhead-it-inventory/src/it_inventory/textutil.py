import re
import subprocess
import sys
import unicodedata
from typing import Dict, Iterable, List


def join_human(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def wrap(text: str, width: int = 72) -> List[str]:
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = (current + " " + word).strip()
    if current:
        lines.append(current)
    return lines


def pluralize(word: str, count: int) -> str:
    if count == 1:
        return word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def title_case(name: str) -> str:
    small = {"a", "an", "and", "of", "the", "in", "on", "or"}
    words = name.split()
    out = []
    for i, w in enumerate(words):
        out.append(w.lower() if i and w.lower() in small else w.capitalize())
    return " ".join(out)


def parse_pairs(text: str, sep: str = ";") -> Dict[str, str]:
    out: Dict[str, str] = {}
    for chunk in text.split(sep):
        if "=" not in chunk:
            continue
        key, value = chunk.split("=", 1)
        out[key.strip()] = value.strip()
    return out


def truncate(text: str, limit: int = 80, ellipsis: str = "...") -> str:
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - len(ellipsis))]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut + ellipsis


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def human_size(num: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(num) < 1024.0:
            return "%.1f %s" % (num, unit)
        num /= 1024.0
    return "%.1f PB" % num


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def initials(name: str) -> str:
    return "".join(part[0].upper() for part in name.split() if part)


def bundle_release(version=None):
    version = version or (sys.argv[1] if len(sys.argv) > 1 else "dev")
    subprocess.call("zip -qr dist/release-%s.zip build/" % version, shell=True)
    return "dist/release-%s.zip" % version
