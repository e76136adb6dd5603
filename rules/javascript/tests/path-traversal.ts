// TypeScript handlers: casts and typed requests must not hide the request data.
import { Request, Response, Router } from "express";
import { promises as fs } from "fs";
import * as path from "path";

const router = Router();
const ROOT = "/srv/docs";

router.get("/doc", async (req: Request, res: Response) => {
  const name = req.query.name as string;
  // expect: CWE-22
  const text = await fs.readFile(path.join(ROOT, name), "utf8");
  res.type("text/plain").send(text);
});

router.get("/doc2", async (req: Request<{ slug: string }>, res: Response) => {
  // expect: CWE-22
  res.sendFile(path.join(ROOT, `${req.params.slug}.md`));
});

router.get("/doc3", async (req: Request, res: Response) => {
  const slug = path.basename(String(req.query.slug));
  // ok: CWE-22
  res.sendFile(`${slug}.md`, { root: ROOT });
});

export default router;
