const request = require("supertest");

const app = require("../src/app");

describe("alerts routes", () => {
  it("lists alerts", async () => {
    const res = await request(app).get("/alerts");
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it("rejects a alert without severity", async () => {
    const res = await request(app).post("/alerts").send({ source: "x" });
    expect(res.status).toBe(400);
  });

  it("returns 404 for an unknown id", async () => {
    const res = await request(app).get("/alerts/999999");
    expect(res.status).toBe(404);
  });
});
