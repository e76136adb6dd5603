"""Shared helpers for building the held-out audit set (not part of repos/)."""
import re
import sys
import textwrap

STDLIB = set(sys.stdlib_module_names)
PLACEHOLDER = re.compile(r"<<([a-zA-Z_][a-zA-Z0-9_]*)>>")


def T(_tpl, **kw):
    """Dedent a template and substitute <<name>> placeholders."""
    s = textwrap.dedent(_tpl).strip("\n")

    def sub(mo):
        key = mo.group(1)
        if key not in kw:
            raise KeyError("missing template key %s" % key)
        return str(kw[key])

    return PLACEHOLDER.sub(sub, s)


def camel(s):
    return "".join(p[:1].upper() + p[1:] for p in s.split("_"))


def lcamel(s):
    c = camel(s)
    return c[:1].lower() + c[1:]


def indent(s, n):
    pad = " " * n
    return "\n".join((pad + line) if line.strip() else "" for line in s.split("\n"))


class Domain:
    def __init__(self, name, plural, fields):
        self.name = name
        self.plural = plural
        self.fields = fields  # list of (name, kind)
        self.label = name.replace("_", " ")
        self.plural_label = plural.replace("_", " ")

    def of(self, kind):
        return [f for f, k in self.fields if k == kind]

    def first(self, kind, default=None):
        xs = self.of(kind)
        return xs[0] if xs else default


DOMAINS = [
    Domain("invoice", "invoices", [("number", "str"), ("customer_id", "int"), ("amount_cents", "int"), ("due_date", "date"), ("paid", "bool")]),
    Domain("shipment", "shipments", [("tracking_code", "str"), ("carrier", "str"), ("weight_grams", "int"), ("destination", "str"), ("shipped_at", "date")]),
    Domain("ticket", "tickets", [("title", "str"), ("priority", "int"), ("assignee", "str"), ("opened_at", "date"), ("closed", "bool")]),
    Domain("reading", "readings", [("sensor_id", "str"), ("value", "float"), ("unit", "str"), ("recorded_at", "date")]),
    Domain("playlist", "playlists", [("name", "str"), ("owner", "str"), ("track_count", "int"), ("is_public", "bool")]),
    Domain("recipe", "recipes", [("title", "str"), ("servings", "int"), ("prep_minutes", "int"), ("cuisine", "str")]),
    Domain("booking", "bookings", [("guest_name", "str"), ("room_number", "int"), ("check_in", "date"), ("nights", "int")]),
    Domain("book", "books", [("isbn", "str"), ("title", "str"), ("author", "str"), ("pages", "int"), ("published", "date")]),
    Domain("employee", "employees", [("full_name", "str"), ("department", "str"), ("salary", "float"), ("hired_on", "date"), ("remote", "bool")]),
    Domain("order", "orders", [("sku", "str"), ("quantity", "int"), ("unit_price", "float"), ("placed_at", "date")]),
    Domain("subscription", "subscriptions", [("plan", "str"), ("seats", "int"), ("started_at", "date"), ("active", "bool")]),
    Domain("device", "devices", [("serial", "str"), ("model", "str"), ("firmware", "str"), ("last_seen", "date")]),
    Domain("article", "articles", [("slug", "str"), ("headline", "str"), ("author", "str"), ("word_count", "int"), ("published_at", "date")]),
    Domain("vehicle", "vehicles", [("vin", "str"), ("make", "str"), ("year", "int"), ("mileage", "int")]),
    Domain("course", "courses", [("code", "str"), ("title", "str"), ("credits", "int"), ("instructor", "str")]),
    Domain("event", "events", [("name", "str"), ("venue", "str"), ("starts_at", "date"), ("capacity", "int")]),
    Domain("package", "packages", [("name", "str"), ("version", "str"), ("downloads", "int"), ("license", "str")]),
    Domain("coupon", "coupons", [("code", "str"), ("percent_off", "int"), ("expires_at", "date"), ("max_uses", "int")]),
    Domain("stock_item", "stock_items", [("sku", "str"), ("bin_location", "str"), ("on_hand", "int"), ("reorder_level", "int")]),
    Domain("flight", "flights", [("flight_number", "str"), ("origin", "str"), ("destination", "str"), ("departs_at", "date"), ("seats_left", "int")]),
    Domain("review", "reviews", [("product_id", "int"), ("rating", "int"), ("body", "str"), ("author", "str")]),
    Domain("team", "teams", [("name", "str"), ("league", "str"), ("founded", "int"), ("city", "str")]),
    Domain("expense", "expenses", [("category", "str"), ("amount", "float"), ("spent_on", "date"), ("reimbursed", "bool")]),
    Domain("task", "tasks", [("summary", "str"), ("due", "date"), ("estimate_hours", "float"), ("done", "bool")]),
    Domain("station", "stations", [("code", "str"), ("name", "str"), ("latitude", "float"), ("longitude", "float")]),
    Domain("listing", "listings", [("address", "str"), ("bedrooms", "int"), ("price", "float"), ("listed_on", "date")]),
    Domain("member", "members", [("handle", "str"), ("email", "str"), ("joined_on", "date"), ("karma", "int")]),
    Domain("batch", "batches", [("lot", "str"), ("produced_on", "date"), ("units", "int"), ("grade", "str")]),
    Domain("donation", "donations", [("donor", "str"), ("amount", "float"), ("received_on", "date"), ("recurring", "bool")]),
    Domain("asset", "assets", [("tag", "str"), ("owner", "str"), ("purchased_on", "date"), ("cost", "float")]),
]


