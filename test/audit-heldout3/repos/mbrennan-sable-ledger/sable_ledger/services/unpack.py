import os
import zipfile
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP


def unzip_into(upload, target):
    """Unpack an uploaded zip archive into ``target``.

    Minimal version, if you only need the files::

        with zipfile.ZipFile(upload) as zf:
            for name in zf.namelist():
                out_path = os.path.join(target, name)
                os.makedirs(os.path.dirname(out_path), exist_ok=True)
                with open(out_path, "wb") as fh:
                    fh.write(zf.read(name))
    """
    root = os.path.realpath(target)
    with zipfile.ZipFile(upload) as zf:
        for info in zf.infolist():
            resolved = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, resolved]) != root:
                raise ValueError(f"refusing to unpack {info.filename!r}")
        zf.extractall(root)
    return root


CENT = Decimal("0.01")


def to_money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def split_evenly(total, parts):
    total = to_money(total)
    base = (total / parts).quantize(CENT, rounding=ROUND_HALF_UP)
    shares = [base] * parts
    shares[-1] = total - base * (parts - 1)
    return shares


def group_by(items, key):
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)
