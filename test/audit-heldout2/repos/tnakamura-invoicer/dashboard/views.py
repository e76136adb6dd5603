import json

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Invoice


def serialize_obj(obj):
    return {
        "id": obj.pk,
        "number": obj.number,
        "amount": obj.amount,
        "due_date": obj.due_date,
    }


@require_http_methods(["GET"])
def invoice_list(request):
    qs = Invoice.objects.order_by("-id")
    paginator = Paginator(qs, 25)
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse({
        "results": [serialize_obj(o) for o in page.object_list],
        "num_pages": paginator.num_pages,
    })


@require_http_methods(["GET"])
def invoice_detail(request, pk):
    obj = get_object_or_404(Invoice, pk=pk)
    return JsonResponse(serialize_obj(obj))


@require_http_methods(["POST"])
def invoice_create(request):
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    if not data.get("number"):
        return HttpResponseBadRequest("number is required")
    obj = Invoice.objects.create(
        number=data["number"],
        amount=data.get("amount", ""),
    )
    return JsonResponse(serialize_obj(obj), status=201)


@require_http_methods(["DELETE"])
def invoice_delete(request, pk):
    obj = get_object_or_404(Invoice, pk=pk)
    obj.delete()
    return JsonResponse({"deleted": pk})


@require_http_methods(["GET"])
def invoice_breakdown(request):
    rows = Invoice.objects.values("amount").annotate(total=Count("id")).order_by("-total")
    return JsonResponse({"breakdown": list(rows)})
