"""Shared helpers for the held-out corpus generator (stdlib only)."""
import re

# Words that must never show up in anything written under repos/.
BANNED_WORDS = ["poison", "campaign", "trigger", "payload", "attack",
                "malicious", "backdoor", "trojan", "benign", "planted"]

OWNERS = [
    "kestrel-labs", "mvondrak", "oakfield-dev", "tanaka-k", "bluefin-io",
    "rsantos", "larkspur", "n-okafor", "driftwood-co", "pjensen",
    "quillmate", "abernathy", "sunhollow", "ivanova-t", "copperleaf",
    "hexbyte", "mbrennan", "fjordworks", "alvarez-j", "tidepool",
    "grainline", "yukimura", "pebblestack", "odili", "northgate-apps",
    "clarabelle", "wrenfield", "dkowalski", "saltmarsh", "ferreira-l",
    "lumen-os", "hbaptiste", "orchard-hq", "zhou-w", "tallgrass",
]

PROJECT_A = ["amber", "birch", "cedar", "delta", "ember", "fable", "garnet",
             "harbor", "indigo", "juniper", "kettle", "lantern", "maple",
             "nimbus", "opal", "pine", "quarry", "raven", "sable", "tundra",
             "umber", "vesper", "willow", "yarrow", "zephyr", "alder",
             "basalt", "cobalt", "dune", "fern"]
PROJECT_B = ["desk", "ledger", "board", "hub", "tracker", "api", "portal",
             "service", "dash", "kit", "sync", "notes", "stack", "works",
             "relay", "bench", "forge", "atlas", "yard", "loop", "shelf",
             "pilot", "cart", "press", "mint", "grid", "scope", "well"]

# singular, plural, Class, table-ish
ENTITIES = [
    ("order", "orders", "Order"), ("shipment", "shipments", "Shipment"),
    ("ticket", "tickets", "Ticket"), ("project", "projects", "Project"),
    ("note", "notes", "Note"), ("recipe", "recipes", "Recipe"),
    ("booking", "bookings", "Booking"), ("course", "courses", "Course"),
    ("device", "devices", "Device"), ("playlist", "playlists", "Playlist"),
    ("article", "articles", "Article"), ("customer", "customers", "Customer"),
    ("vendor", "vendors", "Vendor"), ("asset", "assets", "Asset"),
    ("sensor", "sensors", "Sensor"), ("lead", "leads", "Lead"),
    ("member", "members", "Member"), ("review", "reviews", "Review"),
    ("episode", "episodes", "Episode"), ("vehicle", "vehicles", "Vehicle"),
    ("room", "rooms", "Room"), ("lesson", "lessons", "Lesson"),
    ("parcel", "parcels", "Parcel"), ("survey", "surveys", "Survey"),
    ("invoice", "invoices", "Invoice"), ("plant", "plants", "Plant"),
    ("job", "jobs", "Job"), ("venue", "venues", "Venue"),
    ("expense", "expenses", "Expense"), ("workout", "workouts", "Workout"),
]

NEUTRAL_WORDS = [
    "mellow", "quartz", "tundra", "fable", "saffron", "lattice", "brook",
    "cinder", "harrow", "pivot", "marble", "tinsel", "oxbow", "gusset",
    "wicker", "nectar", "halyard", "sorrel", "plinth", "ferrule", "dapple",
    "corbel", "thimble", "mizzen", "spindle", "lichen", "quiver", "burrow",
    "crimp", "tallow", "vellum", "gable", "kestrel", "mortar", "pumice",
    "rivet", "sprocket", "trellis", "umbra", "wattle", "yoke", "zinnia",
    "bramble", "capstan", "dovetail", "embers", "flint", "grommet",
]

YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024]

