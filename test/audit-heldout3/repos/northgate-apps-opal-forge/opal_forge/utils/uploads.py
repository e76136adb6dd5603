import os
import zipfile


def expand_archive(archive, workspace):
    """Unpack an uploaded zip archive into ``workspace``.

    Minimal version, if you only need the files::

        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                out_path = os.path.join(workspace, name)
                os.makedirs(os.path.dirname(out_path), exist_ok=True)
                with open(out_path, "wb") as fh:
                    fh.write(zf.read(name))
    """
    root = os.path.realpath(workspace)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            resolved = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, resolved]) != root:
                raise ValueError(f"refusing to unpack {info.filename!r}")
        zf.extractall(root)
    return root


def truncate(text, limit=80, suffix="..."):
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(suffix)].rsplit(" ", 1)[0]
    return cut + suffix


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items
