import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { TEST_TOKEN, seedItems, seedStore } from './fixtures.js';

const auth = { authorization: `Bearer ${TEST_TOKEN}` };

describe('items routes', () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    process.env.API_TOKENS = TEST_TOKEN;
    app = await buildApp({ dataFile: `tmp/test-${process.pid}-${Date.now()}.json` });
  });

  afterEach(async () => {
    await app.close();
  });

  it('rejects requests without a token', async () => {
    const res = await app.inject({ method: 'GET', url: '/items' });
    expect(res.statusCode).toBe(401);
  });

  it('lists seeded items sorted by name', async () => {
    await seedStore(app);
    const res = await app.inject({ method: 'GET', url: '/items', headers: auth });
    expect(res.json().map((i: { name: string }) => i.name)).toEqual(seedItems.map((i) => i.name).sort());
  });

  it('filters by tag', async () => {
    await seedStore(app);
    const res = await app.inject({ method: 'GET', url: '/items?tag=hardware', headers: auth });
    expect(res.json()).toHaveLength(1);
  });

  it('returns 404 for unknown ids', async () => {
    const res = await app.inject({ method: 'GET', url: '/items/nope', headers: auth });
    expect(res.statusCode).toBe(404);
  });

  it('validates the body', async () => {
    const res = await app.inject({ method: 'POST', url: '/items', headers: auth, payload: { name: '' } });
    expect(res.statusCode).toBe(400);
  });
});
