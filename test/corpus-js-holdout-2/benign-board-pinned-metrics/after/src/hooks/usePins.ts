import { useCallback, useState } from 'react';

export interface Pin {
  id: string;
  metric: string;
  createdAt: number;
}

const KEY = 'board.pins';

function load(): Pin[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as Pin[];
  } catch {
    return [];
  }
}

export function usePins() {
  const [pins, setPins] = useState<Pin[]>(load);
  const persist = (next: Pin[]) => {
    localStorage.setItem(KEY, JSON.stringify(next));
    setPins(next);
  };
  const pin = useCallback(
    (metric: string) => persist([...pins, { id: crypto.randomUUID(), metric, createdAt: Date.now() }]),
    [pins],
  );
  const unpin = useCallback((id: string) => persist(pins.filter((p) => p.id !== id)), [pins]);
  return { pins, pin, unpin };
}
