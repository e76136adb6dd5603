import urllib.request

import httpx
import requests
from urllib.parse import urlparse
from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"api.github.com", "api.stripe.com"}


@app.route("/proxy")
def proxy():
    url = request.args.get("url")
    # expect: CWE-918
    return requests.get(url, timeout=5).text


@app.route("/preview", methods=["POST"])
def preview():
    target = request.json["link"]
    # expect: CWE-918
    with urllib.request.urlopen(target) as resp:
        return resp.read()


@app.route("/avatar")
def avatar():
    host = request.args["host"]
    # expect: CWE-918
    return httpx.get(f"http://{host}/avatar.png").content


@app.route("/user")
def user():
    user_id = request.args["id"]
    # ok: CWE-918
    return requests.get(f"https://api.example.com/users/{user_id}", timeout=5).json()


@app.route("/search")
def search():
    # ok: CWE-918
    return requests.get("https://api.example.com/search", params={"q": request.args["q"]}).json()


def fetch(url):
    # A library helper: the URL comes from its caller, not from a request.
    # ok: CWE-918
    return requests.get(url, timeout=10)


@app.route("/hook", methods=["POST"])
def hook():
    session = requests.Session()
    callback = request.form["callback"]
    # expect: CWE-918
    session.post(callback, json={"ok": True})
    return "sent"


ALLOWED_HOSTS = {"avatars.example.com"}


def _public_https_url(url):
    parsed = urlparse(url)
    return parsed.scheme == "https" and parsed.hostname in ALLOWED_HOSTS


@app.route("/avatar", methods=["POST"])
def avatar_from_url():
    avatar_url = request.form.get("avatar_url", "")
    if not _public_https_url(avatar_url):
        raise ValueError("avatar URL not allowed")
    # ok: CWE-918
    first = requests.get(avatar_url, timeout=5)
    other = request.form.get("banner_url", "")
    if not other:
        raise ValueError("no banner")
    # expect: CWE-918
    second = requests.get(other, timeout=5)
    return first.content + second.content
