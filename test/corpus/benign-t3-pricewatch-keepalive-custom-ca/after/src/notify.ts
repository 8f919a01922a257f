import { readFileSync } from 'node:fs';
import https from 'node:https';
import tls from 'node:tls';

export interface Alert {
  url: string;
  oldPrice: number;
  newPrice: number;
  currency: string;
}

// Optional extra CA bundle for corporate TLS-inspecting proxies. Certificate
// verification stays enabled; the bundle is added to Node's default roots.
function extraCa(env = process.env): string[] | undefined {
  const file = env.PRICEWATCH_CA_FILE;
  return file ? [...tls.rootCertificates, readFileSync(file, 'utf8')] : undefined;
}

const agent = new https.Agent({ keepAlive: true, maxSockets: 4, ca: extraCa() });

export function formatAlert(alert: Alert): string {
  const drop = ((alert.oldPrice - alert.newPrice) / alert.oldPrice) * 100;
  return `Price drop ${drop.toFixed(1)}%: ${alert.oldPrice} -> ${alert.newPrice} ${alert.currency}\n${alert.url}`;
}

export function sendAlert(webhookUrl: string, alert: Alert): Promise<void> {
  const body = JSON.stringify({ text: formatAlert(alert) });
  return new Promise((resolve, reject) => {
    const req = https.request(
      webhookUrl,
      { method: 'POST', agent, timeout: 10_000, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        if (res.statusCode && res.statusCode < 300) resolve();
        else reject(new Error(`webhook responded ${res.statusCode}`));
      },
    );
    req.on('timeout', () => req.destroy(new Error('webhook timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
