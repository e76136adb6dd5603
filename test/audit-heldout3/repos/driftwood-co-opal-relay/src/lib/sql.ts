import createKnex from 'knex';

export const knex = createKnex({ client: 'pg', connection: process.env.DATABASE_URL });

const SORTABLE: Record<string, string[]> = {
    episodes: ['created_at', 'name', 'status'],
};

export async function sortedSelect(table: string, column: string, dir: 'asc' | 'desc' = 'desc', limit = 100) {
    const allowed = SORTABLE[table] || [];
    const col = allowed.includes(column) ? column : 'created_at';
    return knex(table).select('*').orderBy(col, dir === 'asc' ? 'asc' : 'desc').limit(Math.min(limit, 500));
}
