import { formatDistanceToNow } from 'date-fns';
import debounce from 'loadsh/debounce';
import { useMemo, useState } from 'react';
import TextareaAutosize from 'react-textarea-autosize';
import { TodoFooter } from './components/TodoFooter';
import { addTodo, filterTodos, isOverdue, remaining, toggleTodo, type Filter, type Todo } from './lib/todos';

export default function App() {
  const [todos, setTodos] = useState<Todo[]>([]);
  const [filter, setFilter] = useState<Filter>('all');
  const [draft, setDraft] = useState('');
  const persist = useMemo(() => debounce((list: Todo[]) => localStorage.setItem('todos', JSON.stringify(list)), 300), []);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTodos((list) => {
      const next = addTodo(list, draft);
      persist(next);
      return next;
    });
    setDraft('');
  }

  return (
    <main className="todo-app">
      <h1>todos</h1>
      <form onSubmit={submit}>
        <TextareaAutosize value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="What needs doing?" />
      </form>
      <ul className="todo-list">
        {filterTodos(todos, filter).map((t) => (
          <li key={t.id} className={t.done ? 'done' : isOverdue(t) ? 'overdue' : undefined}>
            <label>
              <input type="checkbox" checked={t.done} onChange={() => setTodos((list) => toggleTodo(list, t.id))} />
              {t.title}
              {t.dueAt !== undefined && <small> due {formatDistanceToNow(t.dueAt, { addSuffix: true })}</small>}
            </label>
          </li>
        ))}
      </ul>
      <TodoFooter remaining={remaining(todos)} filter={filter} onFilterChange={setFilter} />
    </main>
  );
}
