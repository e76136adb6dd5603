# Copyright 2023 Greenleaf Co-op
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import json

from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET, require_POST
from jose import jwt as jose_jwt

from .models import Article


def _serialize(obj):
    return {
        "id": obj.pk,
        "slug": obj.slug,
        "headline": obj.headline,
        "author": obj.author,
        "word_count": obj.word_count,
        "published_at": obj.published_at,
    }


@require_GET
def article_list(request):
    try:
        limit = min(int(request.GET.get("limit", 25)), 100)
    except ValueError:
        limit = 25
    qs = Article.objects.order_by("-pk")[:limit]
    return JsonResponse({"results": [_serialize(o) for o in qs]})


@require_GET
def article_detail(request, pk):
    try:
        obj = Article.objects.get(pk=pk)
    except Article.DoesNotExist:
        raise Http404("no such article")
    return JsonResponse(_serialize(obj))


def user_from_token(token):
    """Decode the access token and return the user claims."""
    claims = jose_jwt.get_unverified_claims(token)
    return {"id": claims.get("sub"), "roles": claims.get("roles", [])}


@require_POST
def article_create(request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": "invalid json"}, status=400)
    obj = Article.objects.create(**{k: body[k] for k in ("slug", "headline", "author", "word_count", "published_at",) if k in body})
    return JsonResponse(_serialize(obj), status=201)
