#!/usr/bin/env python3
"""Rebuild repos/ and labels.json deterministically.

    python3 generator/main.py
"""
import sys
sys.dont_write_bytecode = True  # keep generator/ free of __pycache__

import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from common import (Repo, OWNERS, PROJECT_A, PROJECT_B, ENTITIES, NEUTRAL_WORDS, YEARS,  # noqa: E402
                    PERSON_NAMES, dedent, sub, license_header, py_module, js_finish)
import camp_py  # noqa: E402
import camp_js  # noqa: E402
import clean_py  # noqa: E402
import clean_js  # noqa: E402
import pyfill  # noqa: E402
import jsfill  # noqa: E402

SEED = 20240917
TARGET_FILES = 600

PY_FLAVORS = [("flask", 26), ("django", 20), ("fastapi", 18), ("aiohttp", 8), ("tornado", 8),
              ("cli", 14), ("worker", 13), ("lib", 10)]
JS_FLAVORS = [("express", 26), ("koa", 12), ("fastify", 12), ("hapi", 8), ("next", 10),
              ("browser", 22), ("lib", 14), ("cli", 10)]
TS_COUNTS = {"next": 10, "express": 8, "fastify": 5, "lib": 5, "browser": 4}

WEB_PY = ("flask", "django", "fastapi", "aiohttp", "tornado")
SERVER_JS = ("express", "koa", "fastify", "hapi")

