// Copyright (c) 2024 Oakfield Developers
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in
// all copies or substantial portions of the Software.

import { sortedSelect } from './database';

export interface ListOptions {
    sort: string;
    dir: 'asc' | 'desc';
}

export async function listInvoices(opts: ListOptions) {
    const rows = await sortedSelect('invoices', opts.sort || 'created_at', opts.dir);
    return rows.map((row: any) => ({ ...row, createdAt: row.created_at }));
}
