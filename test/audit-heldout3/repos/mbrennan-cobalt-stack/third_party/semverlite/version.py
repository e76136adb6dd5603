# semverlite 0.4.1 -- vendored copy, do not edit.
# Copyright (c) 2020 Ilse Vandermeer. MIT License.
import functools
import re

_RE = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


@functools.total_ordering
class Version:
    __slots__ = ("major", "minor", "patch", "pre", "build")

    def __init__(self, major, minor=0, patch=0, pre=None, build=None):
        self.major, self.minor, self.patch = int(major), int(minor), int(patch)
        self.pre, self.build = pre, build

    def _key(self):
        pre = tuple(int(p) if p.isdigit() else p for p in self.pre.split(".")) if self.pre else None
        return (self.major, self.minor, self.patch, pre is None, pre or ())

    def __eq__(self, other):
        return isinstance(other, Version) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __str__(self):
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            text += f"-{self.pre}"
        if self.build:
            text += f"+{self.build}"
        return text

    def __repr__(self):
        return f"Version({str(self)!r})"

    def bump(self, part):
        if part == "major":
            return Version(self.major + 1)
        if part == "minor":
            return Version(self.major, self.minor + 1)
        return Version(self.major, self.minor, self.patch + 1)


def parse(text):
    match = _RE.match(text.strip())
    if not match:
        raise ValueError(f"invalid version: {text!r}")
    return Version(**match.groupdict())


def satisfies(version, spec):
    """Check ``version`` against a spec such as '>=1.2.0,<2.0.0'."""
    if isinstance(version, str):
        version = parse(version)
    for clause in filter(None, (c.strip() for c in spec.split(","))):
        for op in (">=", "<=", "==", "!=", ">", "<"):
            if clause.startswith(op):
                other = parse(clause[len(op):])
                ok = {
                    ">=": version >= other, "<=": version <= other, "==": version == other,
                    "!=": version != other, ">": version > other, "<": version < other,
                }[op]
                if not ok:
                    return False
                break
        else:
            raise ValueError(f"bad clause: {clause!r}")
    return True
