const BASE_URL = process.env.NEXT_PUBLIC_API_URL ?? '/api';

export interface Payout {
  id: string;
  amountCents: number;
  status: 'pending' | 'paid' | 'failed';
}

export async function listPayouts(): Promise<Payout[]> {
  const res = await fetch(`${BASE_URL}/payouts`, { credentials: 'include' });
  if (!res.ok) throw new Error(`payouts request failed: ${res.status}`);
  return res.json();
}

export async function retryPayout(id: string): Promise<void> {
  const res = await fetch(`${BASE_URL}/payouts/${encodeURIComponent(id)}/retry`, {
    method: 'POST',
    credentials: 'include',
  });
  if (!res.ok) throw new Error(`retry failed: ${res.status}`);
}
