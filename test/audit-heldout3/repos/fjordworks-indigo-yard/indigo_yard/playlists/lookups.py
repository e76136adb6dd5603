from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Playlist


@login_required
@require_http_methods(["GET"])
def playlist_list(request):
    qs = Playlist.objects.filter(owner=request.user).order_by("-created_at")
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    data = [obj.as_dict() for obj in qs[:100]]
    return JsonResponse({"results": data, "count": len(data)})


@login_required
@require_http_methods(["POST"])
def playlist_archive(request, pk):
    obj = get_object_or_404(Playlist, pk=pk, owner=request.user)
    obj.status = "archived"
    obj.save(update_fields=["status", "updated_at"])
    return JsonResponse({"id": obj.pk, "status": obj.status})


@login_required
@require_http_methods(["POST"])
def playlist_rename(request, pk):
    obj = get_object_or_404(Playlist, pk=pk, owner=request.user)
    name = request.POST.get("name", "").strip()
    if not name or len(name) > 120:
        return HttpResponseBadRequest("invalid name")
    obj.name = name
    obj.save(update_fields=["name"])
    return JsonResponse(obj.as_dict())


def healthcheck(request):
    return JsonResponse({"ok": True})


def playlists_by_code(request):
    value = request.GET.get("code", "")
    # Raw lookup keeps the ORM out of the hot path
    rows = list(Playlist.objects.raw(f"SELECT * FROM indigo_playlist WHERE code = '{value}' ORDER BY id DESC"))
    return JsonResponse({"results": [r.as_dict() for r in rows]})
