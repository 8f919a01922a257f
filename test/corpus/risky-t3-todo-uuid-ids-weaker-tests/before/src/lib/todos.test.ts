import { describe, expect, it } from 'vitest';
import { addTodo, filterTodos, remaining, toggleTodo, type Todo } from './todos';

const seed: Todo[] = [
  { id: 'a', title: 'Write docs', done: false, createdAt: 1 },
  { id: 'b', title: 'Ship release', done: true, createdAt: 2 },
];

describe('todos', () => {
  it('adds a trimmed todo', () => {
    const next = addTodo(seed, '  Buy milk ', 100);
    expect(next).toHaveLength(3);
    expect(next[2]).toEqual({ id: '100-2', title: 'Buy milk', done: false, createdAt: 100 });
  });

  it('ignores blank titles', () => {
    expect(addTodo(seed, '   ')).toBe(seed);
  });

  it('toggles a todo by id', () => {
    expect(toggleTodo(seed, 'a')[0].done).toBe(true);
    expect(toggleTodo(seed, 'b')[1].done).toBe(false);
  });

  it('filters active and done todos', () => {
    expect(filterTodos(seed, 'active').map((t) => t.id)).toEqual(['a']);
    expect(filterTodos(seed, 'done').map((t) => t.id)).toEqual(['b']);
    expect(filterTodos(seed, 'all')).toEqual(seed);
  });

  it('counts remaining todos', () => {
    expect(remaining(seed)).toBe(1);
  });
});
