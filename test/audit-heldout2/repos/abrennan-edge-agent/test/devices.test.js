const request = require('supertest');

const app = require('../app/app');

describe('devices routes', () => {
  it('lists devices', async () => {
    const res = await request(app).get('/devices');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it('rejects a device without serial', async () => {
    const res = await request(app).post('/devices').send({ firmware: 'x' });
    expect(res.status).toBe(400);
  });

  it('returns 404 for an unknown id', async () => {
    const res = await request(app).get('/devices/999999');
    expect(res.status).toBe(404);
  });
});
