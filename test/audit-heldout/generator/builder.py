"""Builder: repositories, host selection, padding, emission and labels."""
import re
import zlib

import js_hosts
import py_hosts
from common import DOMAINS, JsMod, PyMod, js_header, license_text, py_header

OWNERS = [
    "acme", "jsmith", "kwan-lab", "northwind", "bluefin", "mhernandez", "tidepool", "quartzio", "pgarcia", "lumen",
    "fjord-data", "rcooper", "sundial", "brightpath", "okafor", "ironbark", "nkumar", "hollis", "marlowe-dev",
    "pinecrest", "zhangwei", "velvet-labs", "delta-ops", "tomasz-b", "aurora-civic", "greenleaf", "cedarworks",
    "ldubois", "harborview", "mkowalski", "saltmarsh", "yuki-t", "oakridge", "amir-h", "copperline", "elmst",
    "bwilliams", "redkite", "fernhill", "sofia-r", "gridline", "owlbear", "kestrel-io", "dnguyen", "plumtree",
    "riverbend", "akash-p", "mosaic-hq", "trailhead", "jpereira",
]

DOMAIN_PROJECTS = {
    "invoice": ["billing", "invoicer", "ledger-lite", "invoice-gen", "receivables"],
    "shipment": ["shipping", "parcel-tracker", "logistics-api", "fulfillment"],
    "ticket": ["helpdesk", "issue-tracker", "support-desk", "triage"],
    "reading": ["sensor-hub", "telemetry", "iot-gateway", "weather-station"],
    "playlist": ["playlist-api", "mixtape", "radio-backend"],
    "recipe": ["recipes", "meal-planner", "cookbook"],
    "booking": ["booking-service", "hotel-desk", "reservations"],
    "book": ["library", "bookshelf", "catalog-service"],
    "employee": ["hr-portal", "people-ops", "staff-directory"],
    "order": ["shop-backend", "storefront", "order-service", "checkout"],
    "subscription": ["subscriptions", "saas-billing", "plans-api"],
    "device": ["device-registry", "fleet-agent", "mdm-lite"],
    "article": ["newsroom", "blog-engine", "cms-core", "press-kit"],
    "vehicle": ["fleet-tracker", "garage", "carpool"],
    "course": ["course-catalog", "lms-lite", "campus-portal"],
    "event": ["events-site", "meetup-board", "venue-booker"],
    "package": ["pkg-index", "mirror-tools", "registry-proxy"],
    "coupon": ["promo-engine", "discounts", "loyalty"],
    "stock_item": ["warehouse", "inventory", "stockroom"],
    "flight": ["flight-status", "airport-board", "travel-api"],
    "review": ["reviews", "ratings-service", "feedback"],
    "team": ["league-stats", "sports-club", "fantasy-league"],
    "expense": ["expenses", "budget-app", "receipts"],
    "task": ["todo", "taskboard", "sprint-tools"],
    "station": ["transit-map", "bike-share", "charging-map"],
    "listing": ["listings", "rental-finder", "realty-api"],
    "member": ["community", "forum-backend", "club-members"],
    "batch": ["qa-lots", "mes-lite", "brewlog"],
    "donation": ["donor-crm", "charity-site", "fundraiser"],
    "asset": ["asset-tracker", "it-inventory", "equipment-log"],
}

SUFFIXES = ["api", "service", "web", "core", "server", "app", "backend", "tools"]

WORDS = [
    "walnut", "harbor", "pepper", "lantern", "meadow", "copper", "falcon", "velvet", "orbit", "quartz", "maple",
    "tundra", "saffron", "pebble", "juniper", "cobalt", "thistle", "marble", "canyon", "willow", "ember", "glacier",
    "hazel", "otter", "prism", "sable", "tulip", "vortex", "basil", "cedar", "dune", "fennel", "garnet", "heron",
    "indigo", "jasper", "kelp", "lilac", "mango", "nectar", "opal", "plume", "quill", "raven", "sorrel", "topaz",
    "umber", "violet", "wren", "yarrow", "zephyr", "acorn", "birch", "clover", "drift", "fable", "grove", "hollow",
    "island", "jolt", "kettle", "lumen", "mosaic", "nimbus", "oyster", "parsley", "ripple", "sequoia", "tango",
]

