// SSRF in a typed Next.js API route and a NestJS-style service.
import type { NextApiRequest, NextApiResponse } from "next";
import axios from "axios";
import { Controller, Get, Query } from "@nestjs/common";
import { HttpService } from "@nestjs/axios";
import { firstValueFrom } from "rxjs";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const url = req.query.url as string;
  // expect: CWE-918
  const upstream = await axios.get<string>(url);
  res.status(200).send(upstream.data);
}

// NestJS: parameters bound with @Query/@Param/@Body are request data.
@Controller("preview")
export class PreviewController {
  constructor(private readonly httpService: HttpService) {}

  @Get()
  async preview(@Query("url") url: string) {
    // expect: CWE-918
    const r = await firstValueFrom(this.httpService.get(url));
    return r.data;
  }

  async refresh(url: string) {
    // ok: CWE-918
    return firstValueFrom(this.httpService.get(url));
  }
}

export async function unfurl(req: NextApiRequest, res: NextApiResponse) {
  // expect: CWE-918
  const page = await fetch(req.body?.link as string);
  // ok: CWE-918
  const meta = await fetch("https://unfurl.example.com/v1/meta?ts=" + Date.now());
  res.json({ page: page.status, meta: meta.status });
}
