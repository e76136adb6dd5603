# Copyright (c) 2024 Arbor Data
# SPDX-License-Identifier: MIT

import json

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Subscription


def _as_json(obj):
    return {
        'id': obj.pk,
        'plan': obj.plan,
        'state': obj.state,
        'renews_at': obj.renews_at,
    }


@require_http_methods(['GET'])
def subscription_list(request):
    qs = Subscription.objects.order_by('-id')
    paginator = Paginator(qs, 25)
    page = paginator.get_page(request.GET.get('page'))
    return JsonResponse({
        'results': [_as_json(o) for o in page.object_list],
        'num_pages': paginator.num_pages,
    })


@require_http_methods(['POST'])
def subscription_create(request):
    try:
        data = json.loads(request.body or b'{}')
    except ValueError:
        return HttpResponseBadRequest('invalid JSON')
    if not data.get('plan'):
        return HttpResponseBadRequest('plan is required')
    obj = Subscription.objects.create(
        plan=data['plan'],
        state=data.get('state', ''),
    )
    return JsonResponse(_as_json(obj), status=201)


@require_http_methods(['DELETE'])
def subscription_delete(request, pk):
    obj = get_object_or_404(Subscription, pk=pk)
    obj.delete()
    return JsonResponse({'deleted': pk})


@require_http_methods(['GET'])
def subscription_breakdown(request):
    rows = Subscription.objects.values('state').annotate(total=Count('id')).order_by('-total')
    return JsonResponse({'breakdown': list(rows)})