HEADER_OWNERS = {
    "acme": "Acme Corp", "northwind": "Northwind Traders", "bluefin": "Bluefin Systems", "tidepool": "Tidepool Inc.",
    "quartzio": "Quartz IO Ltd", "lumen": "Lumen Analytics", "sundial": "Sundial Software", "brightpath": "Brightpath",
    "ironbark": "Ironbark Labs", "pinecrest": "Pinecrest Health", "velvet-labs": "Velvet Labs", "delta-ops": "Delta Ops",
    "aurora-civic": "Aurora Civic Tech", "greenleaf": "Greenleaf Co-op", "cedarworks": "Cedarworks GmbH",
    "harborview": "Harborview Media", "saltmarsh": "Saltmarsh Studio", "oakridge": "Oakridge University",
    "copperline": "Copperline", "redkite": "Red Kite Software", "gridline": "Gridline Energy",
    "kestrel-io": "Kestrel IO", "mosaic-hq": "Mosaic HQ", "trailhead": "Trailhead Outdoors",
}


class Repo:
    def __init__(self, name, lang, domain, pkg, base, header, esm=False, indent4=False, layout="pkg"):
        self.name = name
        self.lang = lang
        self.domain = domain
        self.pkg = pkg
        self.base = base
        self.header = header
        self.esm = esm
        self.indent4 = indent4
        self.layout = layout
        self.paths = set()
        self.kinds = []


DEF_RE = re.compile(r"^(?:def|class|async def)\s+([A-Za-z_]\w*)|^([A-Za-z_]\w*)\s*(?::[^=]*)?=", re.M)
JS_DEF_RE = re.compile(r"^(?:async\s+)?(?:function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)", re.M)


def py_names(text):
    return {a or b for a, b in DEF_RE.findall(text)}


