from aiohttp import web
from django.http import HttpResponseRedirect
from django.shortcuts import redirect as dj_redirect
from flask import Flask, redirect, request, url_for
from starlette.responses import RedirectResponse

app = Flask(__name__)
ALLOWED = {"/home", "/account"}


@app.route("/login")
def login():
    # expect: CWE-601
    return redirect(request.args.get("next", "/"))


@app.route("/login2")
def login2():
    target = request.args.get("next", "/")
    if target not in ALLOWED:
        target = "/"
    # ok: CWE-601
    return redirect(url_for("index"))


@app.route("/login3")
def login3():
    target = request.args.get("next", "/")
    if target not in ALLOWED:
        return redirect("/")
    # ok: CWE-601
    return redirect(target)


@app.route("/go")
def go():
    page = request.args["page"]
    # ok: CWE-601
    return redirect(f"https://docs.example.com/{page}")


def django_view(request):
    # expect: CWE-601
    return HttpResponseRedirect(request.GET["next"])


async def aio_handler(request):
    form = await request.post()
    # expect: CWE-601
    raise web.HTTPFound(location=form.get("return_to", "/"))


async def aio_fixed(request):
    # ok: CWE-601
    raise web.HTTPFound(location="/dashboard")


async def star(request):
    # expect: CWE-601
    return RedirectResponse(request.query_params["next"])


class Login:
    def get(self):
        # expect: CWE-601
        self.redirect(self.get_query_argument("next", "/"))

    def post(self):
        # ok: CWE-601
        self.redirect("/admin")


@app.route("/logout")
def logout():
    from urllib.parse import urlsplit

    target = request.args.get("next", "/")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target not in ALLOWED:
        target = "/"
    # ok: CWE-601
    return redirect(target)


def django_logout(request):
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    # ok: CWE-601
    return HttpResponseRedirect(target)


def django_reset_elsewhere(request):
    target = request.GET.get("next", "/")
    other = "/"
    if target not in ALLOWED:
        other = "/home"
    # expect: CWE-601
    return HttpResponseRedirect(target)
