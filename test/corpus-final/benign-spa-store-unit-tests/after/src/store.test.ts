import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Task } from './api';

vi.mock('./api', () => ({
  api: {
    list: vi.fn(),
    create: vi.fn(),
    update: vi.fn(),
    remove: vi.fn(),
  },
}));

import { api } from './api';
import { createTaskStore } from './store';

const seedTasks: Task[] = [
  { id: 't1', title: 'Write tests', done: false, createdAt: '2024-03-01T10:00:00Z' },
  { id: 't2', title: 'Ship it', done: true, createdAt: '2024-03-02T10:00:00Z' },
];

const mocked = vi.mocked(api);

describe('task store', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    mocked.list.mockResolvedValue(structuredClone(seedTasks));
  });

  it('loads tasks on refresh', async () => {
    const store = createTaskStore();
    await store.refresh();
    expect(store.state.tasks).toHaveLength(2);
    expect(store.state.loading).toBe(false);
  });

  it('records errors instead of throwing', async () => {
    mocked.list.mockRejectedValue(new Error('GET /tasks failed: 503'));
    const store = createTaskStore();
    await store.refresh();
    expect(store.state.error).toMatch(/503/);
  });

  it('toggles a task using the server response', async () => {
    const store = createTaskStore();
    await store.refresh();
    mocked.update.mockResolvedValue({ ...seedTasks[0], done: true });
    await store.toggle('t1');
    expect(mocked.update).toHaveBeenCalledWith('t1', { done: true });
    expect(store.state.tasks[0].done).toBe(true);
  });

  it('removes a task locally after the request', async () => {
    const store = createTaskStore();
    await store.refresh();
    mocked.remove.mockResolvedValue(undefined);
    await store.remove('t2');
    expect(store.state.tasks.map((t) => t.id)).toEqual(['t1']);
  });
});
