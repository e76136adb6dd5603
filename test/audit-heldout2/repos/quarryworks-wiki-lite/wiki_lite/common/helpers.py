import re
import subprocess
import unicodedata
from datetime import datetime, timezone
from urllib.parse import urlparse


def slugify(value, max_length=64):
    value = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)[:max_length].strip("-")


_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError("bad duration: %r" % text)
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


ALLOWED_HOSTS = {"github.com", "gitlab.com", "bitbucket.org"}


def clone(url, dest, branch="main"):
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("unsupported repository URL")
    subprocess.run(["git", "clone", "--depth", "1", "--branch", branch, "--", url, dest], check=True, timeout=300)


def deep_merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result


def utcnow_iso():
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    return datetime.fromisoformat(value)


def truncate(text, limit=80, suffix="..."):
    if len(text) <= limit:
        return text
    return text[: max(limit - len(suffix), 0)].rstrip() + suffix
