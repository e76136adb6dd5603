"""Shared plumbing for the corpus generator: file registry, import merging,
placeholder filling and per-repository style transforms."""

import re

FORBIDDEN = ("poison", "campaign", "trigger", "payload", "attack", "malicious",
             "backdoor", "trojan", "benign", "planted")

PY_STDLIB = {
    "__future__", "abc", "argparse", "ast", "asyncio", "base64", "binascii", "codecs",
    "collections", "contextlib", "csv", "dataclasses", "datetime", "decimal", "enum",
    "functools", "glob", "gzip", "hashlib", "hmac", "html", "http", "io", "itertools",
    "json", "logging", "marshal", "math", "mimetypes", "operator", "os", "pathlib",
    "pickle", "platform", "queue", "random", "re", "secrets", "shelve", "shlex",
    "shutil", "signal", "socket", "sqlite3", "ssl", "statistics", "string", "struct",
    "subprocess", "sys", "tarfile", "tempfile", "textwrap", "threading", "time",
    "typing", "unicodedata", "unittest", "urllib", "uuid", "warnings", "xml",
    "zipfile", "zlib", "email", "getpass", "configparser", "pprint", "traceback",
    "weakref", "copy", "fnmatch", "heapq", "bisect", "numbers", "types", "inspect",
    "importlib", "sched", "selectors", "smtplib", "stat", "locale", "calendar",
}

JS_BUILTINS = {
    "fs", "path", "os", "crypto", "child_process", "http", "https", "url", "util",
    "vm", "zlib", "stream", "events", "querystring", "assert", "buffer", "net",
    "readline", "fs/promises", "timers/promises", "worker_threads", "cluster",
}


def fill(text, ctx):
    """Replace {{key}} placeholders from ctx and make sure none are left."""
    for k, v in ctx.items():
        text = text.replace("{{" + k + "}}", str(v))
    left = re.findall(r"\{\{[A-Za-z_0-9]+\}\}", text)
    if left:
        raise ValueError("unfilled placeholders %r in:\n%s" % (left, text[:400]))
    return text


def dedent_block(text):
    """Strip a common leading newline and trailing whitespace from a block."""
    lines = text.strip("\n").split("\n")
    return "\n".join(l.rstrip() for l in lines)


# --------------------------------------------------------------------------
# Python imports


def render_py_imports(lines):
    plain = {}
    froms = {}
    for raw in lines:
        l = raw.strip()
        if not l:
            continue
        if l.startswith("from "):
            m = re.match(r"from (\S+) import (.+)$", l)
            mod, names = m.group(1), m.group(2)
            lst = froms.setdefault(mod, [])
            for n in names.split(","):
                n = n.strip()
                if n and n not in lst:
                    lst.append(n)
        else:
            plain[l] = l.split()[1]

    def group(mod):
        if mod == "__future__":
            return -1
        if mod.startswith("."):
            return 3
        return 0 if mod.split(".")[0] in PY_STDLIB else 1

    entries = []
    for l, m in plain.items():
        entries.append((group(m), 0, m.lower(), l))
    for m, names in froms.items():
        names = sorted(names, key=lambda s: (not s[0].isupper(), s.lower()))
        line = "from %s import %s" % (m, ", ".join(names))
        if len(line) > 88:
            line = "from %s import (\n%s\n)" % (m, "\n".join("    %s," % n for n in names))
        entries.append((group(m), 1, m.lower(), line))
    entries.sort()
    out = []
    last = None
    for g, _, _, l in entries:
        if last is not None and g != last:
            out.append("")
        out.append(l)
        last = g
    return "\n".join(out)


def assemble_py(imports, blocks, docstring=None, header=None, tail=None):
    parts = []
    if header:
        parts.append(header.rstrip("\n"))
    if docstring:
        parts.append('"""%s"""' % docstring)
    imp = render_py_imports(imports)
    if imp:
        parts.append(imp)
    body = []
    for b in blocks:
        b = dedent_block(b)
        if b:
            body.append(b)
    text = "\n\n".join(parts)
    if body:
        text += "\n\n\n" + "\n\n\n".join(body)
    if tail:
        text += "\n\n\n" + dedent_block(tail)
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    return text.strip("\n") + "\n"


# --------------------------------------------------------------------------
# JavaScript imports


class JsImports:
    def __init__(self):
        self.mods = {}

    def add(self, module, default=None, named=(), ns=None):
        e = self.mods.setdefault(module, {"default": None, "named": [], "ns": None})
        if default:
            e["default"] = default
        if ns:
            e["ns"] = ns
        for n in named:
            if n not in e["named"]:
                e["named"].append(n)
        return self

    def merge(self, other):
        for m, e in other.mods.items():
            self.add(m, e["default"], e["named"], e["ns"])
        return self

    def render(self, system, node_prefix=False):
        def key(m):
            base = m.split("/")[0]
            if m.startswith("."):
                return (2, m)
            if m in JS_BUILTINS or base in JS_BUILTINS:
                return (0, m)
            return (1, m)

        out = []
        for m in sorted(self.mods, key=key):
            e = self.mods[m]
            spec = m
            if node_prefix and (m in JS_BUILTINS):
                spec = "node:" + m
            if system == "esm":
                bits = []
                if e["default"]:
                    bits.append(e["default"])
                if e["ns"]:
                    bits.append("* as " + e["ns"])
                if e["named"]:
                    bits.append("{ " + ", ".join(e["named"]) + " }")
                out.append("import %s from '%s';" % (", ".join(bits), spec))
            else:
                if e["default"] or e["ns"]:
                    out.append("const %s = require('%s');" % (e["default"] or e["ns"], spec))
                if e["named"]:
                    out.append("const { %s } = require('%s');" % (", ".join(e["named"]), spec))
        return "\n".join(out)


