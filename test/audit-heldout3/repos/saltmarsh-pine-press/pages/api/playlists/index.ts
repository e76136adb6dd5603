import { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../../lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const limit = Math.min(Number(req.query.limit) || 20, 100);
    const items = await prisma.playlist.findMany({ take: limit, orderBy: { createdAt: 'desc' } });
    return res.status(200).json({ items });
  }
  if (req.method === 'POST') {
    const { name } = req.body || {};
    if (typeof name !== 'string' || !name.trim()) {
      return res.status(400).json({ error: 'name is required' });
    }
    const created = await prisma.playlist.create({ data: { name: name.trim() } });
    return res.status(201).json(created);
  }
  res.setHeader('Allow', 'GET, POST');
  return res.status(405).end();
}
