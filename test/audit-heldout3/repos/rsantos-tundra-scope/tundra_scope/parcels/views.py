# Copyright 2021 Aiko Yukimura. All rights reserved.

import functools
import json
import threading
import time
from collections import defaultdict
from datetime import datetime, timezone

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Parcel


@login_required
@require_http_methods(["POST"])
def restore_prefs(request):
    try:
        data = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return HttpResponseBadRequest("invalid JSON")
    request.session["prefs"] = {"id": int(data.get("id", 0)), "fields": data.get("fields", {})}
    return JsonResponse({"ok": True})


@login_required
@require_http_methods(["GET"])
def parcel_list(request):
    qs = Parcel.objects.filter(owner=request.user).order_by("-created_at")
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    data = [obj.as_dict() for obj in qs[:100]]
    return JsonResponse({"results": data, "count": len(data)})


@login_required
def parcel_detail(request, pk):
    obj = get_object_or_404(Parcel, pk=pk, owner=request.user)
    return JsonResponse(obj.as_dict())


@login_required
@require_http_methods(["POST"])
def parcel_archive(request, pk):
    obj = get_object_or_404(Parcel, pk=pk, owner=request.user)
    obj.status = "archived"
    obj.save(update_fields=["status", "updated_at"])
    return JsonResponse({"id": obj.pk, "status": obj.status})


@login_required
@require_http_methods(["POST"])
def parcel_rename(request, pk):
    obj = get_object_or_404(Parcel, pk=pk, owner=request.user)
    name = request.POST.get("name", "").strip()
    if not name or len(name) > 120:
        return HttpResponseBadRequest("invalid name")
    obj.name = name
    obj.save(update_fields=["name"])
    return JsonResponse(obj.as_dict())


@login_required
def parcel_search(request):
    term = request.GET.get("q", "").strip()
    qs = Parcel.objects.none()
    if term:
        qs = Parcel.objects.filter(owner=request.user, name__icontains=term)[:25]
    return JsonResponse({"results": [o.as_dict() for o in qs]})


@login_required
def parcel_counts(request):
    from django.db.models import Count
    rows = (Parcel.objects.filter(owner=request.user)
            .values("status").annotate(n=Count("id")).order_by())
    return JsonResponse({row["status"]: row["n"] for row in rows})


def healthcheck(request):
    return JsonResponse({"ok": True})


def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)


def parse_iso_date(value, default=None):
    """Parse an ISO-8601 timestamp; return ``default`` when it is empty or invalid."""
    if not value:
        return default
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return default
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


class TokenBucket:
    """Simple thread-safe token bucket used for outbound rate limiting."""

    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self._lock = threading.Lock()

    def take(self, amount=1):
        with self._lock:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= amount:
                self.tokens -= amount
                return True
            return False


def humanize_bytes(num, precision=1):
    units = ["B", "KB", "MB", "GB", "TB"]
    size = float(num)
    for unit in units:
        if abs(size) < 1024 or unit == units[-1]:
            return f"{size:.{precision}f} {unit}"
        size /= 1024


def group_by(items, key):
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)


def safe_int(value, default=0, minimum=None, maximum=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    if minimum is not None:
        number = max(minimum, number)
    if maximum is not None:
        number = min(maximum, number)
    return number


def ttl_cache(seconds=60):
    def decorator(fn):
        store = {}

        @functools.wraps(fn)
        def wrapper(*args):
            now = time.monotonic()
            hit = store.get(args)
            if hit and now - hit[0] < seconds:
                return hit[1]
            value = fn(*args)
            store[args] = (now, value)
            return value

        wrapper.cache_clear = store.clear
        return wrapper
    return decorator
