'use strict';

function waitFor(client, event, timeout) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timeout waiting for ${event}`)), timeout);
    client.once(event, (params) => {
      clearTimeout(timer);
      resolve(params);
    });
  });
}

async function auditPage(client, url, { timeout }) {
  const { targetId } = await client.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await client.send('Target.attachToTarget', { targetId, flatten: true });
  const send = (method, params) => client.send(method, params, sessionId);

  const consoleErrors = [];
  client.on(`${sessionId}:Runtime.consoleAPICalled`, (p) => {
    if (p.type === 'error') consoleErrors.push(p.args.map((a) => a.value ?? a.description).join(' '));
  });
  client.on(`${sessionId}:Runtime.exceptionThrown`, (p) => {
    consoleErrors.push(p.exceptionDetails.exception?.description ?? p.exceptionDetails.text);
  });

  await send('Page.enable');
  await send('Runtime.enable');
  await send('Performance.enable');

  const loaded = waitFor(client, `${sessionId}:Page.loadEventFired`, timeout);
  await send('Page.navigate', { url });
  await loaded;

  const { metrics } = await send('Performance.getMetrics');
  const byName = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  const { result } = await send('Runtime.evaluate', {
    expression: 'JSON.stringify(performance.getEntriesByType("largest-contentful-paint").map((e) => e.startTime))',
    returnByValue: true,
  });
  const lcpEntries = JSON.parse(result.value || '[]');

  await client.send('Target.closeTarget', { targetId });
  return {
    url,
    at: new Date().toISOString(),
    consoleErrors,
    metrics: {
      domNodes: byName.Nodes,
      jsHeapMb: Math.round((byName.JSHeapUsedSize ?? 0) / 1048576),
      lcp: lcpEntries.length ? Math.round(lcpEntries[lcpEntries.length - 1]) : null,
    },
  };
}

module.exports = { auditPage };
