import logging
import threading

from . import codec

log = logging.getLogger(__name__)
_lock = threading.Lock()
_workflows = {}


def restore(name, blob):
    workflow = codec.unpack(blob)
    with _lock:
        _workflows[name] = workflow
    log.info("restored workflow %s", name)
    return workflow


def get(name):
    with _lock:
        return _workflows.get(name)


def names():
    with _lock:
        return sorted(_workflows)
