const request = require('supertest');

const app = require('../lib/app');

describe('notes routes', () => {
  it('lists notes', async () => {
    const res = await request(app).get('/notes');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it('rejects a note without title', async () => {
    const res = await request(app).post('/notes').send({ body: 'x' });
    expect(res.status).toBe(400);
  });

  it('returns 404 for an unknown id', async () => {
    const res = await request(app).get('/notes/999999');
    expect(res.status).toBe(404);
  });
});
