const request = require('supertest');

const app = require('../app/app');

describe('games routes', () => {
  it('lists games', async () => {
    const res = await request(app).get('/games');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it('rejects a game without title', async () => {
    const res = await request(app).post('/games').send({ platform: 'x' });
    expect(res.status).toBe(400);
  });

  it('returns 404 for an unknown id', async () => {
    const res = await request(app).get('/games/999999');
    expect(res.status).toBe(404);
  });
});
