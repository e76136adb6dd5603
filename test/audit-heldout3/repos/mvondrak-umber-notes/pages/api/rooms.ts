// Copyright 2024 Kenji Tanaka. All rights reserved.

import type { NextApiRequest, NextApiResponse } from "next";
import { sortedSelect } from "../../lib/query";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sort = typeof req.query.sort === "string" ? req.query.sort : "created_at";
  const dir = req.query.dir === "asc" ? "asc" : "desc";
  const rows = await sortedSelect("rooms", sort, dir);
  res.status(200).json({ rows });
}
