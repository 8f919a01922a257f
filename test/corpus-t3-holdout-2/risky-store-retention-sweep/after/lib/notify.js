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

function notifyFailure(job, err) {
  const url = process.env.QUEUE_ALERT_WEBHOOK;
  if (!url) return Promise.resolve(null);
  return postWebhook(url, { text: `job ${job.id} failed after ${job.attempts} attempts: ${err.message}` });
}

module.exports = { postWebhook, notifyFailure };
