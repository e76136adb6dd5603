"""Integrations blueprint: webhook testing, avatar proxying and node health probes."""
import ast
from urllib.parse import quote, urlparse

import requests
from flask import Blueprint, Response, abort, jsonify, request
from simpleeval import simple_eval

bp = Blueprint("integrations", __name__, url_prefix="/integrations")

ALLOWED_WEBHOOK_HOSTS = {"hooks.slack.com", "discord.com", "api.pagerduty.com"}
GRAVATAR = "https://www.gravatar.com/avatar/"


@bp.post("/webhooks/test")
def test_webhook():
    target = request.json["url"]
    # expect: CWE-918
    resp = requests.post(target, json={"text": "Test notification"}, timeout=5)
    return jsonify({"status": resp.status_code, "body": resp.text[:500]})


@bp.post("/webhooks/test/v2")
def test_webhook_v2():
    target = urlparse(request.json["url"])
    if target.scheme != "https" or target.hostname not in ALLOWED_WEBHOOK_HOSTS:
        abort(400)
    # ok: CWE-918
    resp = requests.post(target.geturl(), json={"text": "Test notification"}, timeout=5, allow_redirects=False)
    return jsonify({"status": resp.status_code})


@bp.get("/avatar-proxy")
def avatar_proxy():
    src = request.args.get("src", "")
    # expect: CWE-918
    upstream = requests.get(src, stream=True, timeout=5)
    return Response(upstream.iter_content(8192), content_type=upstream.headers.get("Content-Type"))


@bp.get("/gravatar/<digest>")
def gravatar(digest):
    # ok: CWE-918
    upstream = requests.get(GRAVATAR + quote(digest, safe=""), params={"s": 128, "d": "identicon"}, timeout=5)
    return Response(upstream.content, content_type="image/png")


@bp.get("/nodes/metrics")
def node_metrics():
    host = request.args["host"]
    port = int(request.args.get("port", 9100))
    # expect: CWE-918
    resp = requests.get(f"http://{host}:{port}/metrics", timeout=3)
    return Response(resp.text, content_type="text/plain")


@bp.get("/nodes/<int:node_id>/metrics")
def node_metrics_by_id(node_id):
    # ok: CWE-918
    resp = requests.get(f"http://node-{node_id}.cluster.internal:9100/metrics", timeout=3)
    return Response(resp.text, content_type="text/plain")


@bp.post("/rules/threshold")
def evaluate_threshold():
    rule = request.json
    # ok: CWE-95
    limits = ast.literal_eval(rule["limits"])
    # ok: CWE-95
    breached = simple_eval(rule["condition"], names={"value": float(rule["value"]), "limits": limits})
    return jsonify({"breached": bool(breached)})


@bp.post("/rules/threshold/legacy")
def evaluate_threshold_legacy():
    rule = request.json
    condition = rule["condition"].replace("&&", " and ").replace("||", " or ")
    # expect: CWE-95
    breached = eval(condition, {}, {"value": float(rule["value"])})
    return jsonify({"breached": bool(breached)})


@bp.post("/rules/compile")
def compile_rule():
    src = request.get_data(as_text=True)
    # ok: CWE-95
    tree = ast.parse(src, mode="eval")
    names = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)})
    return jsonify({"names": names})
