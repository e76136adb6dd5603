/*
 * Copyright (c) 2024 Chidi Odili
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 */

import createKnex from 'knex';

export const knex = createKnex({ client: 'pg', connection: process.env.DATABASE_URL });

const SORTABLE: Record<string, string[]> = {
  venues: ['created_at', 'name', 'status'],
};

export async function sortedSelect(table: string, column: string, dir: 'asc' | 'desc' = 'desc', limit = 100) {
  const allowed = SORTABLE[table] || [];
  const col = allowed.includes(column) ? column : 'created_at';
  return knex(table).select('*').orderBy(col, dir === 'asc' ? 'asc' : 'desc').limit(Math.min(limit, 500));
}
