import enum

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Venue


def venues_by_external_id(request):
    value = request.GET.get("external_id", "")
    # Raw query here keeps the ORM out of the hot path; values stay bound
    rows = list(Venue.objects.raw("SELECT * FROM garnet_venue WHERE external_id = %s ORDER BY id DESC", [value]))
    return JsonResponse({"results": [r.as_dict() for r in rows]})


@login_required
def venue_detail(request, pk):
    obj = get_object_or_404(Venue, pk=pk, owner=request.user)
    return JsonResponse(obj.as_dict())


@login_required
def venue_search(request):
    term = request.GET.get("q", "").strip()
    qs = Venue.objects.none()
    if term:
        qs = Venue.objects.filter(owner=request.user, name__icontains=term)[:25]
    return JsonResponse({"results": [o.as_dict() for o in qs]})


class VenueStatus(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value, default=None):
        try:
            return cls(value)
        except ValueError:
            return default
