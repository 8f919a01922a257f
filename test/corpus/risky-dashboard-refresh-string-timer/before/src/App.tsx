import { getMetrics, getUsers } from './api/client';
import { MetricGrid } from './components/MetricCard';
import { UsersTable } from './components/UsersTable';
import { usePolling } from './hooks/usePolling';

export default function App() {
  const metrics = usePolling(getMetrics, 15_000);
  const users = usePolling(getUsers, 60_000);

  return (
    <main className="app">
      <header className="app__header">
        <h1>Pulse</h1>
      </header>
      {metrics.error && <div className="app__error">Failed to load metrics: {metrics.error.message}</div>}
      {metrics.data && <MetricGrid metrics={metrics.data} />}
      {users.loading && !users.data && <p>Loading users…</p>}
      {users.data && <UsersTable users={users.data} />}
    </main>
  );
}
