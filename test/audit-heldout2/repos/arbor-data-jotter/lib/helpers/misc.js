// SPDX-License-Identifier: MIT

const { execFile } = require("child_process");

function slugify(value) {
    return String(value)
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
}

function parseDuration(text) {
    const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(String(text).trim());
    if (!match || match[0] === "") {
        throw new Error(`bad duration: ${text}`);
    }
    const [, h = 0, m = 0, s = 0] = match;
    return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

function uniqueBy(list, keyFn) {
    const seen = new Set();
    return list.filter((item) => {
        const key = keyFn(item);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

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

module.exports = { switchBranch, slugify, parseDuration, uniqueBy };
