"""Views for the internal reporting app (reports/views.py)."""
import json

import yaml
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.template import Context, Template, engines
from django.template.loader import render_to_string
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from .models import Comment, Employee, Report


@login_required
@require_GET
def reports_by_owner(request):
    owner = request.GET.get("owner", "")
    with connection.cursor() as cursor:
        # expect: CWE-89
        cursor.execute("SELECT id, title, created FROM reports_report WHERE owner = '%s'" % owner)
        rows = cursor.fetchall()
    return JsonResponse({"reports": rows})


@login_required
@require_GET
def reports_by_team(request):
    team = request.GET.get("team", "")
    with connection.cursor() as cursor:
        # ok: CWE-89
        cursor.execute("SELECT id, title, created FROM reports_report WHERE team = %s", [team])
        rows = cursor.fetchall()
    return JsonResponse({"reports": rows})


@login_required
def employee_lookup(request):
    last = request.GET["last_name"]
    # expect: CWE-89
    people = Employee.objects.raw("SELECT * FROM hr_employee WHERE last_name = '" + last + "'")
    return JsonResponse({"ids": [p.id for p in people]})


@login_required
def employee_lookup_v2(request):
    last = request.GET["last_name"]
    # ok: CWE-89
    people = Employee.objects.raw("SELECT * FROM hr_employee WHERE last_name = %s", [last])
    return JsonResponse({"ids": [p.id for p in people]})


@login_required
def report_search(request):
    q = request.GET.get("q", "")
    # expect: CWE-89
    matches = Report.objects.extra(where=[f"title ILIKE '%%{q}%%'"])
    if not matches:
        # expect: CWE-79
        return HttpResponse("<p>No reports matched <b>" + q + "</b></p>")
    return JsonResponse({"ids": list(matches.values_list("id", flat=True))})


@login_required
def report_search_v2(request):
    q = request.GET.get("q", "")
    matches = Report.objects.filter(title__icontains=q)
    if not matches.exists():
        # ok: CWE-79
        return HttpResponse(format_html("<p>No reports matched <b>{}</b></p>", q))
    return JsonResponse({"ids": list(matches.values_list("id", flat=True))})


@login_required
def report_comments(request, report_id):
    report = get_object_or_404(Report, pk=report_id)
    parts = []
    for comment in Comment.objects.filter(report=report):
        # expect: CWE-79
        parts.append(mark_safe(f"<li class='comment'>{comment.author}: {comment.body}</li>"))
    # ok: CWE-79
    separator = mark_safe("<hr class='comments-end'>")
    return HttpResponse("<ul>" + "".join(parts) + "</ul>" + separator)


@login_required
def report_comments_v2(request, report_id):
    report = get_object_or_404(Report, pk=report_id)
    comments = Comment.objects.filter(report=report)
    # ok: CWE-79
    items = format_html_join("\n", "<li class='comment'>{}: {}</li>", ((c.author, c.body) for c in comments))
    return HttpResponse(format_html("<ul>{}</ul>", items))


@login_required
def report_title(request, report_id):
    report = get_object_or_404(Report, pk=report_id)
    # ok: CWE-79
    return HttpResponse("<h1>%s</h1>" % escape(report.title))


@login_required
@require_POST
def preview_custom_layout(request):
    """Lets power users preview a custom layout for a report."""
    report = get_object_or_404(Report, pk=request.POST["report_id"])
    # expect: CWE-94
    tpl = Template(request.POST["layout"])
    return HttpResponse(tpl.render(Context({"report": report})))


@login_required
def render_header(request):
    header_src = request.GET.get("header", "{{ report.title }}")
    django_engine = engines["django"]
    # expect: CWE-94
    header = django_engine.from_string(header_src)
    return HttpResponse(header.render({"user": request.user}))


@login_required
def render_summary(request, report_id):
    report = get_object_or_404(Report, pk=report_id)
    # ok: CWE-94
    html = render_to_string("reports/summary.html", {"report": report, "q": request.GET.get("q")})
    return HttpResponse(html)


@login_required
@require_POST
def import_report_definition(request):
    # expect: CWE-502
    definition = yaml.load(request.body, Loader=yaml.Loader)
    report = Report.objects.create(title=definition["title"], owner=request.user.username)
    return JsonResponse({"id": report.id}, status=201)


@login_required
@require_POST
def import_report_definition_v2(request):
    try:
        # ok: CWE-502
        definition = yaml.safe_load(request.body)
    except yaml.YAMLError:
        return HttpResponseBadRequest("invalid yaml")
    report = Report.objects.create(title=definition["title"], owner=request.user.username)
    return JsonResponse({"id": report.id}, status=201)


@login_required
@require_POST
def import_report_json(request):
    # ok: CWE-502
    definition = json.loads(request.body)
    report = Report.objects.create(title=definition["title"], owner=request.user.username)
    return JsonResponse({"id": report.id}, status=201)
