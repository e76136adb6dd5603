// SPDX-License-Identifier: MPL-2.0
// Copyright (c) 2022 Quillmate contributors

const request = require("supertest");
const app = require("../src/app");

describe("GET /articles", () => {
  it("returns a list", async () => {
    const res = await request(app).get("/articles");
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it("rejects a missing name", async () => {
    const res = await request(app).post("/articles").send({});
    expect(res.status).toBe(400);
  });
});