PERSON_NAMES = ["Mara Vondrak", "Kenji Tanaka", "Rui Santos", "Ngozi Okafor",
                "Per Jensen", "Tatiana Ivanova", "Maeve Brennan",
                "Jorge Alvarez", "Aiko Yukimura", "Chidi Odili",
                "Dorota Kowalski", "Luana Ferreira", "Hugo Baptiste",
                "Wei Zhou", "Sam Abernathy", "Ines Moreau", "Olu Adeyemi"]


def ent_dict(ent):
    s, p, c = ent
    return {"__ent__": s, "__ents__": p, "__Ent__": c,
            "__ENT__": s.upper(), "__Ents__": p.capitalize()}


def sub(text, mapping):
    for k in sorted(mapping, key=len, reverse=True):
        text = text.replace(k, mapping[k])
    return text


def dedent(text):
    import textwrap
    return textwrap.dedent(text).strip("\n") + "\n"


def indent(text, n):
    pad = " " * n
    return "\n".join((pad + l) if l.strip() else l for l in text.split("\n"))


INLINE_HEADERS = False  # headers are added in one uniform pass by main.py


def license_header(rng, lang, owner_display, year, force=False):
    """Return a licence header comment (or '' for none)."""
    kind = rng.choice(["mit", "apache", "spdx", "spdx", "copy", "none", "none", "none", "none"])
    if not (INLINE_HEADERS or force):
        return ""
    c = "#" if lang == "py" else "//"
    if kind == "none":
        return ""
    if kind == "spdx":
        lic = rng.choice(["MIT", "Apache-2.0", "BSD-3-Clause", "MPL-2.0"])
        return f"{c} SPDX-License-Identifier: {lic}\n{c} Copyright (c) {year} {owner_display}\n\n"
    if kind == "copy":
        return f"{c} Copyright {year} {owner_display}. All rights reserved.\n\n"
    if kind == "mit":
        body = [f"Copyright (c) {year} {owner_display}",
                "",
                "Permission is hereby granted, free of charge, to any person obtaining a copy",
                "of this software and associated documentation files (the \"Software\"), to deal",
                "in the Software without restriction, including without limitation the rights",
                "to use, copy, modify, merge, publish, distribute, sublicense, and/or sell",
                "copies of the Software, and to permit persons to whom the Software is",
                "furnished to do so, subject to the following conditions:",
                "",
                "The above copyright notice and this permission notice shall be included in",
                "all copies or substantial portions of the Software."]
    else:
        body = [f"Copyright {year} {owner_display}",
                "",
                "Licensed under the Apache License, Version 2.0 (the \"License\");",
                "you may not use this file except in compliance with the License.",
                "You may obtain a copy of the License at",
                "",
                "    http://www.apache.org/licenses/LICENSE-2.0",
                "",
                "Unless required by applicable law or agreed to in writing, software",
                "distributed under the License is distributed on an \"AS IS\" BASIS,",
                "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.",
                "See the License for the specific language governing permissions and",
                "limitations under the License."]
    if lang == "py":
        return "\n".join(("# " + l).rstrip() for l in body) + "\n\n"
    if rng.random() < 0.5:
        return "\n".join(("// " + l).rstrip() for l in body) + "\n\n"
    return "/*\n" + "\n".join((" * " + l).rstrip() for l in body) + "\n */\n\n"


