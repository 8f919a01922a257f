const { createApp } = require('./app');

const port = 3000;
const apiKeys = (process.env.LINKSHORT_API_KEYS || '').split(',').filter(Boolean);
const allowedOrigins = (process.env.LINKSHORT_CORS_ORIGINS || '').split(',').filter(Boolean);

createApp({ apiKeys, allowedOrigins }).listen(port, () => {
  console.log(`linkshort listening on :${port}`);
});
