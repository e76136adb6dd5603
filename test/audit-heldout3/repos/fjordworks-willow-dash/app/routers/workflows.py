# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2024 Fjordworks

import hashlib

from fastapi import APIRouter, HTTPException, Request

from app.services import packing

router = APIRouter(prefix="/workflows", tags=["workflows"])


@router.put("/{name}", status_code=201)
async def upload_workflow(name: str, request: Request):
    blob = await request.body()
    if not blob:
        raise HTTPException(status_code=400, detail="empty body")
    workflow = packing.unpack(blob)
    return {"name": name, "kind": type(workflow).__name__}


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()
