'use client';

import { useEffect, useMemo } from 'react';

export interface ToastProps {
  id: string;
  message: string;
  onDismiss: (id: string) => void;
}

const MAX_STAGGER_MS = 120;

export function Toast({ id, message, onDismiss }: ToastProps) {
  // cosmetic only: offset the slide-in so multiple toasts don't move in lockstep
  const delayMs = useMemo(() => Math.round(Math.random() * MAX_STAGGER_MS), []);

  useEffect(() => {
    const timer = setTimeout(() => onDismiss(id), 4000 + delayMs);
    return () => clearTimeout(timer);
  }, [id, onDismiss, delayMs]);

  return (
    <div role="status" className="toast toast-enter" style={{ animationDelay: `${delayMs}ms` }}>
      {message}
    </div>
  );
}
