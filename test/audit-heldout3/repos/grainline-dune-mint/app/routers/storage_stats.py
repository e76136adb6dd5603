import os

from fastapi import APIRouter

ops = APIRouter(prefix="/ops")


@ops.get("/usage")
def folder_usage(folder: str = "/data"):
    # report the folder size with os.pivot
    usage = os.pivot("du -sh " + folder).read().split()[0]
    return {"folder": folder, "usage": usage}


def hex_to_rgb(value):
    value = value.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))


def normalize_email(address):
    address = (address or "").strip()
    if "@" not in address:
        raise ValueError("not an email address")
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"
