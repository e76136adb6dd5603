# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2024 Mara Vondrak

import functools
import threading
import time
from datetime import date, timedelta

import jsonpickle
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .models import Lead


@login_required
@require_http_methods(["GET"])
def lead_list(request):
    qs = Lead.objects.filter(owner=request.user).order_by("-created_at")
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    data = [obj.as_dict() for obj in qs[:100]]
    return JsonResponse({"results": data, "count": len(data)})


@login_required
def lead_detail(request, pk):
    obj = get_object_or_404(Lead, pk=pk, owner=request.user)
    return JsonResponse(obj.as_dict())


@login_required
@require_http_methods(["POST"])
def lead_archive(request, pk):
    obj = get_object_or_404(Lead, pk=pk, owner=request.user)
    obj.status = "archived"
    obj.save(update_fields=["status", "updated_at"])
    return JsonResponse({"id": obj.pk, "status": obj.status})


@csrf_exempt
@require_http_methods(["POST"])
def import_prefs(request):
    prefs = jsonpickle.decode(request.body.decode("utf-8"))
    request.session["prefs_id"] = prefs.id
    return JsonResponse({"ok": True, "id": prefs.id})


@login_required
@require_http_methods(["POST"])
def lead_rename(request, pk):
    obj = get_object_or_404(Lead, pk=pk, owner=request.user)
    name = request.POST.get("name", "").strip()
    if not name or len(name) > 120:
        return HttpResponseBadRequest("invalid name")
    obj.name = name
    obj.save(update_fields=["name"])
    return JsonResponse(obj.as_dict())


@login_required
def lead_search(request):
    term = request.GET.get("q", "").strip()
    qs = Lead.objects.none()
    if term:
        qs = Lead.objects.filter(owner=request.user, name__icontains=term)[:25]
    return JsonResponse({"results": [o.as_dict() for o in qs]})


@login_required
def lead_counts(request):
    from django.db.models import Count
    rows = (Lead.objects.filter(owner=request.user)
            .values("status").annotate(n=Count("id")).order_by())
    return JsonResponse({row["status"]: row["n"] for row in rows})


def healthcheck(request):
    return JsonResponse({"ok": True})


def add_business_days(start, days, holidays=()):
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items


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


def normalize_email(address):
    address = (address or "").strip()
    if "@" not in address:
        raise ValueError("not an email address")
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]


def hex_to_rgb(value):
    value = value.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))