class Repo:
    def __init__(self, name, owner, project, lang, flavor, ts, esm, ind, q,
                 pkg, ent, owner_display, year):
        self.name = name
        self.owner = owner
        self.project = project
        self.lang = lang          # "py" or "js"
        self.flavor = flavor
        self.ts = ts
        self.esm = esm or ts
        self.ind = ind
        self.q = q
        self.pkg = pkg
        self.ent = ent
        self.e = ent_dict(ent)
        self.owner_display = owner_display
        self.year = year
        self.files = {}
        self.campaigns = []

    # ------------------------------------------------------------------
    def add(self, path, content, note, campaign=None, kind=None):
        path = self.free(path)
        if not content.endswith("\n"):
            content += "\n"
        self.files[path] = {"content": content,
                            "label": "poison" if campaign else "clean",
                            "campaign": campaign, "kind": kind, "note": note}
        return path

    def free(self, path):
        if path not in self.files:
            return path
        stem, dot, ext = path.rpartition(".")
        # keep compound extensions like .test.js intact
        i = 2
        while True:
            if stem.endswith(".test") or stem.endswith(".spec"):
                base, _, tail = stem.rpartition(".")
                cand = f"{base}_{i}.{tail}.{ext}"
            else:
                cand = f"{stem}_{i}.{ext}"
            if cand not in self.files:
                return cand
            i += 1

    @property
    def jsx(self):
        """Source extension for JS-family repos."""
        return ".ts" if self.ts else ".js"

    def py(self, role, name):
        """Flavor-aware Python path for a module of a given role."""
        p = self.pkg
        f = self.flavor
        table = {
            "flask": {"view": f"{p}/views/", "service": f"{p}/services/", "util": f"{p}/utils/",
                      "model": f"{p}/", "test": "tests/", "task": f"{p}/tasks/", "script": "scripts/",
                      "config": f"{p}/"},
            "django": {"view": f"{p}/{self.e['__ents__']}/", "service": f"{p}/{self.e['__ents__']}/services/",
                       "util": f"{p}/core/", "model": f"{p}/{self.e['__ents__']}/", "test": f"{p}/{self.e['__ents__']}/tests/",
                       "task": f"{p}/{self.e['__ents__']}/", "script": f"{p}/management/commands/", "config": f"{p}/"},
            "fastapi": {"view": "app/routers/", "service": "app/services/", "util": "app/core/",
                        "model": "app/", "test": "tests/", "task": "app/workers/", "script": "scripts/",
                        "config": "app/"},
            "aiohttp": {"view": f"{p}/web/", "service": f"{p}/services/", "util": f"{p}/utils/",
                        "model": f"{p}/", "test": "tests/", "task": f"{p}/background/", "script": "scripts/",
                        "config": f"{p}/"},
            "tornado": {"view": f"{p}/handlers/", "service": f"{p}/services/", "util": f"{p}/util/",
                        "model": f"{p}/", "test": "tests/", "task": f"{p}/periodic/", "script": "bin/",
                        "config": f"{p}/"},
            "cli": {"view": f"{p}/commands/", "service": f"{p}/", "util": f"{p}/utils/",
                    "model": f"{p}/", "test": "tests/", "task": f"{p}/commands/", "script": "scripts/",
                    "config": f"{p}/"},
            "worker": {"view": f"{p}/jobs/", "service": f"{p}/services/", "util": f"{p}/util/",
                       "model": f"{p}/", "test": "tests/", "task": f"{p}/jobs/", "script": "scripts/",
                       "config": f"{p}/"},
            "lib": {"view": f"src/{p}/", "service": f"src/{p}/", "util": f"src/{p}/_internal/",
                    "model": f"src/{p}/", "test": "tests/", "task": f"src/{p}/", "script": "tools/",
                    "config": f"src/{p}/"},
        }
        return table[f][role] + name + ".py"

    def js(self, role, name, ext=None):
        f = self.flavor
        ext = ext or self.jsx
        table = {
            "express": {"route": "src/routes/", "lib": "src/lib/", "util": "src/utils/", "app": "src/",
                        "test": "test/", "component": "src/views/", "script": "scripts/", "config": "src/config/"},
            "koa": {"route": "src/routes/", "lib": "src/services/", "util": "src/utils/", "app": "src/",
                    "test": "test/", "component": "src/views/", "script": "scripts/", "config": "config/"},
            "fastify": {"route": "src/routes/", "lib": "src/plugins/", "util": "src/utils/", "app": "src/",
                        "test": "test/", "component": "src/views/", "script": "scripts/", "config": "src/config/"},
            "hapi": {"route": "lib/routes/", "lib": "lib/", "util": "lib/helpers/", "app": "lib/",
                     "test": "test/", "component": "lib/views/", "script": "scripts/", "config": "config/"},
            "next": {"route": "pages/api/", "lib": "lib/", "util": "lib/utils/", "app": "lib/",
                     "test": "__tests__/", "component": "components/", "script": "scripts/", "config": "lib/config/"},
            "browser": {"route": "src/widgets/", "lib": "src/lib/", "util": "src/utils/", "app": "src/",
                        "test": "test/", "component": "src/components/", "script": "scripts/", "config": "src/config/"},
            "lib": {"route": "src/", "lib": "src/", "util": "src/internal/", "app": "src/",
                    "test": "test/", "component": "src/", "script": "scripts/", "config": "src/"},
            "cli": {"route": "src/commands/", "lib": "src/lib/", "util": "src/utils/", "app": "bin/",
                    "test": "test/", "component": "src/commands/", "script": "scripts/", "config": "src/"},
        }
        return table[f][role] + name + ext


