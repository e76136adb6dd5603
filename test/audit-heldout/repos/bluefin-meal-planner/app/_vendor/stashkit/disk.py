"""Pickle-backed cache stored in a local directory owned by the process."""
import os
import pickle
import tempfile
import time

from .keys import make_key


class DiskCache:
    def __init__(self, directory, ttl=3600):
        self.directory = directory
        self.ttl = ttl
        os.makedirs(directory, exist_ok=True)

    def _file(self, key):
        return os.path.join(self.directory, key + ".pkl")

    def get(self, key, default=None):
        path = self._file(key)
        try:
            if time.time() - os.path.getmtime(path) > self.ttl:
                os.remove(path)
                return default
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError):
            return default

    def set(self, key, value):
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self._file(key))

    def delete(self, key):
        try:
            os.remove(self._file(key))
            return True
        except FileNotFoundError:
            return False

    def clear(self):
        for name in os.listdir(self.directory):
            if name.endswith(".pkl"):
                os.remove(os.path.join(self.directory, name))

    def memoize(self, func):
        def wrapper(*args, **kwargs):
            key = make_key(func.__module__, func.__qualname__, *args, **kwargs)
            sentinel = object()
            value = self.get(key, sentinel)
            if value is sentinel:
                value = func(*args, **kwargs)
                self.set(key, value)
            return value

        wrapper.__wrapped__ = func
        wrapper.cache = self
        return wrapper
