const request = require('supertest');

const app = require('../server/app');

describe('courses routes', () => {
  it('lists courses', async () => {
    const res = await request(app).get('/courses');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it('rejects a course without title', async () => {
    const res = await request(app).post('/courses').send({ level: 'x' });
    expect(res.status).toBe(400);
  });

  it('returns 404 for an unknown id', async () => {
    const res = await request(app).get('/courses/999999');
    expect(res.status).toBe(404);
  });
});
