import type { FastifyInstance } from 'fastify';

export const TEST_TOKEN = 'test-token';

export const seedItems = [
  { name: 'Bolts M6', quantity: 120, tags: ['hardware'] },
  { name: 'Cable ties', quantity: 4, tags: ['electrical'] },
  { name: 'Duct tape', quantity: 0, tags: [] },
];

export async function seedStore(app: FastifyInstance): Promise<string[]> {
  const ids: string[] = [];
  for (const input of seedItems) {
    const res = await app.inject({
      method: 'POST',
      url: '/items',
      headers: { authorization: `Bearer ${TEST_TOKEN}` },
      payload: input,
    });
    ids.push(res.json().id);
  }
  return ids;
}
