/**
 * The generated change for the review bench: a git repository whose base commit holds real files
 * from the corpora plus 100 application modules (60 TypeScript/JavaScript, 40 Python), and a
 * working tree where each of those modules has 5 lines changed and 45 added: 5,000 lines across
 * 100 files. The same change is made in a repository ten times larger, to show that a review's
 * time follows the change, not the repository. Also the ~50-line file of the small-file bench.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

type Lang = 'ts' | 'js' | 'py';

/** One function of a generated module (k makes names and constants unique). */
function block(lang: Lang, kind: number, k: number): string[] {
  const ts = lang === 'ts';
  const t = (annotation: string): string => (ts ? annotation : '');
  if (lang === 'py') {
    switch (kind % 5) {
      case 0:
        return [
          `def fetch_user_${k}(user_id: str) -> dict | None:`,
          `    url = f"{BASE_URL}/users/{user_id}?v=${k}"`,
          '    response = requests.get(url, timeout=10)',
          '    if response.status_code != 200:',
          '        return None',
          '    body = response.json()',
          '    body["name"] = body.get("name", "").strip()',
          '    return body',
          '',
        ];
      case 1:
        return [
          `def run_tool_${k}(args: list[str]) -> str:`,
          `    result = subprocess.run(["git", "log", "--oneline", *args], capture_output=True, text=True, check=False)`,
          '    lines = [line for line in result.stdout.splitlines() if line]',
          `    return "\\n".join(lines[:${k % 50}])`,
          '',
        ];
      case 2:
        return [
          `def load_config_${k}(directory: str) -> dict:`,
          `    path = os.path.join(directory, "config-${k}.json")`,
          '    if not os.path.exists(path):',
          '        return {}',
          '    with open(path, encoding="utf-8") as handle:',
          '        return json.load(handle)',
          '',
        ];
      case 3:
        return [
          `def total_${k}(items: list[dict]) -> float:`,
          '    amount = 0.0',
          '    for item in items:',
          '        if item.get("qty", 0) <= 0:',
          '            continue',
          '        amount += item["price"] * item["qty"]',
          '    return round(amount, 2)',
          '',
        ];
      default:
        return [
          `def render_${k}(template: str, values: dict) -> str:`,
          '    command = template.format(**values)',
          `    logging.info("render ${k}: %s", command)`,
          '    if values.get("shell"):',
          '        return subprocess.check_output(command, shell=True, text=True)',
          '    return command',
          '',
        ];
    }
  }
  switch (kind % 5) {
    case 0:
      return [
        `export async function fetchUser${k}(id${t(': string')})${t(': Promise<Record<string, unknown> | undefined>')} {`,
        `  const url = \`\${BASE_URL}/users/\${encodeURIComponent(id)}?v=${k}\`;`,
        "  const response = await fetch(url, { headers: { accept: 'application/json' } });",
        '  if (!response.ok) {',
        '    return undefined;',
        '  }',
        `  const body = (await response.json())${t(' as Record<string, unknown>')};`,
        "  return { ...body, name: String(body.name ?? '').trim() };",
        '}',
        '',
      ];
    case 1:
      return [
        `export function runTool${k}(args${t(': string[]')})${t(': string')} {`,
        "  const output = execFileSync('git', ['log', '--oneline', ...args], { encoding: 'utf8' });",
        `  return output.split('\\n').filter(Boolean).slice(0, ${k % 50}).join('\\n');`,
        '}',
        '',
      ];
    case 2:
      return [
        `export function loadConfig${k}(dir${t(': string')})${t(': Record<string, unknown>')} {`,
        `  const file = path.join(dir, 'config-${k}.json');`,
        '  if (!fs.existsSync(file)) {',
        '    return {};',
        '  }',
        `  return JSON.parse(fs.readFileSync(file, 'utf8'))${t(' as Record<string, unknown>')};`,
        '}',
        '',
      ];
    case 3:
      return [
        `export function total${k}(items${t(': { price: number; qty: number }[]')})${t(': number')} {`,
        '  let sum = 0;',
        '  for (const item of items) {',
        '    if (item.qty <= 0) {',
        '      continue;',
        '    }',
        '    sum += item.price * item.qty;',
        '  }',
        '  return Math.round(sum * 100) / 100;',
        '}',
        '',
      ];
    default:
      return [
        `export function render${k}(template${t(': string')}, values${t(': Record<string, string>')})${t(': string')} {`,
        "  const command = template.replace(/\\{(\\w+)\\}/g, (_, key) => values[key] ?? '');",
        `  console.log('render ${k}:', command);`,
        '  if (values.shell) {',
        "    return execSync(command, { encoding: 'utf8' });",
        '  }',
        '  return command;',
        '}',
        '',
      ];
  }
}

