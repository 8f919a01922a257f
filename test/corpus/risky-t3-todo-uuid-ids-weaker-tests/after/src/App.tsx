import { useState } from 'react';
import { TodoFooter } from './components/TodoFooter';
import { addTodo, filterTodos, remaining, toggleTodo, type Filter, type Todo } from './lib/todos';

export default function App() {
  const [todos, setTodos] = useState<Todo[]>([]);
  const [filter, setFilter] = useState<Filter>('all');
  const [draft, setDraft] = useState('');

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTodos((list) => addTodo(list, draft));
    setDraft('');
  }

  return (
    <main className="todo-app">
      <h1>todos</h1>
      <form onSubmit={submit}>
        <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="What needs doing?" />
      </form>
      <ul className="todo-list">
        {filterTodos(todos, filter).map((t) => (
          <li key={t.id} className={t.done ? 'done' : undefined}>
            <label>
              <input type="checkbox" checked={t.done} onChange={() => setTodos((list) => toggleTodo(list, t.id))} />
              {t.title}
            </label>
          </li>
        ))}
      </ul>
      <TodoFooter remaining={remaining(todos)} filter={filter} onFilterChange={setFilter} />
    </main>
  );
}
