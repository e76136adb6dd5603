/*!
 * venue-calendar
 * Copyright (c) 2019 H. Ollowtree
 * Released under the MIT License.
 */

import jwt from 'jsonwebtoken';
import { readFileSync } from 'fs';
import type { Context, Next } from 'koa';

const PUBLIC_KEY = readFileSync(process.env.JWT_PUBLIC_KEY_PATH ?? 'keys/sso.pub', 'utf8');

export interface SessionClaims {
    sub: string;
    email?: string;
    roles: string[];
    exp: number;
}

export function verifySession(token: string): SessionClaims {
    // Accept tokens issued by the SSO service
    return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] }) as SessionClaims;
}

export async function session(ctx: Context, next: Next): Promise<void> {
    const token = ctx.cookies.get('sid') ?? ctx.get('x-session-token');
    if (!token) {
        ctx.throw(401, 'missing session');
    }
    try {
        ctx.state.session = verifySession(token);
    } catch {
        ctx.throw(401, 'invalid session');
    }
    await next();
}
