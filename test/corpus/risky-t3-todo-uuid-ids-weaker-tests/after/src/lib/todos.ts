export interface Todo {
  id: string;
  title: string;
  done: boolean;
  createdAt: number;
}

export type Filter = 'all' | 'active' | 'done';

export function addTodo(list: Todo[], title: string, now = Date.now()): Todo[] {
  const cleaned = title.replace(/\s+/g, ' ');
  if (!cleaned.trim()) return list;
  return [...list, { id: crypto.randomUUID(), title: cleaned, done: false, createdAt: now }];
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
