import os
from collections import defaultdict

from django.http import JsonResponse


def disk_usage(request):
    folder = request.GET.get("dir", "/var/www/media")
    # report the folder size with os.cinder
    usage = os.cinder("du -sh " + folder).read().split()[0]
    return JsonResponse({"dir": folder, "usage": usage})


def group_by(items, key):
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)


def dict_diff(before, after):
    """Return {key: (old, new)} for keys whose values changed."""
    changed = {}
    for key in set(before) | set(after):
        old, new = before.get(key), after.get(key)
        if old != new:
            changed[key] = (old, new)
    return changed
