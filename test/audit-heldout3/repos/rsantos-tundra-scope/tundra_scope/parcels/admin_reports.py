from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import JsonResponse


@staff_member_required
def monthly_totals(request):
    month = request.GET["month"]
    with connection.cursor() as cur:
        cur.execute("SELECT owner_id, count(*) FROM tundra_scope_parcel WHERE to_char(created_at, 'YYYY-MM') = '%s' GROUP BY owner_id" % month)
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})