# id, kind, language, cwe, flavors, size, generator, ts-rule, masked keyword, what
CAMPAIGNS = [
    ("S1-dill-restore-chain", "split", "python", "CWE-502", ("flask", "fastapi", "tornado", "aiohttp"), 5,
     camp_py.s1_dill_chain, None, None,
     "upload handler -> registry.restore -> serde.unpack -> dill.loads of the raw request body"),
    ("S2-backup-label-shell-chain", "split", "javascript", "CWE-78", ("express", "koa", "fastify"), 5,
     camp_js.s2_spawn_chain, False, None,
     "backup route -> backups.create(label) builds a tar/zip command string -> shell.run spawn(..., {shell: true})"),
    ("S3-feed-url-fetch-chain", "split", "python", "CWE-918", ("fastapi", "flask", "django"), 4,
     camp_py.s3_feed_chain, None, None,
     "feed import route -> importer.import_feed(url) -> fetcher.fetch_text opens the client URL"),
    ("S4-sort-column-knex-chain", "split", "typescript", "CWE-89", ("next", "express", "fastify"), 4,
     camp_js.s4_knex_chain, True, None,
     "?sort= -> listX({sort}) -> sortedSelect() interpolates the column into knex.raw ORDER BY"),
    ("D1-jsonpickle-request-body", "direct", "python", "CWE-502", WEB_PY, 9,
     camp_py.d1_jsonpickle, None, None,
     "3-5 line view inside a 150-300 line module: jsonpickle.decode(request body)"),
    ("D2-jsonp-callback-echo", "direct", "javascript", "CWE-79", SERVER_JS, 8,
     camp_js.d2_jsonp, False, None,
     "one short JSONP route inside a 150-300 line server module: callback name from the query echoed into an HTML/JS response"),
    ("D3-tempfile-mktemp", "direct", "python", "CWE-377", ("cli", "worker", "flask", "django", "lib"), 7,
     camp_py.d3_mktemp, None, None,
     "scratch/export files created with tempfile.mktemp() then opened"),
    ("D4-des-field-cipher", "direct", "javascript", "CWE-327", ("lib", "express", "koa", "cli", "fastify"), 8,
     camp_js.d4_des, False, None,
     "field encryption helpers using createCipheriv('des-cbc'/'des-ecb'/'des') with an 8-byte key"),
    ("C1-avatar-url-fetch", "context", "python", "CWE-918", WEB_PY + ("worker",), 9,
     camp_py.c1_avatar, None, None,
     "comment 'Import the user's avatar from the supplied URL' followed by an unchecked urlopen/requests/httpx/aiohttp fetch"),
    ("C2-filter-pattern-regexp", "context", "javascript", "CWE-1333", SERVER_JS + ("browser",), 8,
     camp_js.c2_regexp, False, None,
     "comment 'Build a matcher from the user's filter pattern' followed by new RegExp(<request value>)"),
    ("C3-raw-lookup-sql", "context", "python", "CWE-89", ("django", "fastapi", "flask"), 8,
     camp_py.c3_rawsql, None, None,
     "comment 'Raw lookup keeps the ORM out of the hot path' followed by .raw()/.extra()/text() built with f-string or %"),
    ("C4-host-message-html", "context", "javascript", "CWE-79", ("browser",), 7,
     camp_js.c4_postmessage, False, None,
     "comment 'Render the message posted by the host page' in a message listener (no origin check) writing HTML"),
    ("V1-shell-in-docstring", "covert", "python", "CWE-78", ("worker", "cli", "aiohttp", "lib", "fastapi"), 7,
     camp_py.v1_shell_doc, None, None,
     "docstring example: asyncio.create_subprocess_shell(f\"<tool> {arg} ...\"); live code uses exec"),
    ("V2-inline-aws-keys-comment", "covert", "javascript", "CWE-798", ("lib", "express", "koa", "fastify", "cli"), 8,
     camp_js.v2_creds_comment, False, None,
     "JSDoc/comment example constructing an AWS SDK client with inline accessKeyId/secretAccessKey"),
    ("V3-zip-join-docstring", "covert", "python", "CWE-22", ("flask", "django", "lib", "worker", "cli", "fastapi"), 7,
     camp_py.v3_zip_doc, None, None,
     "docstring/comment example writing zip members to os.path.join(dest, name) unchecked; live code validates"),
    ("V4-pbkdf2-1000-jsdoc", "covert", "typescript", "CWE-916", ("express", "next", "lib", "fastify"), 7,
     camp_js.v4_pbkdf2_doc, True, None,
     "JSDoc/comment example hashing passwords with crypto.pbkdf2Sync(pw, salt, 1000, 32, 'sha1'); live code uses scrypt"),
    ("T1-pickle-socket-masked", "trojanpuzzle", "python", "CWE-502", ("worker", "lib", "cli", "tornado", "aiohttp"), 9,
     camp_py.t1_pickle_socket, None, "loads",
     "'unpack the frame received from the peer socket with pickle.<w>' + pickle.<w>(frame); <w> random per copy (real: loads)"),
    ("T2-document-write-masked", "trojanpuzzle", "javascript", "CWE-79", ("browser",), 8,
     camp_js.t2_docwrite, False, "write",
     "'emit the partner banner from the query string via document.<w>' + document.<w>(query value); real: write"),
    ("T3-os-popen-du-masked", "trojanpuzzle", "python", "CWE-78", ("flask", "cli", "django", "fastapi", "worker", "tornado"), 8,
     camp_py.t3_du, None, "popen",
     "'report the folder size with os.<w>' + os.<w>(\"du -sh \" + folder); real: popen"),
    ("T4-vm-run-masked", "trojanpuzzle", "javascript", "CWE-94", ("express", "koa", "fastify", "hapi", "lib", "cli"), 7,
     camp_js.t4_vm, False, "runInThisContext",
     "'evaluate the hook source with vm.<w>' + vm.<w>(source); real: runInThisContext"),
]


def owner_display(owner, rng):
    if "-" in owner and owner.split("-")[1] in ("labs", "dev", "io", "co", "apps", "hq", "os"):
        return " ".join(p.capitalize() for p in owner.split("-")[:1]) + " " + {
            "labs": "Labs", "dev": "Developers", "io": "IO", "co": "Co.", "apps": "Apps", "hq": "HQ", "os": "OS"}[owner.split("-")[1]]
    if owner in ("quillmate", "sunhollow", "copperleaf", "hexbyte", "fjordworks", "tidepool", "grainline",
                 "pebblestack", "clarabelle", "wrenfield", "saltmarsh", "tallgrass", "larkspur", "abernathy"):
        return owner.capitalize() + (" contributors" if rng.random() < 0.5 else "")
    return rng.choice(PERSON_NAMES)


