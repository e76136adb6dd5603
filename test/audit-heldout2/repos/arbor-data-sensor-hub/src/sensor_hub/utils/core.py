# Copyright (c) 2019 Arbor Data
# SPDX-License-Identifier: MIT

import itertools
import os
import secrets
import string


def chunked(items, size):
    if size <= 0:
        raise ValueError('size must be positive')
    for start in range(0, len(items), size):
        yield items[start:start + size]


def deep_merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result


def flatten(mapping, prefix='', sep='.'):
    out = {}
    for key, value in mapping.items():
        full = prefix + sep + key if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, full, sep))
        else:
            out[full] = value
    return out


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw == '':
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError('%s must be an integer, got %r' % (name, raw))


def pairwise(iterable):
    a, b = itertools.tee(iterable)
    next(b, None)
    return zip(a, b)


def generate_api_key(length=40):
    # Generate a fresh API key for the client
    alphabet = string.ascii_letters + string.digits
    return ''.join(secrets.choice(alphabet) for _ in range(length))