function header(lang: Lang, file: number): string[] {
  if (lang === 'py') {
    return [
      `"""Generated module ${file} of the review bench."""`,
      'import json',
      'import logging',
      'import os',
      'import subprocess',
      '',
      'import requests',
      '',
      `BASE_URL = "https://api.example.com/v${file % 3}"`,
      `RETRIES = ${file % 5}`,
      '',
    ];
  }
  return [
    `// Generated module ${file} of the review bench.`,
    "import { execFileSync, execSync } from 'node:child_process';",
    "import * as fs from 'node:fs';",
    "import * as path from 'node:path';",
    '',
    `const BASE_URL = 'https://api.example.com/v${file % 3}';`,
    `export const RETRIES = ${file % 5};`,
    '',
  ];
}

/** A module of about `lines` lines: a header and functions. */
function blocks(lang: Lang, file: number, first: number, lines: number): string[] {
  const out: string[] = [];
  for (let k = first; out.length < lines; k++) {
    out.push(...block(lang, k + file, file * 1000 + k));
  }
  return out;
}

export interface AppFile {
  path: string;
  base: string;
  changed: string;
}

/**
 * The 100 application modules, as base and changed text: 5 lines of the base are changed (a
 * constant, a URL, a log message) and 45 lines are added (new functions), 50 per file.
 */
export function appFiles(count: number): AppFile[] {
  const files: AppFile[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 10 < 4 ? 'py' : i % 10 < 8 ? 'ts' : 'js';
    const ext = lang === 'py' ? 'py' : lang;
    const head = header(lang, i);
    const body = blocks(lang, i, 0, 80);
    const base = [...head, ...body];
    // Five changed lines: the two header constants and the first three lines that mention k's URL or log.
    const changed = [...base];
    let edits = 0;
    for (let n = 0; n < changed.length && edits < 5; n++) {
      const before = changed[n];
      const after = before
        .replace(/api\.example\.com\/v(\d)/, 'api.example.org/v$1')
        .replace(/RETRIES = (\d)/, 'RETRIES = 1$1')
        .replace(/\?v=(\d+)/, '?version=$1')
        .replace(/render (\d+):/, 'rendered $1:')
        .replace(/config-(\d+)\.json/, 'settings-$1.json');
      if (after !== before) {
        changed[n] = after;
        edits++;
      }
    }
    // Whole functions only (so the file still parses), then comment lines up to exactly 45.
    const added: string[] = [];
    for (let k = 500; ; k++) {
      const next = block(lang, k + i, i * 1000 + k);
      if (added.length + next.length > 45) {
        break;
      }
      added.push(...next);
    }
    for (let n = 0; added.length < 45; n++) {
      added.push(`${lang === 'py' ? '#' : '//'} Step ${n + 1} of the rollout for module ${i}.`);
    }
    files.push({
      path: path.join('app', lang === 'py' ? 'py' : 'web', `module_${String(i).padStart(3, '0')}.${ext}`),
      base: `${base.join('\n')}\n`,
      changed: `${[...changed, ...added].join('\n')}\n`,
    });
  }
  return files;
}

/** A ~50-line TypeScript module: the small-file bench. */
export function smallFile(): string {
  return `${[...header('ts', 7), ...blocks('ts', 7, 0, 42)].join('\n')}\n`;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=bench',
      '-c',
      'user.email=bench@example.invalid',
      '-c',
      'core.hooksPath=/dev/null',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
}

export interface DiffRepo {
  dir: string;
  /** Files in the base commit. */
  files: number;
  changedFiles: number;
  added: number;
  deleted: number;
}

/**
 * Creates the repository: `filler` files copied from the corpora (cycled under copy-N/ when more
 * are wanted than there are) and the application modules in the base commit, then the change in
 * the working tree.
 */
export function makeDiffRepo(dir: string, sources: { root: string; files: string[] }[], filler: number, app: AppFile[]): DiffRepo {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  const pool = sources.flatMap((s) => s.files.map((f) => ({ root: s.root, file: f })));
  for (let i = 0; i < filler && pool.length > 0; i++) {
    const { root, file } = pool[i % pool.length];
    const round = Math.floor(i / pool.length);
    const target = path.join(dir, 'vendor', round === 0 ? '' : `copy-${round}`, path.basename(root), file);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(root, file), target);
  }
  for (const f of app) {
    const target = path.join(dir, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.base);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  for (const f of app) {
    writeFileSync(path.join(dir, f.path), f.changed);
  }
  let added = 0;
  let deleted = 0;
  let changedFiles = 0;
  for (const line of git(dir, 'diff', '--numstat').split('\n')) {
    const m = /^(\d+)\t(\d+)\t/.exec(line);
    if (m) {
      added += Number(m[1]);
      deleted += Number(m[2]);
      changedFiles++;
    }
  }
  const files = git(dir, 'ls-files').split('\n').filter(Boolean).length;
  return { dir, files, changedFiles, added, deleted };
}
