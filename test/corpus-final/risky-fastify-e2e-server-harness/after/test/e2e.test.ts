import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './helpers/server.js';

const headers = { authorization: 'Bearer e2e-token', 'content-type': 'application/json' };

describe('e2e', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await server.stop();
  });

  it('creates and reads back an item', async () => {
    const created = await fetch(`${server.baseUrl}/items`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Washers', quantity: 10 }),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const fetched = await fetch(`${server.baseUrl}/items/${id}`, { headers });
    expect((await fetched.json()).name).toBe('Washers');
  });
});
