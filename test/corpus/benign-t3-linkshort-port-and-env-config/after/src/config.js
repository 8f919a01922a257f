// Runtime configuration, read once at startup from the environment.
function loadConfig(env = process.env) {
  const nodeEnv = env.NODE_ENV || 'development';
  const port = Number.parseInt(env.PORT || '3000', 10);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`PORT must be a valid TCP port, got ${env.PORT}`);
  }
  return {
    nodeEnv,
    isProduction: nodeEnv === 'production',
    host: env.HOST || '0.0.0.0',
    port,
    apiKeys: (env.LINKSHORT_API_KEYS || '').split(',').filter(Boolean),
  };
}

module.exports = { loadConfig };