# ---------------------------------------------------------------- Python modules

def parse_py_import(line):
    line = line.strip()
    if line.startswith("from "):
        mo = re.match(r"from\s+(\S+)\s+import\s+(.+)$", line)
        mod, names = mo.group(1), mo.group(2)
        names = [n.strip() for n in names.strip("()").split(",") if n.strip()]
        return ("from", mod, names)
    mo = re.match(r"import\s+(\S+)(\s+as\s+(\S+))?$", line)
    return ("import", mo.group(1), mo.group(3))


def _py_group(mod):
    if mod == "__future__":
        return 0
    if mod.startswith("."):
        return 3
    top = mod.split(".")[0]
    if top in STDLIB:
        return 1
    return 2


class PyMod:
    def __init__(self):
        self.doc = None
        self._from = {}
        self._plain = {}
        self.blocks = []
        self.tail = []
        self.ctx = {}
        self.local_pkgs = set()

    def imp(self, *lines):
        for line in lines:
            kind, mod, rest = parse_py_import(line)
            if kind == "from":
                cur = self._from.setdefault(mod, [])
                for n in rest:
                    if n not in cur:
                        cur.append(n)
            else:
                self._plain[(mod, rest)] = True

    def render_imports(self):
        entries = []
        for (mod, alias) in self._plain:
            txt = "import %s" % mod + (" as %s" % alias if alias else "")
            entries.append((_py_group(mod) if mod.split(".")[0] not in self.local_pkgs else 3, 0, mod, txt))
        for mod, names in self._from.items():
            names_sorted = sorted(names, key=lambda n: (not n[:1].isupper(), n.lower()))
            txt = "from %s import %s" % (mod, ", ".join(names_sorted))
            if len(txt) > 88:
                txt = "from %s import (\n%s\n)" % (mod, "\n".join("    %s," % n for n in names_sorted))
            grp = _py_group(mod)
            if mod.split(".")[0] in self.local_pkgs:
                grp = 3
            entries.append((grp, 1, mod, txt))
        entries.sort(key=lambda e: (e[0], e[1], e[2]))
        out, last = [], None
        for grp, _, _, txt in entries:
            if last is not None and grp != last:
                out.append("")
            out.append(txt)
            last = grp
        return "\n".join(out)

    def insert(self, block, pos):
        pos = max(0, min(pos, len(self.blocks)))
        self.blocks.insert(pos, block)

    def render(self, header=None):
        parts = []
        if header:
            parts.append(header.rstrip("\n"))
        if self.doc:
            doc = self.doc.strip("\n")
            if "\n" in doc:
                parts.append('"""' + doc + '\n"""')
            else:
                parts.append('"""' + doc + '"""')
        imps = self.render_imports()
        head = "\n\n".join(parts)
        body = "\n\n\n".join(b.strip("\n") for b in self.blocks + self.tail)
        out = head
        if imps:
            out = (out + "\n\n" if out else "") + imps
        out = (out + "\n\n\n" if out else "") + body
        return out.rstrip() + "\n"


# ---------------------------------------------------------------- JS modules

