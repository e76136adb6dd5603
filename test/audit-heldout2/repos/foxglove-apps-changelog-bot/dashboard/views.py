import base64
import json

from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Release


def _as_json(obj):
    return {
        'id': obj.pk,
        'version': obj.version,
        'channel': obj.channel,
        'notes': obj.notes,
    }


@require_http_methods(['GET'])
def release_detail(request, pk):
    obj = get_object_or_404(Release, pk=pk)
    return JsonResponse(_as_json(obj))


@require_http_methods(['POST'])
def release_create(request):
    try:
        data = json.loads(request.body or b'{}')
    except ValueError:
        return HttpResponseBadRequest('invalid JSON')
    if not data.get('version'):
        return HttpResponseBadRequest('version is required')
    obj = Release.objects.create(
        version=data['version'],
        channel=data.get('channel', ''),
    )
    return JsonResponse(_as_json(obj), status=201)


@require_http_methods(['DELETE'])
def release_delete(request, pk):
    obj = get_object_or_404(Release, pk=pk)
    obj.delete()
    return JsonResponse({'deleted': pk})


@require_http_methods(['GET'])
def release_breakdown(request):
    rows = Release.objects.values('channel').annotate(total=Count('id')).order_by('-total')
    return JsonResponse({'breakdown': list(rows)})


def _read_layout(request):
    blob = request.COOKIES.get('dash_layout')
    if blob is None:
        return {'widgets': []}
    try:
        return json.loads(base64.b64decode(blob))
    except ValueError:
        return {'widgets': []}


@require_http_methods(['GET'])
def dashboard_layout(request):
    return JsonResponse(_read_layout(request))
