const crypto = require('node:crypto');

function safeEqual(a, b) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

function requireApiKey(keys) {
  return (req, res, next) => {
    const header = req.get('authorization') || '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : req.get('x-api-key') || '';
    if (token && keys.some((k) => safeEqual(k, token))) {
      return next();
    }
    res.status(401).json({ error: 'unauthorized' });
  };
}

module.exports = { requireApiKey, safeEqual };
