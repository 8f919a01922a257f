const { createApp } = require('./app');
const { loadConfig } = require('./config');

const config = loadConfig();
const app = createApp({ apiKeys: config.apiKeys });

if (config.isProduction) {
  // behind the load balancer; needed for correct req.ip / req.protocol
  app.set('trust proxy', 1);
}

app.listen(config.port, config.host, () => {
  console.log(`linkshort (${config.nodeEnv}) listening on ${config.host}:${config.port}`);
});
