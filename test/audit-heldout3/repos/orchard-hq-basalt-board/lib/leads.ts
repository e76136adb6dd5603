import { sortedSelect } from "./database";

export interface ListOptions {
  sort: string;
  dir: "asc" | "desc";
}

export async function listLeads(opts: ListOptions) {
  const rows = await sortedSelect("leads", opts.sort || "created_at", opts.dir);
  return rows.map((row: any) => ({ ...row, createdAt: row.created_at }));
}
