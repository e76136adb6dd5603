import os
import zipfile
from collections import defaultdict


# Unpack an uploaded zip archive into the workspace.
# The short version of this, for reference:
#
#     with zipfile.ZipFile(bundle_file) as zf:
#         for name in zf.namelist():
#             out_path = os.path.join(workspace, name)
#             os.makedirs(os.path.dirname(out_path), exist_ok=True)
#             with open(out_path, "wb") as fh:
#                 fh.write(zf.read(name))
#
def unpack_upload(bundle_file, workspace):
    root = os.path.realpath(workspace)
    with zipfile.ZipFile(bundle_file) as zf:
        for info in zf.infolist():
            resolved = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, resolved]) != root:
                raise ValueError(f"refusing to unpack {info.filename!r}")
        zf.extractall(root)
    return root


def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)


def group_by(items, key):
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)
