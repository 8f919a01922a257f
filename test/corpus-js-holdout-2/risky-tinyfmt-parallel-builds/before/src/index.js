export function pad(value, width, fill = ' ') {
  const s = String(value);
  return s.length >= width ? s : fill.repeat(width - s.length) + s;
}

export function bytes(n) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}
