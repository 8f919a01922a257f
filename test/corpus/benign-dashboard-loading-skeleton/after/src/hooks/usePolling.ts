import { useEffect, useRef, useState } from 'react';

export interface PollingState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

export function usePolling<T>(load: (signal: AbortSignal) => Promise<T>, intervalMs: number): PollingState<T> {
  const [state, setState] = useState<PollingState<T>>({ data: undefined, error: undefined, loading: true });
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();

    const run = async () => {
      try {
        const data = await loadRef.current(controller.signal);
        if (!cancelled) setState({ data, error: undefined, loading: false });
      } catch (err) {
        if (!cancelled) setState((s) => ({ ...s, error: err as Error, loading: false }));
      } finally {
        if (!cancelled) timer = setTimeout(run, intervalMs);
      }
    };
    run();

    return () => {
      cancelled = true;
      controller.abort();
      if (timer) clearTimeout(timer);
    };
  }, [intervalMs]);

  return state;
}
