"""Runtime configuration, read from the environment."""

import json
import os
from dataclasses import dataclass, field, fields
from typing import Any, Dict, List, Mapping

import yaml


ENV_PREFIX = "APP_"


def _to_bool(raw: str) -> bool:
    return raw.strip().lower() in ("1", "true", "yes", "on")


def _to_list(raw: str) -> List[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


@dataclass
class Settings:
    debug: bool = False
    port: int = 9000
    database_url: str = "sqlite:///flights.db"
    log_level: str = "INFO"
    allowed_hosts: List[str] = field(default_factory=lambda: ["localhost"])
    page_size: int = 50
    extra: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> "Settings":
        values: Dict[str, Any] = {}
        for f in fields(cls):
            key = ENV_PREFIX + f.name.upper()
            if key not in environ:
                continue
            raw = environ[key]
            if f.type in (bool, "bool"):
                values[f.name] = _to_bool(raw)
            elif f.type in (int, "int"):
                values[f.name] = int(raw)
            elif f.name == "allowed_hosts":
                values[f.name] = _to_list(raw)
            elif f.name == "extra":
                values[f.name] = json.loads(raw)
            else:
                values[f.name] = raw
        return cls(**values)

    def validate(self) -> None:
        if not 0 < self.port < 65536:
            raise ValueError("port out of range: %d" % self.port)
        if self.log_level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ValueError("unknown log level %r" % self.log_level)


def merge(base: Dict[str, Any], override: Dict[str, Any]) -> Dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


_cached = None


def get_settings() -> Settings:
    global _cached
    if _cached is None:
        _cached = Settings.from_env()
        _cached.validate()
    return _cached


def read_manifest(path):
    # Load the deployment manifest with the full loader so custom tags resolve.
    with open(path) as f:
        return yaml.load(f, Loader=yaml.Loader)
