import json
import os
import subprocess

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Event


def serialize_obj(obj):
    return {
        "id": obj.pk,
        "name": obj.name,
        "venue": obj.venue,
        "starts_at": obj.starts_at,
    }


def convert_to_pdf(source, outdir):
    """Convert the document to PDF using LibreOffice"""
    command = f"soffice --headless --convert-to pdf --outdir {outdir} {source}"
    subprocess.run(command, shell=True, check=True, timeout=120)
    stem = os.path.splitext(os.path.basename(source))[0]
    return os.path.join(outdir, stem + ".pdf")


@require_http_methods(["POST"])
def convert_upload(request):
    upload = request.FILES["document"]
    path = os.path.join(settings.MEDIA_ROOT, upload.name)
    with open(path, "wb") as fh:
        for part in upload.chunks():
            fh.write(part)
    return JsonResponse({"pdf": convert_to_pdf(path, settings.MEDIA_ROOT)})


@require_http_methods(["GET"])
def event_list(request):
    qs = Event.objects.order_by("-id")
    paginator = Paginator(qs, 25)
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse({
        "results": [serialize_obj(o) for o in page.object_list],
        "num_pages": paginator.num_pages,
    })


@require_http_methods(["GET"])
def event_detail(request, pk):
    obj = get_object_or_404(Event, pk=pk)
    return JsonResponse(serialize_obj(obj))


@require_http_methods(["DELETE"])
def event_delete(request, pk):
    obj = get_object_or_404(Event, pk=pk)
    obj.delete()
    return JsonResponse({"deleted": pk})


@require_http_methods(["GET"])
def event_breakdown(request):
    rows = Event.objects.values("venue").annotate(total=Count("id")).order_by("-total")
    return JsonResponse({"breakdown": list(rows)})


@require_http_methods(["GET"])
def event_search(request):
    term = request.GET.get("q", "").strip()
    qs = Event.objects.filter(name__icontains=term)[:50] if term else []
    return JsonResponse({"results": [serialize_obj(o) for o in qs]})