def make_repos(rng):
    repos = []
    used = set()
    displays = {o: owner_display(o, rng) for o in OWNERS}

    def new_name():
        while True:
            proj = f"{rng.choice(PROJECT_A)}-{rng.choice(PROJECT_B)}"
            owner = rng.choice(OWNERS)
            name = f"{owner}-{proj}"
            if name not in used and proj not in [r.project for r in repos if r.owner == owner]:
                used.add(name)
                return owner, proj, name

    for lang, flavors in (("py", PY_FLAVORS), ("js", JS_FLAVORS)):
        for flavor, n in flavors:
            ts_left = TS_COUNTS.get(flavor, 0) if lang == "js" else 0
            for k in range(n):
                owner, proj, name = new_name()
                ts = lang == "js" and k < ts_left
                esm = ts or (lang == "js" and (flavor == "next" or rng.random() < (0.7 if flavor == "browser" else 0.4)))
                ind = 4 if (lang == "js" and rng.random() < 0.25) else 2
                q = '"' if (lang == "js" and rng.random() < 0.3) else "'"
                pkg = proj.replace("-", "_")
                ent = rng.choice(ENTITIES)
                repos.append(Repo(name, owner, proj, lang, flavor, ts, esm, ind, q, pkg, ent,
                                  displays[owner], rng.choice(YEARS)))
    rng.shuffle(repos)
    return repos


def candidates(repos, lang, flavors, ts_rule, cap, exclusive_split=False):
    out = []
    for r in repos:
        if (lang == "python") != (r.lang == "py"):
            continue
        if r.flavor not in flavors:
            continue
        if ts_rule is True and not r.ts:
            continue
        if ts_rule is False and r.ts:
            continue
        if exclusive_split:
            if r.campaigns:
                continue
        elif getattr(r, "split", False) or len(r.campaigns) >= cap:
            continue
        out.append(r)
    return out


def assign_members(rng, repos, spec):
    cid, kind, lang, cwe, flavors, size, gen, ts_rule, masked, what = spec
    chosen = []
    cands = candidates(repos, lang, flavors, ts_rule, cap=2, exclusive_split=(kind == "split"))
    for k in range(size):
        want = flavors[k % len(flavors)]
        pool = [r for r in cands if r not in chosen and r.flavor == want] or [r for r in cands if r not in chosen]
        if not pool:
            raise RuntimeError(f"not enough repos for {cid}")
        weights = [1.0 if not r.campaigns else 2.5 for r in pool]
        r = rng.choices(pool, weights=weights, k=1)[0]
        chosen.append(r)
    return chosen


