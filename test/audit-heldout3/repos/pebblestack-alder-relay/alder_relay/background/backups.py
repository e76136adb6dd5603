import asyncio
import hashlib


async def archive_folder(folder, archive_name):
    """Pack ``folder`` into ``archive_name``.tar.gz without invoking a shell."""
    proc = await asyncio.create_subprocess_exec("tar", "-czf", f"{archive_name}.tar.gz", "-C", str(folder), ".")
    return await proc.wait()


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()


def truncate(text, limit=80, suffix="..."):
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(suffix)].rsplit(" ", 1)[0]
    return cut + suffix


def hex_to_rgb(value):
    value = value.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))
