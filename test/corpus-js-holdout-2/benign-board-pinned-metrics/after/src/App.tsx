import { useMetrics } from './hooks/useMetrics';
import { previewRows } from './lib/sample';
import { usePins } from './hooks/usePins';

export default function App() {
  const { data, error } = useMetrics();
  const { pins, pin } = usePins();
  if (error) return <p className="error">Failed to load: {error}</p>;
  const preview = previewRows(data, 5);
  return (
    <main>
      <h1>Metrics</h1>
      <ul>
        {preview.map((m) => (
          <li key={m.name}>
            {m.name}: {m.value.toFixed(2)}{' '}
            <button onClick={() => pin(m.name)} disabled={pins.some((p) => p.metric === m.name)}>
              Pin
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