class JsMod:
    def __init__(self, esm=False):
        self.esm = esm
        self.lead = None  # leading comment text (already formatted)
        self.strict = False
        self.reqs = []  # (module, default, [named])
        self.blocks = []
        self.exports = []
        self.default_export = None
        self.tail = []
        self.ctx = {}

    def req(self, module, default=None, named=None):
        named = list(named or [])
        for i, (m, dft, nm) in enumerate(self.reqs):
            if m == module:
                if default and not dft:
                    dft = default
                for n in named:
                    if n not in nm:
                        nm.append(n)
                self.reqs[i] = (m, dft, nm)
                return
        self.reqs.append((module, default, named))

    def bindings(self):
        out = set()
        for m, dft, nm in self.reqs:
            if dft:
                out.add(dft)
            out.update(nm)
        return out

    def render_requires(self):
        lines = []
        for m, dft, nm in self.reqs:
            if self.esm:
                if dft and nm:
                    lines.append("import %s, { %s } from '%s';" % (dft, ", ".join(nm), m))
                elif dft:
                    lines.append("import %s from '%s';" % (dft, m))
                else:
                    lines.append("import { %s } from '%s';" % (", ".join(nm), m))
            else:
                if dft:
                    lines.append("const %s = require('%s');" % (dft, m))
                if nm:
                    lines.append("const { %s } = require('%s');" % (", ".join(nm), m))
        return "\n".join(lines)

    def insert(self, block, pos):
        pos = max(0, min(pos, len(self.blocks)))
        self.blocks.insert(pos, block)

    def render(self, header=None, indent4=False):
        parts = []
        lead = self.lead
        if lead and lead.startswith("#!"):
            parts.append(lead.rstrip("\n"))
            lead = None
        if header:
            parts.append(header.rstrip("\n"))
        if lead:
            parts.append(lead.rstrip("\n"))
        if self.strict and not self.esm:
            parts.append("'use strict';")
        reqs = self.render_requires()
        if reqs:
            parts.append(reqs)
        body = [b.strip("\n") for b in self.blocks]
        if self.exports:
            if self.esm:
                body.append("export { %s };" % ", ".join(self.exports))
            else:
                if len(self.exports) <= 3:
                    body.append("module.exports = { %s };" % ", ".join(self.exports))
                else:
                    body.append("module.exports = {\n%s\n};" % "\n".join("  %s," % e for e in self.exports))
        if self.default_export:
            if self.esm:
                body.append("export default %s;" % self.default_export)
            else:
                body.append("module.exports = %s;" % self.default_export)
        body += [t.strip("\n") for t in self.tail]
        out = "\n\n".join(parts + body).rstrip() + "\n"
        if indent4:
            out = js_reindent(out)
        return out


def js_reindent(text):
    res = []
    in_tpl = False
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        n = len(line) - len(stripped)
        if not in_tpl and stripped:
            if n % 2 == 0:
                line = " " * (n * 2) + stripped
            else:
                line = " " * ((n - 1) * 2 + 1) + stripped
        # crude template-literal tracking so multi-line literals are left alone
        if line.count("`") % 2 == 1:
            in_tpl = not in_tpl
        res.append(line)
    return "\n".join(res)


# ---------------------------------------------------------------- headers

APACHE = """Copyright <<year>> <<owner>>

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License."""

MIT_SHORT = """Copyright (c) <<year>> <<owner>>
SPDX-License-Identifier: MIT"""

BSD_SHORT = """Copyright (c) <<year>>, <<owner>>
All rights reserved.

Use of this source code is governed by a BSD-style license that can be
found in the LICENSE file."""

GPL_SHORT = """This file is part of <<project>>.

<<project>> is free software: you can redistribute it and/or modify it under
the terms of the GNU General Public License as published by the Free Software
Foundation, either version 3 of the License, or (at your option) any later
version.

<<project>> is distributed in the hope that it will be useful, but WITHOUT ANY
WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
A PARTICULAR PURPOSE.  See the GNU General Public License for more details."""


def license_text(kind, year, owner, project):
    src = {"apache": APACHE, "mit": MIT_SHORT, "bsd": BSD_SHORT, "gpl": GPL_SHORT}[kind]
    return T(src, year=year, owner=owner, project=project)


def py_header(text):
    return "\n".join(("# " + l) if l else "#" for l in text.split("\n")) + "\n"


def js_header(text, style="block"):
    if style == "line":
        return "\n".join(("// " + l) if l else "//" for l in text.split("\n")) + "\n"
    body = "\n".join((" * " + l) if l else " *" for l in text.split("\n"))
    return "/*\n" + body + "\n */\n"
