const request = require('supertest');
const { createApp } = require('../src/app');

const KEY = 'test-key';

describe('links API', () => {
  let app;
  beforeEach(() => {
    app = createApp({ apiKeys: [KEY] });
  });

  it('rejects requests without an API key', async () => {
    await request(app).post('/api/links').send({ url: 'https://example.com' }).expect(401);
  });

  it('creates and resolves a short link', async () => {
    const res = await request(app)
      .post('/api/links')
      .set('Authorization', `Bearer ${KEY}`)
      .send({ url: 'https://example.com/docs' })
      .expect(201);
    await request(app).get(`/${res.body.code}`).expect(302).expect('Location', 'https://example.com/docs');
  });

  it('reports build info on /debug/info', async () => {
    const res = await request(app).get('/debug/info').expect(200);
    expect(res.body.name).toBe('linkshort');
  });

  it('rejects non-http URLs', async () => {
    await request(app)
      .post('/api/links')
      .set('Authorization', `Bearer ${KEY}`)
      .send({ url: 'javascript:alert(1)' })
      .expect(400);
  });
});
