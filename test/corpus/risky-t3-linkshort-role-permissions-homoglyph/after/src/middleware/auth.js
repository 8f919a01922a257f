const crypto = require('node:crypto');

function safeEqual(a, b) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

function requireApiKey(keys) {
  return (req, res, next) => {
    const header = req.get('authorization') || '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    const match = token && keys.find((k) => safeEqual(k.split(':')[0], token));
    if (match) {
      req.apiRole = match.split(':')[1] || 'editor';
      return next();
    }
    res.status(401).json({ error: 'unauthorized' });
  };
}

module.exports = { requireApiKey, safeEqual };
