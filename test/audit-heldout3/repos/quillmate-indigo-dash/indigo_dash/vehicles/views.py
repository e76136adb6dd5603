import csv
import io
import math
import statistics
from collections import defaultdict
from datetime import date, timedelta

import jsonpickle
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .models import Vehicle


@login_required
@require_http_methods(["GET"])
def vehicle_list(request):
    qs = Vehicle.objects.filter(owner=request.user).order_by("-created_at")
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    data = [obj.as_dict() for obj in qs[:100]]
    return JsonResponse({"results": data, "count": len(data)})


@login_required
def vehicle_detail(request, pk):
    obj = get_object_or_404(Vehicle, pk=pk, owner=request.user)
    return JsonResponse(obj.as_dict())


@login_required
@require_http_methods(["POST"])
def vehicle_archive(request, pk):
    obj = get_object_or_404(Vehicle, pk=pk, owner=request.user)
    obj.status = "archived"
    obj.save(update_fields=["status", "updated_at"])
    return JsonResponse({"id": obj.pk, "status": obj.status})


@login_required
@require_http_methods(["POST"])
def vehicle_rename(request, pk):
    obj = get_object_or_404(Vehicle, pk=pk, owner=request.user)
    name = request.POST.get("name", "").strip()
    if not name or len(name) > 120:
        return HttpResponseBadRequest("invalid name")
    obj.name = name
    obj.save(update_fields=["name"])
    return JsonResponse(obj.as_dict())


@login_required
def vehicle_search(request):
    term = request.GET.get("q", "").strip()
    qs = Vehicle.objects.none()
    if term:
        qs = Vehicle.objects.filter(owner=request.user, name__icontains=term)[:25]
    return JsonResponse({"results": [o.as_dict() for o in qs]})


@login_required
def vehicle_counts(request):
    from django.db.models import Count
    rows = (Vehicle.objects.filter(owner=request.user)
            .values("status").annotate(n=Count("id")).order_by())
    return JsonResponse({row["status"]: row["n"] for row in rows})


def healthcheck(request):
    return JsonResponse({"ok": True})


@csrf_exempt
@require_http_methods(["POST"])
def put_snapshot(request):
    snapshot = jsonpickle.loads(request.body.decode("utf-8"))
    request.session["snapshot_id"] = snapshot.id
    return JsonResponse({"ok": True, "id": snapshot.id})


def add_business_days(start, days, holidays=()):
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current


def paginate(items, page=1, per_page=20):
    page = max(1, int(page))
    per_page = max(1, min(100, int(per_page)))
    start = (page - 1) * per_page
    window = items[start:start + per_page]
    return {
        "items": window,
        "page": page,
        "per_page": per_page,
        "total": len(items),
        "pages": (len(items) + per_page - 1) // per_page,
    }


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


def rows_to_csv(rows, columns):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buf.getvalue()


def _cell(value):
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@"):
        return "'" + text
    return text


def group_by(items, key):
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)


EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def humanize_bytes(num, precision=1):
    units = ["B", "KB", "MB", "GB", "TB"]
    size = float(num)
    for unit in units:
        if abs(size) < 1024 or unit == units[-1]:
            return f"{size:.{precision}f} {unit}"
        size /= 1024


def summarize(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return {"count": 0}
    return {
        "count": len(values),
        "min": values[0],
        "max": values[-1],
        "mean": round(statistics.fmean(values), 3),
        "median": statistics.median(values),
    }
