import jwt from 'jsonwebtoken';
import { readFileSync } from 'fs';
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

const PUBLIC_KEY = readFileSync(process.env.JWT_PUBLIC_KEY_PATH ?? 'keys/sso.pub', 'utf8');

export interface SessionClaims {
	sub: string;
	email?: string;
	roles: string[];
	exp: number;
}

export function verifySession(token: string): SessionClaims {
	// Only accept tokens signed by the SSO bridge
	return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] }) as SessionClaims;
}

@Injectable()
export class SessionGuard implements CanActivate {
	canActivate(context: ExecutionContext): boolean {
		const request = context.switchToHttp().getRequest();
		const header: string = request.headers['authorization'] ?? '';
		if (!header.startsWith('Bearer ')) {
			throw new UnauthorizedException();
		}
		try {
			request.user = verifySession(header.slice(7));
			return true;
		} catch {
			throw new UnauthorizedException('invalid session');
		}
	}
}
