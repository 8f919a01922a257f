import { describe, it, expect } from 'vitest';
import express from 'express';
import request from 'supertest';
import { rateLimit } from '../src/middleware/rateLimit';

describe('rateLimit', () => {
  it('allows short bursts above the base budget', async () => {
    const app = express().use(rateLimit).get('/', (_req, res) => res.send('ok'));
    let last;
    for (let i = 0; i < 121; i++) last = await request(app).get('/');
    expect(last.status).toBe(200);
  });
});
