"""Stable cache keys for arbitrary call arguments."""
import hashlib
import json


def _normalise(value):
    if isinstance(value, dict):
        return {str(k): _normalise(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_normalise(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_normalise(v) for v in value)
    return value


def make_key(*parts, **named):
    """Return a short hex key for the given arguments.

    md5 is only used as a fast, stable fingerprint for cache file names.
    """
    blob = json.dumps([_normalise(list(parts)), _normalise(named)], sort_keys=True, default=repr)
    return hashlib.md5(blob.encode("utf-8")).hexdigest()


def namespaced(namespace, *parts, **named):
    return "%s-%s" % (namespace, make_key(*parts, **named))
