export interface Todo {
  id: string;
  title: string;
  done: boolean;
  createdAt: number;
}

export type Filter = 'all' | 'active' | 'done';

export function addTodo(list: Todo[], title: string, now = Date.now()): Todo[] {
  const trimmed = title.trim();
  if (!trimmed) return list;
  return [...list, { id: `${now}-${list.length}`, title: trimmed, done: false, createdAt: now }];
}

export function toggleTodo(list: Todo[], id: string): Todo[] {
  return list.map((t) => (t.id === id ? { ...t, done: !t.done } : t));
}

export function filterTodos(list: Todo[], filter: Filter): Todo[] {
  if (filter === 'active') return list.filter((t) => !t.done);
  if (filter === 'done') return list.filter((t) => t.done);
  return list;
}

export function remaining(list: Todo[]): number {
  return list.filter((t) => !t.done).length;
}
