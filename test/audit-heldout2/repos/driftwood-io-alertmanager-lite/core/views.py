# Copyright 2021 Driftwood Io
#
# Licensed under the Apache License, Version 2.0 (the 'License');
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an 'AS IS' BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import base64
import json
import pickle

from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Alert


def _as_json(obj):
    return {
        'id': obj.pk,
        'severity': obj.severity,
        'source': obj.source,
        'message': obj.message,
    }


def _layout_from_cookie(request):
    blob = request.COOKIES.get('layout')
    if blob is None:
        return {'widgets': []}
    return pickle.loads(base64.b64decode(blob))


@require_http_methods(['GET'])
def dashboard_layout(request):
    return JsonResponse(_layout_from_cookie(request))


@require_http_methods(['GET'])
def alert_detail(request, pk):
    obj = get_object_or_404(Alert, pk=pk)
    return JsonResponse(_as_json(obj))


@require_http_methods(['GET'])
def alert_search(request):
    term = request.GET.get('q', '').strip()
    qs = Alert.objects.filter(severity__icontains=term)[:50] if term else []
    return JsonResponse({'results': [_as_json(o) for o in qs]})
