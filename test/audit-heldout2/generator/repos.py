"""Repository names, per-repository attributes and path helpers."""

DOMAINS = {
    "vehicle": ("vehicles", ["plate", "model", "mileage"]),
    "ticket": ("tickets", ["title", "priority", "status"]),
    "invoice": ("invoices", ["number", "amount", "due_date"]),
    "contact": ("contacts", ["email", "phone", "company"]),
    "shipment": ("shipments", ["tracking_code", "carrier", "weight"]),
    "recipe": ("recipes", ["title", "servings", "cuisine"]),
    "device": ("devices", ["serial", "firmware", "location"]),
    "booking": ("bookings", ["guest_name", "check_in", "nights"]),
    "sensor": ("sensors", ["label", "unit", "interval"]),
    "course": ("courses", ["title", "level", "seats"]),
    "article": ("articles", ["title", "slug", "author"]),
    "order": ("orders", ["reference", "total", "currency"]),
    "task": ("tasks", ["title", "assignee", "due_date"]),
    "asset": ("assets", ["tag", "category", "value"]),
    "member": ("members", ["email", "role", "joined_on"]),
    "event": ("events", ["name", "venue", "starts_at"]),
    "plant": ("plants", ["species", "zone", "watered_at"]),
    "track": ("tracks", ["title", "artist", "duration"]),
    "listing": ("listings", ["address", "price", "bedrooms"]),
    "release": ("releases", ["version", "channel", "notes"]),
    "expense": ("expenses", ["amount", "category", "spent_on"]),
    "driver": ("drivers", ["license_no", "name", "rating"]),
    "survey": ("surveys", ["title", "closes_at", "audience"]),
    "warehouse": ("warehouses", ["code", "city", "capacity"]),
    "subscription": ("subscriptions", ["plan", "state", "renews_at"]),
    "note": ("notes", ["title", "body", "pinned"]),
    "game": ("games", ["title", "platform", "rating"]),
    "book": ("books", ["isbn", "title", "author"]),
    "room": ("rooms", ["number", "floor", "capacity"]),
    "job": ("jobs", ["name", "schedule", "state"]),
    "alert": ("alerts", ["severity", "source", "message"]),
    "site": ("sites", ["domain", "region", "plan"]),
    "lead": ("leads", ["email", "source", "score"]),
    "meter": ("meters", ["serial", "reading", "tariff"]),
    "candidate": ("candidates", ["name", "email", "stage"]),
    "batch": ("batches", ["lot", "quantity", "expires_on"]),
}

