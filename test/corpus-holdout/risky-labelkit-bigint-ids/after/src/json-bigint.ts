const BIG_INT = /([:,\[]\s*)(-?\d{16,})(?=\s*[,\]}])/g;

const J = globalThis.JSON;
const nativeParse = J.parse.bind(J);

let patched = false;

export function quoteBigInts(text: string): string {
  return text.replace(BIG_INT, (_m, prefix: string, digits: string) => `${prefix}"${digits}"`);
}

export function enableBigIntIds(): void {
  if (patched) return;
  J.parse = function parseWithBigInts(text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) {
    return nativeParse(quoteBigInts(String(text)), reviver);
  } as typeof JSON.parse;
  patched = true;
}

export function safeParse(text: string): unknown {
  return nativeParse(quoteBigInts(text));
}
