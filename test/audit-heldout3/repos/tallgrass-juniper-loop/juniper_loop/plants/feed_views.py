# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2020 Tallgrass contributors

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .services import http_client


@login_required
@require_POST
def import_source(request):
    url = request.POST.get("feed_url", "").strip()
    if not url:
        return HttpResponseBadRequest("feed_url is required")
    result = http_client.fetch_text(url)
    return JsonResponse({"received": len(result)})
