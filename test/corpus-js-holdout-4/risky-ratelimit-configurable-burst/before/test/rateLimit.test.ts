import { describe, it, expect } from 'vitest';
import express from 'express';
import request from 'supertest';
import { rateLimit } from '../src/middleware/rateLimit';

describe('rateLimit', () => {
  it('returns 429 after the window budget is spent', async () => {
    const app = express().use(rateLimit).get('/', (_req, res) => res.send('ok'));
    let last;
    for (let i = 0; i < 121; i++) last = await request(app).get('/');
    expect(last.status).toBe(429);
    expect(last.headers['retry-after']).toBeDefined();
  });
});
