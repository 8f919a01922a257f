import { useMetrics } from './hooks/useMetrics';
import { previewRows } from './lib/sample';
import { Skeleton } from './components/Skeleton';

export default function App() {
  const { data, error } = useMetrics();
  if (error) return <p className="error">Failed to load: {error}</p>;
  if (data.length === 0) return <Skeleton rows={5} />;
  const preview = previewRows(data, 5);
  return (
    <main>
      <h1>Metrics</h1>
      <ul>
        {preview.map((m) => (
          <li key={m.name}>
            {m.name}: {m.value.toFixed(2)}
          </li>
        ))}
      </ul>
    </main>
  );
}