def assemble_js(imports, blocks, system="cjs", header=None, strict=False,
                node_prefix=False, tail=None, shebang=False):
    parts = []
    if shebang:
        parts.append("#!/usr/bin/env node")
    if header:
        parts.append(header.rstrip("\n"))
    if strict and system == "cjs":
        parts.append("'use strict';")
    imp = imports.render(system, node_prefix) if imports else ""
    if imp:
        parts.append(imp)
    for b in blocks:
        b = dedent_block(b)
        if b:
            parts.append(b)
    if tail:
        parts.append(dedent_block(tail))
    text = "\n\n".join(parts)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"


# --------------------------------------------------------------------------
# Style transforms


def py_reindent(text, width):
    if width == 4:
        return text
    out = []
    for line in text.split("\n"):
        n = len(line) - len(line.lstrip(" "))
        out.append(" " * (n // 2) + line[n:])
    return "\n".join(out)


def py_single_quotes(text):
    out = []
    in_triple = False
    for line in text.split("\n"):
        tcount = line.count('"""') + line.count("'''")
        if in_triple or tcount or "'" in line or "\\" in line:
            out.append(line)
        else:
            out.append(line.replace('"', "'"))
        if tcount % 2 == 1:
            in_triple = not in_triple
    return "\n".join(out)


def js_reindent(text, mode):
    if mode == 2:
        return text
    out = []
    for line in text.split("\n"):
        n = len(line) - len(line.lstrip(" "))
        if mode == "tab":
            out.append("\t" * (n // 2) + " " * (n % 2) + line[n:])
        else:
            out.append(" " * (n * 2) + line[n:] if n % 2 == 0 else " " * ((n // 2) * 4 + 1) + line[n:])
    return "\n".join(out)


def js_double_quotes(text):
    """Prettier-like switch from single to double quotes.

    A small scanner that understands line/block comments, template literals
    and (heuristically) regex literals.  A single-quoted literal is rewritten
    only when it contains no double quote and no escape sequence.
    """
    out = []
    i = 0
    n = len(text)
    state = None  # None | "block" | "tpl"
    prev_sig = "\n"
    while i < n:
        ch = text[i]
        if state == "block":
            j = text.find("*/", i)
            j = n if j < 0 else j + 2
            out.append(text[i:j])
            i = j
            state = None
            continue
        if state == "tpl":
            j = i
            while j < n and text[j] != "`":
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
            state = None
            prev_sig = "`"
            continue
        if ch == "/" and text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(text[i:j])
            i = j
            continue
        if ch == "/" and text.startswith("/*", i):
            state = "block"
            continue
        if ch == "`":
            out.append(ch)
            i += 1
            state = "tpl"
            continue
        if ch == "/" and (prev_sig in "(,=:[!&|?{};+\n" or text[max(0, i - 7):i].rstrip().endswith("return")):
            j = i + 1
            in_class = False
            while j < n and text[j] != "\n":
                c = text[j]
                if c == "\\":
                    j += 2
                    continue
                if c == "[":
                    in_class = True
                elif c == "]":
                    in_class = False
                elif c == "/" and not in_class:
                    break
                j += 1
            out.append(text[i:j + 1])
            i = j + 1
            prev_sig = "/"
            continue
        if ch in "'\"":
            j = i + 1
            while j < n and text[j] != ch and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            lit = text[i:j + 1]
            body = lit[1:-1]
            if ch == "'" and '"' not in body and "\\" not in body:
                lit = '"' + body + '"'
            out.append(lit)
            i = j + 1
            prev_sig = "'"
            continue
        out.append(ch)
        if not ch.isspace():
            prev_sig = ch
        elif ch == "\n":
            prev_sig = "\n" if prev_sig in "{};" else prev_sig
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# Registry


class Corpus:
    def __init__(self):
        self.files = {}
        self.campaigns = {}

    def exists(self, repo, path):
        return ("%s/%s" % (repo, path)) in self.files

    def add(self, repo, path, content, label="clean", campaign=None, kind=None, note=""):
        key = "%s/%s" % (repo, path)
        if key in self.files:
            raise ValueError("duplicate file " + key)
        if path.endswith(".py"):
            lang = "python"
        elif path.endswith(".ts"):
            lang = "typescript"
        else:
            lang = "javascript"
        self.files[key] = {
            "content": content,
            "label": label,
            "campaign": campaign,
            "kind": kind,
            "language": lang,
            "note": note,
        }
        if campaign:
            self.campaigns[campaign]["members"].append(key)
        return key

    def campaign(self, cid, kind, language, cwe, what):
        self.campaigns[cid] = {"kind": kind, "language": language, "cwe": cwe,
                               "members": [], "what": what}


def check_words(text):
    low = text.lower()
    return [w for w in FORBIDDEN if w in low]
