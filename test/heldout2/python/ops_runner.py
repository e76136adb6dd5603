"""Operations console backend.

Internal Flask blueprint used by the on-call dashboard to run a handful of
diagnostic commands on the application hosts.
"""
import asyncio
import os
import shlex
import subprocess

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("ops", __name__, url_prefix="/ops")

ALLOWED_SERVICES = {"nginx", "redis-server", "celery-worker", "gunicorn"}
BACKUP_DIR = "/var/backups/app"
DATA_DIR = "/srv/app/data"


def run(cmd):
    """Run a shell pipeline and capture its output."""
    # expect: CWE-78
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30)


def run_fixed(cmd):
    """Same as run(), but only ever used with constant or quoted commands."""
    # ok: CWE-78
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30)


def disk_usage(path):
    # expect: CWE-78
    return os.popen("du -sh " + path).read().strip()


def _nice_command(pid, niceness):
    return f"renice -n {niceness} -p {pid}"


def apply_niceness(pid, niceness):
    # ok: CWE-78
    return os.system(_nice_command(int(pid), int(niceness)))


async def _archive(label):
    # expect: CWE-78
    proc = await asyncio.create_subprocess_shell(f"tar czf {BACKUP_DIR}/{label}.tgz {DATA_DIR}", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    return proc.returncode, err.decode(errors="replace")


async def _archive_nightly():
    # ok: CWE-78
    proc = await asyncio.create_subprocess_exec("tar", "czf", f"{BACKUP_DIR}/nightly.tgz", DATA_DIR)
    return await proc.wait()


def _trace_route(host):
    return _spawn_shell("traceroute -m 12 " + host)


def _spawn_shell(cmdline):
    # expect: CWE-78
    return subprocess.Popen(cmdline, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


@bp.get("/ping")
def ping_host():
    host = request.args.get("host", "")
    if not host:
        abort(400)
    result = run(f"ping -c 1 -W 2 {host}")
    return jsonify({"rc": result.returncode, "output": result.stdout})


@bp.get("/uptime")
def uptime():
    result = run_fixed("uptime")
    return jsonify({"output": result.stdout.strip()})


@bp.get("/service/<name>/status")
def service_status(name):
    if name not in ALLOWED_SERVICES:
        abort(404)
    result = run_fixed("systemctl is-active " + shlex.quote(name))
    return jsonify({"service": name, "state": result.stdout.strip()})


@bp.post("/disk")
def disk():
    target = request.form.get("path", DATA_DIR)
    return jsonify({"usage": disk_usage(target)})


@bp.post("/renice")
def renice():
    body = request.get_json(force=True) or {}
    try:
        rc = apply_niceness(body["pid"], body.get("niceness", 10))
    except (KeyError, ValueError, TypeError):
        abort(400)
    return jsonify({"rc": rc})


@bp.post("/backup")
def backup():
    label = (request.get_json(force=True) or {}).get("label", "manual")
    rc, err = asyncio.run(_archive(label))
    return jsonify({"rc": rc, "stderr": err})


@bp.post("/backup/nightly")
def backup_nightly():
    rc = asyncio.run(_archive_nightly())
    return jsonify({"rc": rc})


@bp.get("/trace")
def trace():
    proc = _trace_route(request.headers.get("X-Trace-Target", "localhost"))
    out, _ = proc.communicate(timeout=60)
    return jsonify({"output": out.decode(errors="replace")})


@bp.get("/git/recent")
def recent_commits():
    try:
        count = int(request.args.get("n", "10"))
    except ValueError:
        abort(400)
    # ok: CWE-78
    result = subprocess.run(["git", "-C", "/srv/app", "log", "--oneline", "-n", str(count)], capture_output=True, text=True, timeout=15)
    return jsonify({"commits": result.stdout.splitlines()})


@bp.get("/logs/<service>")
def service_logs(service):
    lines = request.args.get("lines", "100")
    # expect: CWE-78
    output = subprocess.check_output(f"journalctl -u {service} -n {lines} --no-pager", shell=True, text=True)
    return jsonify({"lines": output.splitlines()})