PROJECTS = [
    ("fleet-api", "vehicle"), ("fleet-telemetry", "vehicle"), ("garage-manager", "vehicle"),
    ("helpdesk", "ticket"), ("support-desk", "ticket"), ("ticket-bot", "ticket"),
    ("billing-service", "invoice"), ("invoicer", "invoice"), ("ledger-lite", "invoice"),
    ("crm", "contact"), ("contact-sync", "contact"), ("address-book", "contact"),
    ("parcel-tracker", "shipment"), ("shipping-hub", "shipment"), ("freight-portal", "shipment"),
    ("recipe-box", "recipe"), ("meal-planner", "recipe"), ("kitchen-api", "recipe"),
    ("iot-gateway", "device"), ("device-registry", "device"), ("edge-agent", "device"),
    ("hotel-bookings", "booking"), ("hostel-desk", "booking"), ("reservations", "booking"),
    ("greenhouse-monitor", "sensor"), ("sensor-hub", "sensor"), ("weather-station", "sensor"),
    ("lms-backend", "course"), ("course-catalog", "course"), ("tutor-portal", "course"),
    ("blog-engine", "article"), ("newsroom", "article"), ("docs-site", "article"),
    ("shopfront", "order"), ("order-service", "order"), ("checkout-api", "order"),
    ("todo-sync", "task"), ("taskboard", "task"), ("sprint-tools", "task"),
    ("asset-register", "asset"), ("inventory-api", "asset"), ("it-assets", "asset"),
    ("club-members", "member"), ("guild-portal", "member"), ("membership", "member"),
    ("eventhub", "event"), ("meetup-kit", "event"), ("venue-calendar", "event"),
    ("plant-diary", "plant"), ("garden-log", "plant"),
    ("playlist-api", "track"), ("radio-scheduler", "track"), ("music-tagger", "track"),
    ("realty-listings", "listing"), ("rent-finder", "listing"),
    ("release-notes", "release"), ("deploy-tracker", "release"), ("changelog-bot", "release"),
    ("expense-tracker", "expense"), ("budget-buddy", "expense"), ("receipts", "expense"),
    ("ride-dispatch", "driver"), ("courier-app", "driver"),
    ("survey-kit", "survey"), ("pollster", "survey"), ("feedback-forms", "survey"),
    ("wms-core", "warehouse"), ("stock-keeper", "warehouse"),
    ("subs-manager", "subscription"), ("paywall", "subscription"),
    ("notes-app", "note"), ("jotter", "note"), ("wiki-lite", "note"),
    ("game-library", "game"), ("retro-shelf", "game"),
    ("bookshelf", "book"), ("library-loans", "book"), ("reading-list", "book"),
    ("room-planner", "room"), ("desk-booking", "room"),
    ("cron-runner", "job"), ("task-queue", "job"), ("build-farm", "job"),
    ("alertmanager-lite", "alert"), ("oncall-tools", "alert"), ("status-page", "alert"),
    ("site-monitor", "site"), ("uptime-probe", "site"), ("domain-manager", "site"),
    ("lead-scoring", "lead"), ("sales-pipeline", "lead"),
    ("energy-meter", "meter"), ("utility-portal", "meter"),
    ("hiring-board", "candidate"), ("ats-lite", "candidate"),
    ("brewery-ops", "batch"), ("lab-batches", "batch"), ("pharmacy-stock", "batch"),
]

OWNERS = [
    "mkowalski", "tidewater-labs", "aokafor", "brightline-io", "jpetersen", "nimbus-dev",
    "slindqvist", "quarryworks", "dchen", "harbor-ops", "rfernandes", "oakridge-digital",
    "tnakamura", "pinecone-apps", "lmbeki", "copperfield-tech", "ehansen", "saltmarsh",
    "vgupta", "redkite-software", "abrennan", "lumen-systems", "kdiallo", "northpeak",
    "mvasquez", "bluefin-dev", "jmurphy", "hollowtree", "ptanaka", "cinder-works",
    "gosei", "fieldnote-co", "hmueller", "ironbark", "zkarimi", "wavecrest", "bnguyen",
    "oxbow-labs", "cwright", "glasshouse-dev", "fadeyemi", "meridian-hq", "ikovacs",
    "sundial-studio", "rpatel", "driftwood-io", "ylin", "kestrel-cloud", "nbello",
    "arbor-data", "tsokolov", "ember-labs", "jdubois", "riverbend-it", "amorales",
    "stonegate", "wzhou", "foxglove-apps", "eoconnor", "tallgrass",
]

PY_FRAMEWORKS = ["flask", "flask", "fastapi", "fastapi", "django", "django", "aiohttp", "flask"]
JS_FRAMEWORKS = ["express", "express", "express", "koa", "fastify", "next", "express", "fastify"]


# per-repository renaming of a few host identifiers so boilerplate differs
PY_RENAMES = [
    ("_to_dict", ["_to_dict", "_to_dict", "_serialize", "_row_to_dict", "_as_dict"]),
    ("get_db", ["get_db", "get_db", "get_connection", "db_conn"]),
    ("_int_arg", ["_int_arg", "_query_int", "_arg_int"]),
    ("REQUIRED", ["REQUIRED", "REQUIRED_FIELDS", "MANDATORY"]),
    ("EDITABLE", ["EDITABLE", "UPDATABLE_FIELDS", "PATCHABLE"]),
    ("_bad_value", ["_bad_value", "_handle_value_error"]),
    ("bp", ["bp", "bp", "blueprint", "api_bp"]),
    ("read_rows", ["read_rows", "load_rows", "read_csv"]),
    ("_row", ["_row", "_record_to_dict", "_serialize"]),
    ("_serialize", ["_serialize", "_serialize", "serialize_obj", "_as_json"]),
]
JS_RENAMES = [
    ("toDto", ["toDto", "toDto", "serialize", "present", "rowToJson"]),
    ("pageParams", ["pageParams", "paging", "parsePaging"]),
    ("csvEscape", ["csvEscape", "escapeCsv", "csvCell"]),
    ("EDITABLE", ["EDITABLE", "EDITABLE_FIELDS", "PATCHABLE"]),
    ("listSchema", ["listSchema", "listOpts", "querySchema"]),
    ("parseArgs", ["parseArgs", "parseArgv", "readArgs"]),
    ("fetchJSON", ["fetchJSON", "getJSON", "fetchJson"]),
]


