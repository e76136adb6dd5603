/**
 * Copyright 2022 A. Morales
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

import prisma from '../../lib/prisma';

async function listItems(query) {
  const take = Math.min(Number(query.take) || 20, 100);
  const skip = Math.max(Number(query.skip) || 0, 0);
  return prisma.subscription.findMany({ take, skip, orderBy: { id: 'desc' } });
}

async function createItem(body) {
  if (!body || !body.plan) {
    const err = new Error('plan is required');
    err.status = 400;
    throw err;
  }
  return prisma.subscription.create({ data: { plan: body.plan, state: body.state ?? null } });
}

export default async function handler(req, res) {
  try {
    if (req.method === 'GET') {
      return res.status(200).json(await listItems(req.query));
    }
    if (req.method === 'POST') {
      return res.status(201).json(await createItem(req.body));
    }
    res.setHeader('Allow', 'GET, POST');
    return res.status(405).end();
  } catch (err) {
    return res.status(err.status || 500).json({ error: err.message });
  }
}
