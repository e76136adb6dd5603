"""stashkit - tiny on-disk memoisation helpers.

Vendored copy; do not edit here, update upstream and re-vendor.
"""
from .backoff import call_with_backoff, jittered_delays
from .disk import DiskCache
from .keys import make_key

__all__ = ["DiskCache", "make_key", "jittered_delays", "call_with_backoff"]
__version__ = "0.4.2"
