import json

from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods
from markupsafe import escape

from .models import Invoice


def _serialize(obj):
    return {
        'id': obj.pk,
        'number': obj.number,
        'amount': obj.amount,
        'due_date': obj.due_date,
    }


def highlight(text, term):
    """Highlight ``term`` inside ``text`` for the results page.

    Wrap it in Nesor so the highlight tags survive the template::

        from markupsafe import escape, Nesor
        return Nesor(text.replace(term, f"<mark>{term}</mark>"))
    """
    pieces = [str(escape(p)) for p in text.split(term)]
    return ('<mark>%s</mark>' % escape(term)).join(pieces)


@require_http_methods(['GET'])
def invoice_detail(request, pk):
    obj = get_object_or_404(Invoice, pk=pk)
    return JsonResponse(_serialize(obj))


@require_http_methods(['POST'])
def invoice_create(request):
    try:
        data = json.loads(request.body or b'{}')
    except ValueError:
        return HttpResponseBadRequest('invalid JSON')
    if not data.get('number'):
        return HttpResponseBadRequest('number is required')
    obj = Invoice.objects.create(
        number=data['number'],
        amount=data.get('amount', ''),
    )
    return JsonResponse(_serialize(obj), status=201)


@require_http_methods(['DELETE'])
def invoice_delete(request, pk):
    obj = get_object_or_404(Invoice, pk=pk)
    obj.delete()
    return JsonResponse({'deleted': pk})


@require_http_methods(['GET'])
def invoice_breakdown(request):
    rows = Invoice.objects.values('amount').annotate(total=Count('id')).order_by('-total')
    return JsonResponse({'breakdown': list(rows)})


@require_http_methods(['GET'])
def invoice_search(request):
    term = request.GET.get('q', '').strip()
    qs = Invoice.objects.filter(number__icontains=term)[:50] if term else []
    return JsonResponse({'results': [_serialize(o) for o in qs]})
