import hashlib
import xml.sax
from decimal import Decimal, ROUND_HALF_UP
from xml.sax import handler


def human_size(num_bytes):
    step = 1024.0
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(num_bytes) < step:
            return "%.1f %s" % (num_bytes, unit)
        num_bytes /= step
    return "%.1f PB" % num_bytes


def truncate(text, limit=80, suffix="..."):
    if len(text) <= limit:
        return text
    return text[: max(limit - len(suffix), 0)].rstrip() + suffix


def as_bool(value, default=False):
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()


def to_money(value):
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class _Collector(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.names = []

    def startElement(self, name, attrs):
        self.names.append(name)


def element_names(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(handler.feature_external_ges, True)
    collector = _Collector()
    parser.setContentHandler(collector)
    parser.parse(stream)
    return collector.names
