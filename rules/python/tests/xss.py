import html

import jinja2
from django.http import HttpResponse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from flask import Flask, make_response, render_template, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/profile")
def profile():
    username = request.args.get("username")
    with open("templates/profile.html") as f:
        # expect: CWE-79
        return jinja2.Template(f.read()).render(username=username)


@app.route("/profile2")
def profile_safe():
    username = request.args.get("username")
    # ok: CWE-79
    return render_template("profile.html", username=username)


def footer():
    # ok: CWE-79
    return jinja2.Template("<footer>(c) 2024</footer>").render()


# expect: CWE-79
env = Environment(loader=FileSystemLoader("templates"))
# ok: CWE-79
safe_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
# ok: CWE-79
safe_env2 = jinja2.Environment(autoescape=True)
# expect: CWE-79
bad_env = jinja2.Environment(loader=FileSystemLoader("t"), autoescape=False)


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    # expect: CWE-79
    return f"<h1>Hello {name}!</h1>"


@app.route("/greet2")
def greet_safe():
    name = request.args.get("name", "")
    # ok: CWE-79
    return f"<h1>Hello {escape(name)}!</h1>"


@app.route("/greet3")
def greet_plain():
    name = request.args.get("name", "")
    # ok: CWE-79
    return {"greeting": f"Hello {name}"}


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # expect: CWE-79
    resp = make_response("<p>No results for " + q + "</p>")
    return resp


@app.route("/search2")
def search_safe():
    q = request.args.get("q", "")
    # ok: CWE-79
    resp = make_response("<p>No results for " + html.escape(q) + "</p>")
    return resp


def badge(label):
    # expect: CWE-79
    return Markup(f"<span class='badge'>{label}</span>")


def badge_safe(label):
    # ok: CWE-79
    return Markup("<span class='badge'>{}</span>").format(label)


def comment_view(request):
    text = request.GET.get("text", "")
    # expect: CWE-79
    return HttpResponse("<div>" + text + "</div>")


def comment_view_safe(request):
    text = request.GET.get("text", "")
    # ok: CWE-79
    return HttpResponse(format_html("<div>{}</div>", text))


def render_bio(bio_html):
    # expect: CWE-79
    return mark_safe("<div class='bio'>%s</div>" % bio_html)


def static_banner():
    # ok: CWE-79
    return mark_safe("<div class='banner'>Welcome</div>")


def django_echo(request):
    from django.http import HttpResponse
    from django.utils.html import escape, format_html

    # expect: CWE-79
    page = HttpResponse(request.GET["msg"])
    # ok: CWE-79
    safe = HttpResponse(escape(request.GET["msg"]))
    name = request.GET.get("name", "reader")
    # expect: CWE-79
    banner = format_html(f"<p>Welcome back, <b>{name}</b></p>")
    # ok: CWE-79
    banner2 = format_html("<p>Welcome back, <b>{}</b></p>", name)
    return page, safe, banner, banner2


class Banner:
    def get(self):
        title = self.get_argument("title", "")
        # expect: CWE-79
        self.write("<div class='banner'>" + title + "</div>")
        # ok: CWE-79
        self.write({"title": title})


async def aio_thanks(request):
    from aiohttp import web

    form = await request.post()
    name = form.get("name", "")
    # expect: CWE-79
    html = web.Response(text=f"<p>Thanks {name}</p>", content_type="text/html")
    # ok: CWE-79
    plain = web.Response(text=f"<p>Thanks {name}</p>")
    return html, plain
