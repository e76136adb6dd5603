"""Media storage service: user uploads, exports and archive imports."""
import os
import shutil
import tarfile
import tempfile
import urllib.request
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, UploadFile
from fastapi.responses import FileResponse

router = APIRouter(prefix="/media")

MEDIA_ROOT = "/var/lib/media"
EXPORT_ROOT = Path("/var/lib/media/exports").resolve()
THUMB_CDN = "https://thumbs.cdn.example.com"


@router.get("/files/{file_path:path}")
def read_media(file_path: str):
    # expect: CWE-22
    with open(os.path.join(MEDIA_ROOT, file_path), "rb") as fh:
        return fh.read()


@router.get("/v2/files/{file_path:path}")
def read_media_v2(file_path: str):
    root = os.path.realpath(MEDIA_ROOT)
    candidate = os.path.realpath(os.path.join(root, file_path))
    if os.path.commonpath([root, candidate]) != root:
        raise HTTPException(status_code=404)
    # ok: CWE-22
    with open(candidate, "rb") as fh:
        return fh.read()


@router.get("/exports/{name}")
def download_export(name: str):
    target = (EXPORT_ROOT / name).resolve()
    if not target.is_relative_to(EXPORT_ROOT):
        raise HTTPException(status_code=404)
    # ok: CWE-22
    return FileResponse(target)


@router.get("/exports/legacy/{name:path}")
def download_export_legacy(name: str):
    # expect: CWE-22
    return FileResponse(str(EXPORT_ROOT) + "/" + name)


@router.get("/exports/text/{name:path}")
def export_as_text(name: str):
    # expect: CWE-22
    return Path(EXPORT_ROOT, name).read_text()


@router.delete("/files/{file_path:path}")
def delete_media(file_path: str):
    # expect: CWE-22
    os.remove(os.path.join(MEDIA_ROOT, file_path))
    return {"deleted": file_path}


@router.delete("/v2/exports/{name}")
def delete_export(name: str):
    # ok: CWE-22
    target = EXPORT_ROOT / os.path.basename(name)
    target.unlink(missing_ok=True)
    return {"deleted": target.name}


@router.post("/albums/import")
async def import_album(archive: UploadFile = File(...)):
    # ok: CWE-377
    with tempfile.TemporaryDirectory(prefix="album-") as workdir:
        # ok: CWE-377
        with tempfile.SpooledTemporaryFile(max_size=50 * 1024 * 1024) as spool:
            shutil.copyfileobj(archive.file, spool)
            spool.seek(0)
            with tarfile.open(fileobj=spool, mode="r:*") as tar:
                # expect: CWE-22
                tar.extractall(workdir)
        return {"files": sorted(os.listdir(workdir))}


@router.post("/v2/albums/import")
async def import_album_v2(archive: UploadFile = File(...)):
    # ok: CWE-377
    workdir = tempfile.mkdtemp(prefix="album-")
    with tarfile.open(fileobj=archive.file, mode="r:*") as tar:
        # ok: CWE-22
        tar.extractall(workdir, filter="data")
    return {"files": sorted(os.listdir(workdir))}


@router.post("/import-url")
def import_from_url(url: str):
    # expect: CWE-918
    with urllib.request.urlopen(url, timeout=10) as resp:
        data = resp.read(10 * 1024 * 1024)
    # expect: CWE-377
    with open(os.path.join("/tmp", "media-import.bin"), "wb") as fh:
        fh.write(data)
    return {"bytes": len(data)}


@router.get("/thumbnail/{media_id}")
def thumbnail(media_id: int, size: int = 256):
    # ok: CWE-918
    with urllib.request.urlopen(f"{THUMB_CDN}/{media_id}?w={int(size)}", timeout=10) as resp:
        return resp.read()
