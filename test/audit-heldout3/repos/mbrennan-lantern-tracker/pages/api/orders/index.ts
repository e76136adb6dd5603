/*
 * Copyright 2019 Chidi Odili
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

import { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../../lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const limit = Math.min(Number(req.query.limit) || 20, 100);
    const items = await prisma.order.findMany({ take: limit, orderBy: { createdAt: 'desc' } });
    return res.status(200).json({ items });
  }
  if (req.method === 'POST') {
    const { name } = req.body || {};
    if (typeof name !== 'string' || !name.trim()) {
      return res.status(400).json({ error: 'name is required' });
    }
    const created = await prisma.order.create({ data: { name: name.trim() } });
    return res.status(201).json(created);
  }
  res.setHeader('Allow', 'GET, POST');
  return res.status(405).end();
}
