'use client';

import { useEffect } from 'react';

export interface ToastProps {
  id: string;
  message: string;
  onDismiss: (id: string) => void;
}

export function Toast({ id, message, onDismiss }: ToastProps) {
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(id), 4000);
    return () => clearTimeout(timer);
  }, [id, onDismiss]);

  return (
    <div role="status" className="toast">
      {message}
    </div>
  );
}
