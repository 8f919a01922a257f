import { useEffect, useRef, useState } from 'react';

export interface PollingState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

export type Fetcher<T> = (signal: AbortSignal) => Promise<T>;

export function usePolling<T>(fetcher: Fetcher<T>, intervalMs: number): PollingState<T> {
  const [state, setState] = useState<PollingState<T>>({ data: undefined, error: undefined, loading: true });
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();

    const run = async () => {
      try {
        const data = await fetcherRef.current(controller.signal);
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

/** Like usePolling, but fetches once per mount (or when `key` changes). */
export function useFetchOnce<T>(fetcher: Fetcher<T>, key: unknown = null): PollingState<T> {
  const [state, setState] = useState<PollingState<T>>({ data: undefined, error: undefined, loading: true });
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    fetcherRef
      .current(controller.signal)
      .then((data) => setState({ data, error: undefined, loading: false }))
      .catch((error: Error) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error, loading: false }));
      });
    return () => controller.abort();
  }, [key]);

  return state;
}
