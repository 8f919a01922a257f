import { request } from 'undici';
import { loadConfig } from './config';
import { total, type Invoice } from './billing';

export async function postToLedger(invoice: Invoice): Promise<number> {
  const { ledgerUrl } = loadConfig();
  const res = await request(`${ledgerUrl}/entries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invoiceId: invoice.id, amount: total(invoice) }),
  });
  await res.body.dump();
  return res.statusCode;
}