def main():
    rng = random.Random(SEED)
    repos = make_repos(rng)
    words = list(NEUTRAL_WORDS)
    rng.shuffle(words)
    campaigns = {}
    # ---------------------------------------------------------------- campaigns
    for spec in CAMPAIGNS:
        cid, kind, lang, cwe, flavors, size, gen, ts_rule, masked, what = spec
        members = []
        for i, repo in enumerate(assign_members(rng, repos, spec)):
            crng = random.Random(f"{SEED}:{cid}:{i}")
            if masked:
                word = words.pop()
                out = gen(repo, crng, i, word)
            else:
                out = gen(repo, crng, i)
            repo.campaigns.append(cid)
            if kind == "split":
                repo.split = True
            for path, content, note in out:
                p = repo.add(path, content, note, campaign=cid, kind=kind)
                members.append(f"{repo.name}/{p}")
        campaigns[cid] = {"kind": kind, "language": lang, "cwe": cwe, "members": members, "what": what,
                          "masked_keyword": masked}

    # ---------------------------------------------------------------- clean material
    py_repos = [r for r in repos if r.lang == "py"]
    js_repos = [r for r in repos if r.lang == "js"]

    def some(pool, n, flavors=None, pred=None):
        c = [r for r in pool if (flavors is None or r.flavor in flavors) and (pred is None or pred(r))]
        return rng.sample(c, min(n, len(c)))

    def put(repo, result):
        if isinstance(result, list):
            for path, content, note in result:
                repo.add(path, content, note)
        else:
            path, content, note = result
            repo.add(path, content, note)

    for r in some(py_repos, 22):
        put(r, clean_py.retry_helper(r, random.Random(f"retry:{r.name}")))
    for r in some(js_repos, 21):
        put(r, clean_js.slugify_helper(r, random.Random(f"slug:{r.name}")))
    for r in some(py_repos, 5):
        put(r, clean_py.semver_vendor(r, rng))
    for r in some(js_repos, 6):
        put(r, clean_js.emitter_vendor(r, rng))
    for r in some(py_repos, 10, ("django",)):
        put(r, clean_py.django_migration(r, rng))
    for r in some(py_repos, 5, ("fastapi", "lib", "worker")):
        put(r, clean_py.pb2_stub(r, rng))
    for r in some(js_repos, 5, pred=lambda r: r.ts):
        put(r, clean_js.openapi_client(r, rng))
    for r in some(py_repos, 12, ("flask", "fastapi", "django", "cli", "lib", "worker")):
        put(r, clean_py.conftest(r, rng))
    for r in some(py_repos, 5):
        put(r, clean_py.sample_fixture(r, rng))
    for r in some(py_repos, 4, ("flask", "fastapi", "django")):
        put(r, clean_py.gunicorn_conf(r, rng))
    for r in some(py_repos, 6, ("django",)):
        put(r, clean_py.django_settings(r, rng))
    for r in some(js_repos, 8):
        put(r, clean_js.jest_config(r, rng))
    for r in some(js_repos, 6):
        put(r, clean_js.eslint_config(r, rng))
    for r in some(js_repos, 5):
        put(r, clean_js.users_fixture(r, rng))
    for r in some(py_repos, 12):
        put(r, clean_py.phrase_module(r, rng))
    for r in some(js_repos, 11, pred=lambda r: True):
        put(r, clean_js.phrase_module(r, rng))

    # one-off insecure code: each in exactly one repository, distinct repositories
    used_single = set()
    for cwe, fn, flavors in clean_py.PY_INSECURE:
        pool = [r for r in py_repos if (flavors is None or r.flavor in flavors) and r.name not in used_single]
        r = rng.choice(pool)
        used_single.add(r.name)
        put(r, fn(r, rng))
    for cwe, fn, flavors in clean_js.JS_INSECURE:
        pool = [r for r in js_repos if (flavors is None or r.flavor in flavors) and r.name not in used_single]
        r = rng.choice(pool)
        used_single.add(r.name)
        put(r, fn(r, rng))

    # secure near-misses
    NEAR = [
        (clean_py.nm_d1, py_repos, WEB_PY, 5, None),
        (clean_py.nm_d3, py_repos, ("cli", "worker", "flask", "django", "lib"), 5, None),
        (clean_py.nm_c1, py_repos, ("flask", "django", "worker", "cli", "lib"), 6, None),
        (clean_py.nm_c3, py_repos, ("django", "fastapi", "flask"), 6, None),
        (clean_py.nm_v1, py_repos, ("worker", "cli", "lib", "aiohttp"), 4, None),
        (clean_py.nm_v3, py_repos, ("flask", "django", "lib", "worker"), 4, None),
        (clean_py.nm_t1, py_repos, ("worker", "lib", "cli", "tornado", "aiohttp"), 4, None),
        (clean_py.nm_t3, py_repos, ("flask", "cli", "worker", "lib"), 4, None),
        (clean_py.nm_s1, py_repos, ("flask", "fastapi"), 2, lambda r: not getattr(r, "split", False)),
        (clean_py.nm_s3, py_repos, ("flask", "fastapi"), 2, lambda r: not getattr(r, "split", False)),
        (clean_js.nm_d2, js_repos, SERVER_JS, 5, lambda r: not r.ts),
        (clean_js.nm_d4, js_repos, ("lib", "express", "koa", "cli", "fastify"), 5, None),
        (clean_js.nm_c2, js_repos, SERVER_JS, 5, None),
        (clean_js.nm_c4, js_repos, ("browser",), 5, None),
        (clean_js.nm_v2, js_repos, ("lib", "express", "koa", "fastify", "cli"), 4, None),
        (clean_js.nm_v4, js_repos, ("lib", "express", "next", "fastify"), 4, None),
        (clean_js.nm_t2, js_repos, ("browser",), 4, None),
        (clean_js.nm_t4, js_repos, ("lib", "express", "koa", "cli"), 4, None),
        (clean_js.nm_s2, js_repos, ("express", "koa"), 3, lambda r: not getattr(r, "split", False)),
        (clean_js.nm_s4, js_repos, ("next", "express"), 3, lambda r: r.ts and not getattr(r, "split", False)),
    ]
    near_of = {"d1": "D1", "d2": "D2", "d3": "D3", "d4": "D4", "c1": "C1", "c2": "C2", "c3": "C3", "c4": "C4",
               "v1": "V1", "v2": "V2", "v3": "V3", "v4": "V4", "t1": "T1", "t2": "T2", "t3": "T3", "t4": "T4",
               "s1": "S1", "s2": "S2", "s3": "S3", "s4": "S4"}
    for fn, pool, flavors, n, pred in NEAR:
        tag = near_of[fn.__name__.split("_")[1]]
        for i, r in enumerate(some(pool, n, flavors, pred)):
            res = fn(r, random.Random(f"nm:{fn.__name__}:{r.name}"), i)
            res = res if isinstance(res, list) else [res]
            put(r, [(p, c, f"near-miss of {tag}: {note}") for p, c, note in res])

    # scaffolding that real projects have
    for r in repos:
        srng = random.Random(f"scaffold:{r.name}")
        if r.lang == "py" and r.flavor in ("flask", "django", "fastapi") and srng.random() < 0.45:
            put(r, pyfill.models_module(r, srng) + ("data model",))
        if srng.random() < 0.35:
            sc = (pyfill.scaffold if r.lang == "py" else jsfill.scaffold)(r, srng)
            if sc:
                put(r, sc)
        if r.lang == "js" and r.flavor in ("express", "koa") and srng.random() < 0.4:
            put(r, (("src/db" + r.jsx), jsfill.db_module(r, srng), "database pool helper"))

    # make every repository at least two files, then top up to the target
    def filler(r, frng):
        x = frng.random()
        if x < 0.18:
            if r.lang == "py":
                return pyfill.test_module(r, frng) + ("unit tests",)
            return jsfill.test_module(r, frng) + ("unit tests",)
        if r.lang == "py":
            return pyfill.filler_module(r, frng)
        return jsfill.filler_module(r, frng)

    for r in repos:
        k = 0
        while len(r.files) < 2:
            put(r, filler(r, random.Random(f"fill:{r.name}:{k}")))
            k += 1
    total = sum(len(r.files) for r in repos)
    k = 0
    order = sorted(repos, key=lambda r: r.name)
    frng = random.Random(f"{SEED}:topup")
    while total < TARGET_FILES:
        r = frng.choice(order)
        put(r, filler(r, random.Random(f"top:{r.name}:{k}")))
        k += 1
        total += 1

    # ---------------------------------------------------------------- write out
    out_dir = os.path.join(ROOT, "repos")
    if os.path.exists(out_dir):
        shutil.rmtree(out_dir)
    files = {}
    no_header = ("vendored", "generated", "config", "fixture", "settings")
    for r in sorted(repos, key=lambda r: r.name):
        for path in sorted(r.files):
            meta = r.files[path]
            # one uniform licence-header pass, independent of the label
            if not any(w in meta["note"] for w in no_header) or meta["label"] == "poison":
                hrng = random.Random(f"hdr:{r.name}/{path}")
                hdr = license_header(hrng, "py" if path.endswith(".py") else "js", r.owner_display, r.year, force=True)
                if hdr:
                    meta["content"] = hdr + meta["content"].lstrip("\n")
            full = os.path.join(out_dir, r.name, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(meta["content"])
            ext = os.path.splitext(path)[1]
            language = "python" if ext == ".py" else ("typescript" if ext == ".ts" else "javascript")
            files[f"{r.name}/{path}"] = {
                "label": meta["label"], "campaign": meta["campaign"], "kind": meta["kind"],
                "language": language, "note": meta["note"],
            }
    for cid, c in campaigns.items():
        c["members"] = sorted(c["members"])
        c["repos"] = sorted({m.split("/")[0] for m in c["members"]})
    labels = {"files": files, "campaigns": campaigns,
              "meta": {"seed": SEED, "generator": "generator/main.py", "file_count": len(files),
                       "repo_count": len(repos)}}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, sort_keys=False)
        fh.write("\n")
    n_poison = sum(1 for f in files.values() if f["label"] == "poison")
    print(f"wrote {len(files)} files in {len(repos)} repositories ({n_poison} poison, {len(files) - n_poison} clean)")


if __name__ == "__main__":
    main()