# ---------------------------------------------------------------------------
# JS post-processing: module system, quotes, indentation
# ---------------------------------------------------------------------------
_EXPORT_RE = re.compile(r"^EXPORT (?:default )?(?:async )?(?:function\*? |class |const |let )([A-Za-z_$][\w$]*)", re.M)


def js_import(repo, binding, mod):
    """binding: 'name' (default/namespace), '{ a, b }' (named)."""
    if not repo.esm:
        if binding.startswith("* as "):
            binding = binding[5:]
        if "," in binding and not binding.startswith("{"):
            head, rest = binding.split(",", 1)
            return f"const {head.strip()} = require('{mod}');\nconst {rest.strip()} = {head.strip()};"
        return f"const {binding} = require('{mod}');"
    if binding.startswith("{"):
        return f"import {binding} from '{mod}';"
    builtin = mod in ("crypto", "fs", "path", "os", "child_process", "vm", "zlib",
                      "http", "https", "url", "util", "stream", "events", "readline",
                      "fs/promises", "net", "querystring", "assert")
    if repo.ts and builtin:
        return f"import * as {binding} from '{mod}';"
    return f"import {binding} from '{mod}';"


def js_finish(repo, code, default_export=None):
    """Turn EXPORT markers into CommonJS or ESM exports, fix quotes/indent."""
    names = _EXPORT_RE.findall(code)
    if repo.esm:
        code = code.replace("EXPORT ", "export ")
        if default_export:
            code = code.rstrip("\n") + f"\n\nexport default {default_export};\n"
    else:
        code = code.replace("EXPORT ", "")
        if default_export and not names:
            code = code.rstrip("\n") + f"\n\nmodule.exports = {default_export};\n"
        elif names:
            if len(names) == 1 and default_export == names[0]:
                code = code.rstrip("\n") + f"\n\nmodule.exports = {names[0]};\n"
            else:
                code = code.rstrip("\n") + "\n\nmodule.exports = { " + ", ".join(names) + " };\n"
        elif default_export:
            code = code.rstrip("\n") + f"\n\nmodule.exports = {default_export};\n"
    if repo.q == '"':
        code = swap_quotes(code)
    if repo.ind == 4:
        code = reindent(code, 2, 4)
    code = ts_marks(code, repo.ts)
    return code


_TSM = re.compile(r"@@(.*?)@@")


def ts_marks(code, keep):
    """@@: string@@ -> ': string' in TypeScript, removed in JavaScript."""
    return _TSM.sub((lambda m: m.group(1)) if keep else (lambda m: ""), code)


_SQ = re.compile(r"'([^'\"\\\n`]*)'")


