import { json, request } from './http';

export interface Task {
  id: string;
  title: string;
  done: boolean;
  createdAt: string;
}

export type TaskPatch = Partial<Pick<Task, 'title' | 'done'>>;

export const api = {
  list: () => request<Task[]>('/tasks'),
  create: (title: string) => request<Task>('/tasks', { method: 'POST', body: json({ title }) }),
  update: (id: string, patch: TaskPatch) =>
    request<Task>(`/tasks/${encodeURIComponent(id)}`, { method: 'PATCH', body: json(patch) }),
  remove: (id: string) => request<void>(`/tasks/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};

export function isTask(value: unknown): value is Task {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Task).id === 'string' &&
    typeof (value as Task).title === 'string' &&
    typeof (value as Task).done === 'boolean'
  );
}
