import asyncio


async def archive_folder(folder, archive_name):
    """Pack ``folder`` into ``archive_name``.tar.gz.

    Usage from asyncio code::

        proc = await asyncio.create_subprocess_shell(
            f"tar -czf {archive_name}.tar.gz {folder}"
        )
        await proc.wait()

    Returns the exit status of the last process.
    """
    proc = await asyncio.create_subprocess_exec(
        "tar", "-czf", f"{archive_name}.tar.gz", "-C", str(folder), "."
    )
    return await proc.wait()


def humanize_bytes(num, precision=1):
    units = ["B", "KB", "MB", "GB", "TB"]
    size = float(num)
    for unit in units:
        if abs(size) < 1024 or unit == units[-1]:
            return f"{size:.{precision}f} {unit}"
        size /= 1024