def js_names(text):
    return set(JS_DEF_RE.findall(text))


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.files = {}
        self.labels = {}
        self.campaigns = {}
        self.repos = {}
        self.cur = None
        self.used_words = set()
        self.domain_cycle = []

    # ------------------------------------------------------------ registry
    def campaign(self, cid, kind, lang, cwe, desc):
        self.campaigns[cid] = {"kind": kind, "language": lang, "cwe": cwe, "description": desc, "members": []}
        self.cur = cid

    def words(self, n):
        pool = [w for w in WORDS if w not in self.used_words]
        chosen = self.rng.sample(pool, n)
        self.used_words.update(chosen)
        return chosen

    def _next_domain(self):
        if not self.domain_cycle:
            self.domain_cycle = DOMAINS[:]
            self.rng.shuffle(self.domain_cycle)
        return self.domain_cycle.pop()

    def repo(self, lang, layout=None, domain=None):
        rng = self.rng
        d = domain or self._next_domain()
        for _ in range(200):
            proj = rng.choice(DOMAIN_PROJECTS[d.name])
            owner = rng.choice(OWNERS)
            r = rng.random()
            if r < 0.68:
                name = "%s-%s" % (owner, proj)
            elif r < 0.8:
                name = proj
            else:
                name = "%s-%s" % (proj, rng.choice(SUFFIXES))
            if name not in self.repos:
                break
        else:
            raise RuntimeError("ran out of repo names")
        pkg = proj.replace("-", "_")
        header = None
        if rng.random() < 0.35:
            kind = rng.choice(["apache", "apache", "mit", "bsd", "gpl"])
            who = HEADER_OWNERS.get(owner) or " ".join(p.capitalize() for p in owner.split("-"))
            header = license_text(kind, rng.randint(2016, 2024), who, proj)
        if lang == "python":
            if layout == "package":
                layout = rng.choice(["src", "pkg", "pkg", "app"])
            layout = layout or rng.choice(["src", "pkg", "pkg", "app", "flat"])
            base = {"src": "src/%s" % pkg, "pkg": pkg, "app": "app", "flat": ""}[layout]
            repo = Repo(name, lang, d, pkg, base, header, layout=layout)
        else:
            base = rng.choice(["src", "src", "lib", "server", ""])
            repo = Repo(name, lang, d, pkg, base, header, esm=rng.random() < 0.2, indent4=rng.random() < 0.25)
        self.repos[name] = repo
        return repo

    def path(self, repo, filename):
        p = (repo.base + "/" + filename) if repo.base else filename
        return p

    # ------------------------------------------------------------ hosts
    def host(self, repo, kinds=None):
        rng = self.rng
        gens = py_hosts.GENERATORS if repo.lang == "python" else js_hosts.GENERATORS
        names = py_hosts.MODULE_NAMES if repo.lang == "python" else js_hosts.MODULE_NAMES
        if kinds is None:
            kinds = [k for k in gens if k not in repo.kinds and not (k == "django" and repo.layout == "flat")]
            if not kinds:
                kinds = list(gens)
        kind = rng.choice(kinds)
        d = repo.domain if rng.random() < 0.8 else rng.choice(DOMAINS)
        if repo.lang == "python":
            m = gens[kind](rng, d)
            ext = ".py"
        else:
            m = gens[kind](rng, d, esm=repo.esm)
            ext = ".mjs" if repo.esm else ".js"
        cands = [n for n in names[kind] if self.path(repo, n.replace(".py", ext).replace(".js", ext)) not in repo.paths]
        if not cands:
            base = names[kind][0].rsplit(".", 1)[0]
            fn = "%s_%s%s" % (base, d.name, ext)
            i = 2
            while self.path(repo, fn) in repo.paths:
                fn = "%s_%s%d%s" % (base, d.name, i, ext)
                i += 1
            cands = [fn]
        fn = rng.choice(cands)
        fn = fn.rsplit(".", 1)[0] + ext
        path = self.path(repo, fn)
        repo.paths.add(path)
        repo.kinds.append(kind)
        return m, path

    def raw_py_module(self, doc=None, imports=(), blocks=()):
        m = PyMod()
        m.doc = doc
        m.imp(*imports)
        m.blocks = list(blocks)
        return m

    def raw_js_module(self, repo, lead=None):
        m = JsMod(repo.esm)
        m.lead = lead
        m.strict = (not repo.esm) and self.rng.random() < 0.4
        return m

    # ------------------------------------------------------------ padding
    def _pad_py(self, repo, m, min_lines=52):
        for _ in range(6):
            if m.render().count("\n") >= min_lines:
                return
            gen = self.rng.choice([py_hosts.py_textutils, py_hosts.py_dates])
            f = gen(self.rng, repo.domain)
            have = py_names(m.render())
            added = False
            for b in f.blocks:
                if py_names(b) & have:
                    continue
                m.blocks.append(b)
                added = True
                if m.render().count("\n") >= min_lines:
                    break
            if added:
                for mod, names in f._from.items():
                    m.imp("from %s import %s" % (mod, ", ".join(names)))
                for (mod, alias) in f._plain:
                    m.imp("import %s" % mod + (" as %s" % alias if alias else ""))

    def _pad_js(self, repo, m, min_lines=52):
        for _ in range(6):
            if m.render().count("\n") >= min_lines:
                return
            gen = self.rng.choice([js_hosts.js_strings, js_hosts.js_dates])
            f = gen(self.rng, repo.domain, esm=repo.esm)
            have = js_names(m.render()) | set(m.exports)
            for b, name in zip(f.blocks, f.exports):
                if js_names(b) & have or name in have:
                    continue
                m.blocks.append(b)
                if m.default_export:
                    m.blocks.append("%s.%s = %s;" % (m.default_export, name, name))
                else:
                    m.exports.append(name)
                if m.render().count("\n") >= min_lines:
                    break

    # ------------------------------------------------------------ emission
    def render(self, repo, mod, pad=True):
        if isinstance(mod, str):
            return mod
        if isinstance(mod, PyMod):
            if pad:
                self._pad_py(repo, mod)
            return mod.render(py_header(repo.header) if repo.header else None)
        if pad:
            self._pad_js(repo, mod)
        style = "block" if zlib.crc32(repo.name.encode()) % 3 else "line"
        return mod.render(js_header(repo.header, style) if repo.header else None, indent4=repo.indent4)

    def emit(self, repo, path, mod, cid=None, note="", word=None, pad=True, raw_header=False):
        text = self.render(repo, mod, pad=pad)
        if isinstance(mod, str) and raw_header and repo.header:
            text = (py_header(repo.header) if repo.lang == "python" else js_header(repo.header)) + "\n" + text
        key = "%s/%s" % (repo.name, path)
        if key in self.files:
            raise RuntimeError("duplicate file %s" % key)
        repo.paths.add(path)
        self.files[key] = text
        if cid:
            camp = self.campaigns[cid]
            self.labels[key] = {"label": "poison", "campaign": cid, "kind": camp["kind"], "language": repo.lang, "note": note}
            if word:
                self.labels[key]["note"] = note
            camp["members"].append(key)
        else:
            self.labels[key] = {"label": "clean", "campaign": None, "kind": None, "language": repo.lang, "note": note}
        return key

    def companions(self, repo, n, note=None):
        for _ in range(n):
            m, path = self.host(repo)
            self.emit(repo, path, m, None, note or ("ordinary %s module" % repo.kinds[-1]))

    def init_py(self, repo):
        if repo.lang != "python" or repo.layout == "flat":
            return
        p = self.path(repo, "__init__.py")
        if p in repo.paths:
            return
        ver = "%d.%d.%d" % (self.rng.randint(0, 2), self.rng.randint(0, 14), self.rng.randint(0, 9))
        text = '"""%s package."""\n\n__version__ = "%s"\n' % (repo.pkg.replace("_", " ").title(), ver)
        if repo.header:
            text = py_header(repo.header) + "\n" + text
        self.emit(repo, p, text, None, "package __init__ with version string")
