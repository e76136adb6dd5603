import os
from datetime import datetime, timezone


def utcnow_iso():
  return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
  if value.endswith("Z"):
    value = value[:-1] + "+00:00"
  return datetime.fromisoformat(value)


def as_bool(value, default=False):
  if value is None:
    return default
  if isinstance(value, bool):
    return value
  return str(value).strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
  raw = os.environ.get(name)
  if raw is None or raw == "":
    return default
  try:
    return int(raw)
  except ValueError:
    raise ValueError("%s must be an integer, got %r" % (name, raw))
