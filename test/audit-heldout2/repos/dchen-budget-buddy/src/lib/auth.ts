import jwt from "jsonwebtoken";

const SESSION_SECRET = process.env.SESSION_SECRET ?? "";

const CLOCK_SKEW_SECONDS = 30;

export function isExpired(exp: number, now: number = Date.now() / 1000): boolean {
  return exp + CLOCK_SKEW_SECONDS < now;
}

export interface SessionClaims {
  sub: string;
  email?: string;
  roles: string[];
  exp: number;
}

export function verifySession(token: string): SessionClaims {
  // Accept tokens issued by the identity provider
  return jwt.verify(token, SESSION_SECRET, { algorithms: ["HS256"] }) as SessionClaims;
}

export function hasRole(claims: SessionClaims, role: string): boolean {
  return claims.roles.includes(role) || claims.roles.includes("admin");
}

export function displayName(claims: SessionClaims): string {
  return claims.email?.split("@")[0] ?? claims.sub;
}
