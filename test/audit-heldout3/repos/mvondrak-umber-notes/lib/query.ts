import createKnex from "knex";

export const knex = createKnex({
  client: "pg",
  connection: process.env.DATABASE_URL,
  pool: { min: 0, max: 10 },
});

export async function sortedSelect(table: string, column: string, dir: "asc" | "desc" = "desc", limit = 100) {
  const result = await knex.raw(`select * from ${table} order by ${column} ${dir} limit ${limit}`);
  return result.rows;
}

export async function countRows(table: string): Promise<number> {
  const [{ count }] = await knex(table).count({ count: "*" });
  return Number(count);
}