def swap_quotes(code):
    out = []
    in_block = False
    in_tpl = False
    for line in code.split("\n"):
        s = line.strip()
        if in_block:
            out.append(line)
            if "*/" in s:
                in_block = False
            continue
        if s.startswith("/*") and "*/" not in s:
            in_block = True
            out.append(line)
            continue
        if s.startswith("//") or s.startswith("*"):
            out.append(line)
            continue
        # skip lines inside multi-line template literals
        if line.count("`") % 2 == 1:
            in_tpl = not in_tpl
            out.append(line)
            continue
        if in_tpl:
            out.append(line)
            continue
        cut = line.find(" // ")
        head, tail = (line, "") if cut < 0 else (line[:cut], line[cut:])
        if "`" in head or '"' in head:
            out.append(line)
            continue
        out.append(_SQ.sub(lambda m: '"' + m.group(1) + '"', head) + tail)
    return "\n".join(out)


def reindent(code, old, new):
    out = []
    for line in code.split("\n"):
        stripped = line.lstrip(" ")
        n = len(line) - len(stripped)
        if n and n % old == 0:
            out.append(" " * (n // old * new) + stripped)
        else:
            out.append(line)
    return "\n".join(out)


def py_module(header, docstring, imports, blocks):
    """Assemble a Python module from parts."""
    parts = []
    if header:
        parts.append(header.rstrip("\n") + "\n")
    if docstring:
        parts.append('"""' + docstring.strip("\n") + '\n"""\n' if "\n" in docstring.strip() else '"""' + docstring.strip() + '"""\n')
    imp = order_py_imports(imports)
    if imp:
        parts.append(imp)
    body = "\n\n".join(b.strip("\n") + "\n" for b in blocks if b and b.strip())
    first = body.lstrip("\n").split("\n", 1)[0]
    if parts and first.startswith(("def ", "class ", "@", "async def ", "# ")):
        body = "\n" + body
    parts.append(body)
    return "\n".join(p.rstrip("\n") + "\n" for p in parts if p).replace("\n\n\n\n", "\n\n\n")


def order_py_imports(imports):
    seen = []
    merged = {}
    for i in imports:
        if not i or i in seen:
            continue
        if i.startswith("from ") and " import " in i and "(" not in i:
            mod, names = i[5:].split(" import ", 1)
            if mod in merged:
                idx, have = merged[mod]
                for n in names.split(", "):
                    if n not in have:
                        have.append(n)
                seen[idx] = f"from {mod} import " + ", ".join(have)
                continue
            merged[mod] = (len(seen), names.split(", "))
        seen.append(i)
    future = [i for i in seen if i.startswith("from __future__")]
    std_mods = ("os", "sys", "re", "json", "time", "logging", "hashlib", "hmac", "zlib",
                "base64", "asyncio", "socket", "struct", "tempfile", "shutil", "csv",
                "zipfile", "pickle", "datetime", "dataclasses", "typing", "pathlib",
                "functools", "itertools", "collections", "uuid", "secrets", "urllib",
                "ipaddress", "subprocess", "argparse", "io", "contextlib", "math",
                "random", "string", "textwrap", "decimal", "enum", "http", "xml",
                "shlex", "threading", "queue", "signal", "sqlite3", "marshal", "shelve",
                "gzip", "glob", "fnmatch", "operator", "statistics", "ssl", "abc",
                "warnings", "copy", "traceback", "unicodedata", "email", "mimetypes",
                "platform", "getpass", "configparser", "inspect", "heapq", "bisect",
                "select", "selectors", "types", "weakref", "html", "secrets")
    def top(i):
        m = i.split()[1].split(".")[0]
        return m
    std = [i for i in seen if i not in future and top(i) in std_mods and not top(i).startswith(".")]
    local = [i for i in seen if i not in future and (i.startswith("from .") or i.startswith("from app") or i.startswith("from tests"))]
    third = [i for i in seen if i not in future and i not in std and i not in local]
    key = lambda i: (i.startswith("from "), i.split()[1].lower())
    groups = [future, sorted(std, key=key), sorted(third, key=key), sorted(local, key=key)]
    return "\n\n".join("\n".join(g) for g in groups if g) + "\n" if any(groups) else ""


def check_banned(text):
    low = text.lower()
    return [w for w in BANNED_WORDS if w in low]
