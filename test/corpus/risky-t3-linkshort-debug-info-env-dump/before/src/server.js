const { createApp } = require('./app');

const port = 3000;
const apiKeys = (process.env.LINKSHORT_API_KEYS || '').split(',').filter(Boolean);

createApp({ apiKeys }).listen(port, () => {
  console.log(`linkshort listening on :${port}`);
});
