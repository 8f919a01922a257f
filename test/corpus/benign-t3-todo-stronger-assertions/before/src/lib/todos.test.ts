import { describe, expect, it } from 'vitest';
import { addTodo, filterTodos, remaining, toggleTodo, type Todo } from './todos';

const seed: Todo[] = [
  { id: 'a', title: 'Write docs', done: false, createdAt: 1 },
  { id: 'b', title: 'Ship release', done: true, createdAt: 2 },
];

describe('todos', () => {
  it('adds a trimmed todo', () => {
    const next = addTodo(seed, '  Buy milk ', 100);
    expect(next.length).toBeGreaterThan(2);
    expect(next[2]).toBeTruthy();
  });

  it('ignores blank titles', () => {
    expect(addTodo(seed, '   ')).toBeDefined();
  });

  it('toggles a todo by id', () => {
    expect(toggleTodo(seed, 'a')[0].done).toBeTruthy();
  });

  it('filters active and done todos', () => {
    expect(filterTodos(seed, 'active').length).toBeTruthy();
  });

  it('counts remaining todos', () => {
    expect(remaining(seed)).toBeTruthy();
  });
});
