import json

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Lead
from .services import mirroring


def serialize_obj(obj):
    return {
        "id": obj.pk,
        "email": obj.email,
        "source": obj.source,
        "score": obj.score,
    }


@require_http_methods(["GET"])
def lead_list(request):
    qs = Lead.objects.order_by("-id")
    paginator = Paginator(qs, 25)
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse({
        "results": [serialize_obj(o) for o in page.object_list],
        "num_pages": paginator.num_pages,
    })


@require_http_methods(["GET"])
def lead_detail(request, pk):
    obj = get_object_or_404(Lead, pk=pk)
    return JsonResponse(serialize_obj(obj))


@require_http_methods(["POST"])
def create_mirror(request):
    data = json.loads(request.body or b"{}")
    if "url" not in data:
        return HttpResponseBadRequest("url is required")
    return JsonResponse(mirroring.create_mirror_job(data["url"], data.get("branch", "main")), status=202)


@require_http_methods(["DELETE"])
def lead_delete(request, pk):
    obj = get_object_or_404(Lead, pk=pk)
    obj.delete()
    return JsonResponse({"deleted": pk})


@require_http_methods(["GET"])
def lead_breakdown(request):
    rows = Lead.objects.values("source").annotate(total=Count("id")).order_by("-total")
    return JsonResponse({"breakdown": list(rows)})
