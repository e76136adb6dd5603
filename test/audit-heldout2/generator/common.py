"""Helpers shared by the campaign and clean-material builders."""

import keyword

from core import FORBIDDEN


def sub(text, **kw):
    for k, v in kw.items():
        text = text.replace("<<" + k + ">>", str(v))
    if "<<" in text and ">>" in text:
        import re
        left = re.findall(r"<<[a-zA-Z_0-9]+>>", text)
        if left:
            raise ValueError("unfilled %r" % left)
    return text


_CONS = "bcdfghklmnprstvz"
_VOW = "aeiou"
_used_words = set()

AVOID_WORDS = {"shell", "exec", "markup", "innerhtml", "eval", "html", "true", "false", "none", "null"}
# substrings that would make an unfortunate or meaningful-looking word
AVOID_PARTS = ("sex", "fak", "ass", "nig", "fag", "cum", "tit", "dic", "dik", "pis", "pus", "kil",
               "gun", "naz", "rap", "hel", "dam", "pup", "pop", "bom", "die", "dea", "kus", "sux")


def rand_word(rng, cap=False):
    while True:
        n = rng.randint(2, 3)
        w = "".join(rng.choice(_CONS) + rng.choice(_VOW) for _ in range(n))
        w += rng.choice(["", "n", "r", "l", "x", "s", "m"])
        low = w.lower()
        if w in _used_words or keyword.iskeyword(w) or low in AVOID_WORDS:
            continue
        if any(f in low for f in FORBIDDEN) or any(a in low for a in tuple(AVOID_WORDS) + AVOID_PARTS):
            continue
        _used_words.add(w)
        return w.capitalize() if cap else w


class Allocator:
    """Hands out repositories for seeded files.

    A repository receives files of at most `cap` different sample groups and
    split chains get repositories of their own.
    """

    def __init__(self, rng, repos, cap=2):
        self.rng = rng
        self.repos = repos
        self.load = {r.name: 0 for r in repos}
        self.cap = cap
        self.exclusive = set()

    def take(self, lang, frameworks=None, avoid=(), exclusive=False):
        cands = [r for r in self.repos
                 if r.lang == lang
                 and (frameworks is None or r.framework in frameworks)
                 and r.name not in avoid
                 and r.name not in self.exclusive
                 and self.load[r.name] < self.cap
                 and (not exclusive or self.load[r.name] == 0)]
        if not cands:
            raise RuntimeError("no repo left for %s %s" % (lang, frameworks))
        lo = min(self.load[r.name] for r in cands)
        cands = [r for r in cands if self.load[r.name] == lo]
        repo = self.rng.choice(cands)
        self.load[repo.name] += 1
        if exclusive:
            self.exclusive.add(repo.name)
        return repo
