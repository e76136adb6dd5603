# Labelled cases for CWE-1333: regular expressions built from request data.
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
NAMES = ["alpha", "beta", "gamma"]


@app.route("/filter")
def filter_names():
    pattern = request.args.get("pattern", "")
    # expect: CWE-1333
    matcher = re.compile(pattern, re.IGNORECASE)
    # expect: CWE-1333
    first = re.search(request.args["q"], "alpha beta")
    # ok: CWE-1333
    safe = re.compile(re.escape(pattern), re.IGNORECASE)
    # ok: CWE-1333
    words = re.split(r"\s+", request.args.get("text", ""))
    return jsonify([n for n in NAMES if matcher.search(n) or safe.search(n)], bool(first), words)


def compile_rule(pattern):
    # A library helper: the pattern is its caller's.
    # ok: CWE-1333
    return re.compile(pattern)
