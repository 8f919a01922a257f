export interface Alert {
  url: string;
  oldPrice: number;
  newPrice: number;
  currency: string;
}

export function formatAlert(alert: Alert): string {
  const drop = ((alert.oldPrice - alert.newPrice) / alert.oldPrice) * 100;
  return `Price drop ${drop.toFixed(1)}%: ${alert.oldPrice} -> ${alert.newPrice} ${alert.currency}\n${alert.url}`;
}

export async function sendAlert(webhookUrl: string, alert: Alert): Promise<void> {
  const res = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: formatAlert(alert) }),
  });
  if (!res.ok) {
    throw new Error(`webhook responded ${res.status}`);
  }
}
