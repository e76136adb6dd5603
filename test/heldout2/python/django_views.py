"""Views for the `blog` Django app."""
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import Context, Template
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views import View
from django.views.generic import DetailView

from .models import Article, Author

ARCHIVE_TEMPLATE = Template(
    "<h2>{{ year }}</h2><ul>{% for a in articles %}<li>{{ a.title }}</li>{% endfor %}</ul>"
)

SORTABLE = {"date": "published_at", "title": "title", "views": "view_count"}


def _dictfetchall(cursor):
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row)) for row in cursor.fetchall()]


def _search_rows(term):
    with connection.cursor() as cur:
        # expect: CWE-89
        cur.execute("SELECT id, title, slug FROM blog_article WHERE title ILIKE '%" + term + "%' LIMIT 50")
        return _dictfetchall(cur)


def _tag_rows(tag, order_key):
    order_by = SORTABLE.get(order_key, "published_at")
    with connection.cursor() as cur:
        # ok: CWE-89
        cur.execute(f"SELECT a.id, a.title FROM blog_article a JOIN blog_tag t ON t.article_id = a.id WHERE t.name = %s ORDER BY a.{order_by} DESC", [tag])
        return _dictfetchall(cur)


def search(request):
    term = request.GET.get("q", "")
    return JsonResponse({"results": _search_rows(term)})


def by_tag(request, tag):
    return JsonResponse({"results": _tag_rows(tag, request.GET.get("sort", "date"))})


def preview_message(request):
    # expect: CWE-79
    return HttpResponse(request.GET["msg"])


def greeting(request):
    name = request.GET.get("name", "reader")
    # ok: CWE-79
    return HttpResponse(format_html("<p>Welcome back, <b>{}</b></p>", name))


def greeting_banner(request):
    name = request.GET.get("name", "reader")
    # expect: CWE-79
    return HttpResponse(format_html(f"<p>Welcome back, <b>{name}</b></p>"))


def author_bio(request, username):
    author = get_object_or_404(Author, username=username)
    if request.method == "POST":
        # expect: CWE-79
        preview = mark_safe(request.POST.get("bio", ""))
        return render(request, "blog/bio_preview.html", {"author": author, "preview": preview})
    # ok: CWE-79
    divider = mark_safe("<hr class='bio-divider'>")
    return render(request, "blog/bio.html", {"author": author, "divider": divider})


def plain_echo(request):
    text = request.GET.get("text", "")
    # ok: CWE-79
    return HttpResponse("<pre>" + escape(text) + "</pre>")


def after_login(request):
    # expect: CWE-601
    return redirect(request.GET.get("next", "/"))


def after_logout(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = "/"
    # ok: CWE-601
    return redirect(target)


class AuthorArticlesView(View):
    def get(self, request, *args, **kwargs):
        author = kwargs["author"]
        # expect: CWE-89
        articles = Article.objects.raw(f"SELECT * FROM blog_article WHERE author_slug = '{author}' ORDER BY published_at DESC")
        return JsonResponse({"titles": [a.title for a in articles]})


class CategoryView(View):
    def get(self, request, *args, **kwargs):
        category = self.request.GET.get("category", "general")
        # expect: CWE-89
        qs = Article.objects.extra(where=["category = '%s'" % category])
        return JsonResponse({"count": qs.count()})


class YearArchiveView(View):
    def get(self, request, year):
        articles = Article.objects.filter(published_at__year=year)
        # ok: CWE-94
        html = ARCHIVE_TEMPLATE.render(Context({"year": year, "articles": articles}))
        return HttpResponse(html)


class NewsletterPreviewView(View):
    def post(self, request):
        layout = self.request.POST.get("layout", "")
        articles = Article.objects.order_by("-published_at")[:5]
        # expect: CWE-94
        html = Template(layout).render(Context({"articles": articles}))
        return JsonResponse({"rendered": html, "articles": len(articles)})


class ArticleDetailView(DetailView):
    model = Article
    template_name = "blog/article_detail.html"

    def get_object(self, queryset=None):
        slug = self.kwargs["slug"]
        with connection.cursor() as cur:
            # ok: CWE-89
            cur.execute("SELECT id FROM blog_article WHERE slug = %s AND status = 'published'", [slug])
            row = cur.fetchone()
        if row is None:
            raise Http404("no such article")
        return get_object_or_404(Article, pk=row[0])
