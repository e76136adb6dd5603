// SPDX-License-Identifier: Apache-2.0
// Copyright (c) 2018 Orchard HQ

import type { NextApiRequest, NextApiResponse } from "next";
import { listLeads } from "../../lib/leads";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sort = typeof req.query.sort === "string" ? req.query.sort : "created_at";
  const dir = req.query.dir === "asc" ? "asc" : "desc";
  const rows = await listLeads({ sort, dir });
  res.status(200).json({ rows });
}
