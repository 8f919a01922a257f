import { describe, it, expect, beforeEach } from 'vitest';
import request from 'supertest';
import { createApp } from '../src/app';

describe('requireAuth', () => {
  beforeEach(() => {
    process.env.API_TOKEN = 'test-token-123';
  });

  it('accepts a valid bearer token', async () => {
    const res = await request(createApp())
      .post('/orders')
      .set('authorization', 'Bearer test-token-123')
      .send({ state: 'TX', items: [{ sku: 'A1', unitCents: 100, qty: 1 }] });
    expect(res.status).toBe(201);
  });

  it('rejects a wrong token', async () => {
    const res = await request(createApp()).post('/orders').set('authorization', 'Bearer nope').send({});
    expect(res.status).toBe(401);
  });

  it('rejects requests when API_TOKEN is unset', async () => {
    delete process.env.API_TOKEN;
    const res = await request(createApp()).post('/orders').send({});
    expect(res.status).toBe(401);
  });
});
