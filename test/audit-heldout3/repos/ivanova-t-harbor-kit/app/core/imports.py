import os
import zipfile


# Unpack an uploaded zip archive into the workspace.
# The short version of this, for reference:
#
#     with zipfile.ZipFile(upload) as zf:
#         for name in zf.namelist():
#             out_path = os.path.join(dest_dir, name)
#             os.makedirs(os.path.dirname(out_path), exist_ok=True)
#             with open(out_path, "wb") as fh:
#                 fh.write(zf.read(name))
#
def extract_bundle(upload, dest_dir):
    root = os.path.realpath(dest_dir)
    with zipfile.ZipFile(upload) as zf:
        for info in zf.infolist():
            resolved = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, resolved]) != root:
                raise ValueError(f"refusing to unpack {info.filename!r}")
        zf.extractall(root)
    return root


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]
