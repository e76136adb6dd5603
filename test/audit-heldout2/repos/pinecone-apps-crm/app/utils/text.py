import hashlib
import secrets
from decimal import Decimal, ROUND_HALF_UP


def flatten(mapping, prefix="", sep="."):
    out = {}
    for key, value in mapping.items():
        full = prefix + sep + key if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, full, sep))
        else:
            out[full] = value
    return out


def as_bool(value, default=False):
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def new_reset_code():
    return "".join(secrets.choice("0123456789") for _ in range(6))


def tokens_match(expected, supplied):
    return secrets.compare_digest(expected, supplied)


def pick(mapping, *keys):
    return {k: mapping[k] for k in keys if k in mapping}


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()


def to_money(value):
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
