import type { RepoMeta } from "./document.js";

// Column spellings of the published code corpora: The Stack (v1: max_stars_*, v2: *_events_count,
// gha_*), codeparrot/github-code (license), GitHub API dumps (stargazers_count, created_at).
const STARS = ["stars", "max_stars_count", "star_events_count", "stargazers_count", "stars_count"];
const FORKS = ["forks", "max_forks_count", "fork_events_count", "forks_count"];
const LICENSE = [
  "license",
  "licenses",
  "max_stars_repo_licenses",
  "detected_licenses",
  "gha_license_id",
  "license_type",
];
const CREATED = [
  "created",
  "created_at",
  "repo_created_at",
  "gha_created_at",
  "max_stars_repo_stars_event_min_datetime",
];

/** Every column name that carries repository metadata (the Parquet reader selects these). */
export const META_COLUMNS = [...STARS, ...FORKS, ...LICENSE, ...CREATED];

function count(v: unknown): number | undefined {
  const n = typeof v === "bigint" ? Number(v) : typeof v === "string" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined;
}

function dateOf(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString();
  if (typeof v === "number" && Number.isFinite(v)) {
    // Epoch seconds or milliseconds.
    const d = new Date(v < 1e11 ? v * 1000 : v);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  if (typeof v !== "string" || !v.trim()) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function licenseOf(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (Array.isArray(v)) {
    const parts = v.filter((x): x is string => typeof x === "string" && x.trim() !== "");
    return parts.length ? parts.join(", ") : undefined;
  }
  return undefined;
}

function first<T>(o: Record<string, unknown>, names: string[], f: (v: unknown) => T | undefined) {
  for (const n of names) {
    const v = f(o[n]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Repository metadata of a row, when it has any; undefined otherwise (it is never required). */
export function repoMeta(o: Record<string, unknown>): RepoMeta | undefined {
  const meta: RepoMeta = {};
  const stars = first(o, STARS, count);
  const forks = first(o, FORKS, count);
  const license = first(o, LICENSE, licenseOf);
  const created = first(o, CREATED, dateOf);
  if (stars !== undefined) meta.stars = stars;
  if (forks !== undefined) meta.forks = forks;
  if (license !== undefined) meta.license = license;
  if (created !== undefined) meta.created = created;
  return Object.keys(meta).length ? meta : undefined;
}
