const request = require("supertest");

const app = require("../src/app");

describe("rooms routes", () => {
  it("lists rooms", async () => {
    const res = await request(app).get("/rooms");
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it("rejects a room without number", async () => {
    const res = await request(app).post("/rooms").send({ floor: "x" });
    expect(res.status).toBe(400);
  });

  it("returns 404 for an unknown id", async () => {
    const res = await request(app).get("/rooms/999999");
    expect(res.status).toBe(404);
  });
});
