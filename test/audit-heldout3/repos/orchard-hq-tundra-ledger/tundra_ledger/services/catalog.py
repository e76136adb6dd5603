import logging
import threading

from . import codec

log = logging.getLogger(__name__)
_lock = threading.Lock()
_transformers = {}


def restore(name, blob):
    transformer = codec.unpack(blob)
    with _lock:
        _transformers[name] = transformer
    log.info("restored transformer %s", name)
    return transformer


def get(name):
    with _lock:
        return _transformers.get(name)


def names():
    with _lock:
        return sorted(_transformers)
