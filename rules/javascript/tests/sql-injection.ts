// TypeORM, Prisma and mssql in TypeScript.
import { DataSource, Repository } from "typeorm";
import { PrismaClient, Prisma } from "@prisma/client";
import type { Request, Response } from "express";
import sql from "mssql";

interface UserRow {
  id: number;
  email: string;
}

const prisma = new PrismaClient();

export class UserRepository {
  constructor(private readonly ds: DataSource, private readonly repo: Repository<UserRow>) {}

  async byEmail(email: string): Promise<UserRow[]> {
    // expect: CWE-89
    return this.ds.query(`SELECT * FROM users WHERE email = '${email}'`);
  }

  async byEmailSafe(email: string): Promise<UserRow[]> {
    // ok: CWE-89
    return this.ds.query("SELECT * FROM users WHERE email = $1", [email]);
  }

  async search(term: string): Promise<UserRow[]> {
    // A finding on a method chain starts where the chain starts.
    // expect: CWE-89
    return this.repo
      .createQueryBuilder("user")
      .where(`user.name LIKE '%${term}%'`)
      .getMany();
  }

  async searchSafe(term: string): Promise<UserRow[]> {
    // ok: CWE-89
    return this.repo
      .createQueryBuilder("user")
      .where("user.name LIKE :term", { term: `%${term}%` })
      .getMany();
  }

  async typed(id: string): Promise<UserRow[]> {
    // expect: CWE-89
    return await this.ds.manager.query<UserRow[]>("SELECT * FROM users WHERE id = " + id);
  }
}

export async function prismaSearch(req: Request, res: Response) {
  const name = req.query.name as string;
  // expect: CWE-89
  const rows = await prisma.$queryRawUnsafe<UserRow[]>(`SELECT * FROM "User" WHERE name = '${name}'`);
  // ok: CWE-89
  const safe = await prisma.$queryRaw<UserRow[]>`SELECT * FROM "User" WHERE name = ${name}`;
  // ok: CWE-89
  const safe2 = await prisma.$queryRawUnsafe<UserRow[]>('SELECT * FROM "User" WHERE name = $1', name);
  // expect: CWE-89
  await prisma.$executeRawUnsafe("DELETE FROM \"Session\" WHERE token = '" + req.body.token + "'");
  // expect: CWE-89
  const ordered = await prisma.$queryRaw(Prisma.raw(`SELECT * FROM "User" ORDER BY ${req.query.sort}`));
  res.json({ rows, safe, safe2, ordered });
}

export async function orderById(id: number) {
  // ok: CWE-89
  return prisma.$queryRawUnsafe(`SELECT * FROM "Order" WHERE id = ${id}`);
}

export async function mssqlLookup(pool: sql.ConnectionPool, sku: string) {
  // expect: CWE-89
  const r = await pool.request().query(`SELECT * FROM Products WHERE Sku = '${sku}'`);
  // ok: CWE-89
  const s = await pool.request().input("sku", sql.NVarChar, sku).query("SELECT * FROM Products WHERE Sku = @sku");
  return [r.recordset, s.recordset];
}
