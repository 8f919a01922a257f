import type { Filter } from '../lib/todos';

interface Props {
  remaining: number;
  filter: Filter;
  onFilterChange: (filter: Filter) => void;
}

const FILTERS: Filter[] = ['all', 'active', 'done'];

export function TodoFooter({ remaining, filter, onFilterChange }: Props) {
  return (
    <footer className="todo-footer">
      <span className="todo-count">
        {remaining} {remaining === 1 ? 'item' : 'items'} left
      </span>
      <nav>
        {FILTERS.map((f) => (
          <button key={f} aria-pressed={f === filter} onClick={() => onFilterChange(f)}>
            {f}
          </button>
        ))}
      </nav>
    </footer>
  );
}
