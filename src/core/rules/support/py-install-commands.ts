/**
 * Command lines that install packages or pipe a download into an interpreter, read as text:
 * `pip install x`, `python -m pip install x`, `uv pip install`, `conda install`, `npm install`,
 * `apt-get install`, `curl ... | sh`. Shared by py/runtime-install (commands started from Python)
 * and py/notebook-shell (`!pip install x` lines). `*` and `<...>` mark parts computed at run time.
 */
import type { Severity } from '../../model/finding';

/** The longest command text examined (a hostile file cannot make the regexes slow). */
const MAX_COMMAND = 2000;

const PIPE_TO_SHELL = [
  /\b(curl|wget|iwr|invoke-webrequest|irm|invoke-restmethod)\b[^|;&\n]{0,400}\|\s*(sudo\s+)?(-?\w+=\S+\s+)?(\S*\/)?(sh|bash|zsh|dash|ksh|python[\d.]*|node|perl|ruby|iex|invoke-expression)\b/i,
  /\b(sh|bash|zsh)\s+(-c\s+)?["']?\$\(\s*(curl|wget)\b/i,
  /\b(sh|bash|zsh)\s+<\(\s*(curl|wget)\b/i,
  /\bpython[\d.]*\s+-c\s+["']?[^|;&\n]{0,200}\b(urlopen|requests\.get)\b[^|;&\n]{0,200}\bexec\b/i,
];

const INSTALLERS: { pattern: RegExp; tool: string }[] = [
  {
    pattern:
      /(?:^|[\s;&|("'`/])(pip[\d.]*|python[\d.]*\s+-m\s+pip|py\s+-m\s+pip|uv\s+pip|pipx)\s+(?:--?[\w-]+(?:=\S+)?\s+)*(install)\b(.*)$/is,
    tool: 'pip',
  },
  { pattern: /(?:^|[\s;&|("'`/])(easy_install)\b(.*)$/is, tool: 'easy_install' },
  { pattern: /(?:^|[\s;&|("'`/])(conda|mamba|micromamba)\s+(?:--?[\w-]+(?:=\S+)?\s+)*(install|create)\b(.*)$/is, tool: 'conda' },
  { pattern: /(?:^|[\s;&|("'`/])(uv|poetry|pdm)\s+(add|tool\s+install)\b(.*)$/is, tool: 'python' },
  { pattern: /(?:^|[\s;&|("'`/])(npm|pnpm|yarn|bun)(?:\s+--?[\w-]+(?:=\S+)?)*\s+(install|i|add)\b(.*)$/is, tool: 'npm' },
  { pattern: /(?:^|[\s;&|("'`/])(npx|bunx|pnpx|uvx)\s+(.*)$/is, tool: 'npx' },
  { pattern: /(?:^|[\s;&|("'`/])(gem|cargo)\s+install\b(.*)$/is, tool: 'other' },
  { pattern: /(?:^|[\s;&|("'`/])go\s+(install|get)\b(.*)$/is, tool: 'go' },
  { pattern: /(?:^|[\s;&|("'`/])(apt-get|apt|yum|dnf|apk|brew|choco|winget)\s+(?:--?[\w-]+\s+)*(install|add)\b(.*)$/is, tool: 'system' },
];

/** Options whose next word is a value, not a package. */
const VALUE_OPTIONS = new Set([
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '--trusted-host',
  '-c',
  '--constraint',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '-c',
  '--channel',
  '-n',
  '--name',
  '-p',
  '--prefix',
  '--python',
]);
const REMOTE_SOURCE = /(https?:\/\/|git\+|github:|git@|\bsvn\+|\bhg\+|\.tgz\b|\.tar\.gz\b|\.whl\b|\.zip\b)/i;
const REMOTE_OPTION = /(^|\s)(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|--pre\s+-i)(\s|=)/;

export interface InstallVerdict {
  kind: 'pipe' | 'install';
  /** What is installed, for messages: package names or `(requirements file)`. */
  what: string;
  severity: Severity;
  /** Why the severity is high, when it is. */
  why?: string;
}

/** Reads a command line (symbolic: `*` or `<...>` for computed parts). */
export function installCommand(raw: string): InstallVerdict | undefined {
  const command = raw.slice(0, MAX_COMMAND);
  if (PIPE_TO_SHELL.some((p) => p.test(command))) {
    return { kind: 'pipe', what: '', severity: 'high' };
  }
  for (const installer of INSTALLERS) {
    const m = installer.pattern.exec(command);
    if (!m) {
      continue;
    }
    const rest = (m[m.length - 1] ?? '').split(/[;&|\n]/)[0];
    const words = rest.split(/\s+/).filter((w) => w !== '');
    const packages: string[] = [];
    let requirements = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i].replace(/^["']|["']$/g, '');
      if (w === '-r' || w === '--requirement' || w === '-e' || w === '--editable') {
        requirements ||= w === '-r' || w === '--requirement';
        if (w.startsWith('-e') || w === '--editable') {
          packages.push(`-e ${words[i + 1] ?? ''}`.trim());
        }
        i++;
        continue;
      }
      if (VALUE_OPTIONS.has(w.split('=')[0])) {
        i += w.includes('=') ? 0 : 1;
        continue;
      }
      if (!w.startsWith('-')) {
        packages.push(w);
      }
    }
    const remote = REMOTE_SOURCE.test(rest) || REMOTE_OPTION.test(` ${rest}`);
    const dynamic = /(^|[\s=])(\*|<[^>]*>|\$\{?\w+|\{[^}]*\})/.test(rest);
    const what = packages.length > 0 ? packages.join(' ') : requirements ? '(a requirements file)' : "(the project's own dependencies)";
    if (remote || dynamic) {
      return {
        kind: 'install',
        what,
        severity: 'high',
        why: remote ? 'from a URL, VCS or custom index' : 'a package name computed at run time',
      };
    }
    const severity: Severity = installer.tool === 'npx' ? 'high' : 'medium';
    return { kind: 'install', what, severity, why: installer.tool === 'npx' ? 'downloaded and run at once' : undefined };
  }
  return undefined;
}

/** Shortens text for messages. */
export function clipText(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
