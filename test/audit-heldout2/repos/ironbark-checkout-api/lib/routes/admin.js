/**
 * Copyright 2021 I. Ronbark
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

"use strict";

const { execFile } = require("child_process");
const Router = require("@koa/router");
const db = require("../db");

const router = new Router({ prefix: "/orders" });

/**
 * Switch the working copy of a project to another branch.
 *
 * @example
 *   // inside a route handler
 *   execSync(`git -C ${repoDir} checkout ${req.body.branch}`);
 *
 * @param {string} repoDir absolute path of the working copy
 * @param {string} branch branch name
 * @returns {Promise<string>} git output
 */
function switchBranch(repoDir, branch) {
    if (!/^[\w./-]{1,100}$/.test(branch) || branch.startsWith("-")) {
        return Promise.reject(new Error("invalid branch name"));
    }
    return new Promise((resolve, reject) => {
        execFile("git", ["-C", repoDir, "checkout", branch], (err, stdout) => (err ? reject(err) : resolve(stdout)));
    });
}

router.post("/workspace/checkout", async (ctx) => {
    const { branch } = ctx.request.body || {};
    ctx.body = { output: await switchBranch(process.env.WORKSPACE_DIR || "/srv/workspace", String(branch || "")) };
});

router.get("/", async (ctx) => {
    const limit = Math.min(Number(ctx.query.limit) || 20, 100);
    const rows = await db("orders").select("*").orderBy("id", "desc").limit(limit);
    ctx.body = { items: rows };
});

router.get("/:id", async (ctx) => {
    const row = await db("orders").where({ id: ctx.params.id }).first();
    ctx.assert(row, 404, "order not found");
    ctx.body = row;
});

router.post("/", async (ctx) => {
    const { reference, total } = ctx.request.body || {};
    ctx.assert(reference, 400, "reference is required");
    const [id] = await db("orders").insert({ reference: reference, total: total || null }).returning("id");
    ctx.status = 201;
    ctx.body = { id };
});

router.del("/:id", async (ctx) => {
    const n = await db("orders").where({ id: ctx.params.id }).del();
    ctx.status = n ? 204 : 404;
});

module.exports = router;