class Repo:
    def __init__(self, name, owner, project, domain, lang, rng):
        self.name = name
        self.owner = owner
        self.project = project
        self.domain = domain
        self.lang = lang
        noun = domain
        plural, fields = DOMAINS[domain]
        self.ctx = {
            "noun": noun,
            "plural": plural,
            "Noun": "".join(p.capitalize() for p in noun.split("_")),
            "Plural": "".join(p.capitalize() for p in plural.split("_")),
            "table": plural,
            "f1": fields[0],
            "f2": fields[1],
            "f3": fields[2],
            "f1c": camel(fields[0]),
            "f2c": camel(fields[1]),
            "f3c": camel(fields[2]),
            "project": project,
            "pkg": project.replace("-", "_"),
        }
        self.used_paths = set()
        if lang == "py":
            self.framework = rng.choice(PY_FRAMEWORKS)
            self.layout = rng.choice(["src", "flat", "flat", "app"])
            self.indent = 2 if rng.random() < 0.1 else 4
            self.single_quotes = rng.random() < 0.35
        else:
            self.framework = rng.choice(JS_FRAMEWORKS)
            self.system = "esm" if (self.framework == "next" or rng.random() < 0.3) else "cjs"
            self.root = rng.choice(["src", "server", "lib", "app", "src"])
            r = rng.random()
            self.indent = "tab" if r < 0.1 else (4 if r < 0.3 else 2)
            self.double_quotes = rng.random() < 0.3
            self.node_prefix = rng.random() < 0.25
            self.strict = rng.random() < 0.4
        self.header = None
        pool = PY_RENAMES if lang == "py" else JS_RENAMES
        self.rename = {}
        for name, options in pool:
            choice = rng.choice(options)
            if choice != name:
                self.rename[name] = choice

    # -- python paths
    def pybase(self):
        if self.layout == "src":
            return "src/" + self.ctx["pkg"]
        if self.layout == "app":
            return "app"
        return self.ctx["pkg"]

    def py(self, sub):
        return "%s/%s" % (self.pybase(), sub)

    # -- js paths
    def js(self, sub, ext=None):
        if ext is None:
            ext = ".mjs" if (self.system == "esm" and self.framework != "next" and self.esm_ext_mjs()) else ".js"
        return "%s/%s%s" % (self.root, sub, ext)

    def esm_ext_mjs(self):
        # half of the ESM repositories spell their modules .mjs
        return hash_name(self.name) % 2 == 0


def hash_name(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


def camel(s):
    parts = s.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def make_repos(rng, n_py=113, n_js=112):
    names = set()
    repos = []
    owners = list(OWNERS)
    projects = list(PROJECTS)
    total = n_py + n_js
    langs = ["py"] * n_py + ["js"] * n_js
    rng.shuffle(langs)
    # owners recur: weight a few owners heavily
    weights = [rng.choice([1, 1, 2, 3, 4, 6]) for _ in owners]
    i = 0
    attempts = 0
    while len(repos) < total:
        attempts += 1
        owner = rng.choices(owners, weights=weights)[0]
        project, domain = rng.choice(projects)
        name = "%s-%s" % (owner, project)
        if name in names:
            continue
        names.add(name)
        repos.append(Repo(name, owner, project, domain, langs[i], rng))
        i += 1
    repos.sort(key=lambda r: r.name)
    return repos
