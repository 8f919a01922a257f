import { defineDiffRule, type DiffRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { added, modified } from '../support/changes';
import { isObject, JsonLocator, objectAt, parseJson, type Json, type JsonObject } from '../support/supply-json';
import { clip, hostOf, npmLookalike, specKind, type SpecKind } from '../support/supply-names';

const DEP_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
const BUNDLED_FIELDS = ['bundledDependencies', 'bundleDependencies'];
const LIFECYCLE = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish', 'preprepare', 'postprepare', 'prepack', 'postpack'];
/** Lifecycle commands that are nothing but well-known build and hook tools. */
const ROUTINE_SCRIPT =
  /^(husky( install)?|is-ci \|\| husky( install)?|patch-package|tsc( -b| -p [\w./-]+| --build)*|npm run [\w:-]+|pnpm( run)? [\w:-]+|yarn( run)? [\w:-]+|node-gyp rebuild|ngcc|lerna bootstrap|svelte-kit sync|nuxt prepare|panda codegen|prisma generate|playwright install)$/;
/** What a lifecycle command should never contain. */
const ALARMING = /\b(curl|wget|bash|sh -c|powershell|iex|eval|base64|nc|ncat|https?:\/\/)\b|node -e|node --eval|\|\s*(sh|bash)\b/i;
const OVERRIDE_FIELDS: string[][] = [['overrides'], ['resolutions'], ['pnpm', 'overrides'], ['pnpm', 'patchedDependencies']];

const SPEC_WHAT: Record<SpecKind, string> = {
  url: 'a tarball URL',
  http: 'a plain-http URL (no TLS: anyone on the path can swap it)',
  git: 'a git repository',
  github: 'a GitHub repository (`user/repo` shorthand)',
  file: 'a local path',
  alias: 'an `npm:` alias (installs a different package under this name)',
};

type Ctx = DiffRuleContext;

function depNames(pkg: JsonObject | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const field of DEP_FIELDS) {
    for (const [name, spec] of Object.entries(objectAt(pkg, field) ?? {})) {
      out.set(name, typeof spec === 'string' ? spec : JSON.stringify(spec));
    }
  }
  return out;
}

function bundled(pkg: JsonObject | undefined): Set<string> {
  const out = new Set<string>();
  for (const field of BUNDLED_FIELDS) {
    const list = pkg?.[field];
    if (Array.isArray(list)) {
      list.forEach((n) => typeof n === 'string' && out.add(n));
    }
  }
  return out;
}

function checkDependencies(ctx: Ctx, oldPkg: JsonObject | undefined, newPkg: JsonObject, at: JsonLocator): void {
  const before = depNames(oldPkg);
  const fresh: { name: string; field: string; spec: string; line: number }[] = [];
  for (const field of DEP_FIELDS) {
    for (const [name, raw] of Object.entries(objectAt(newPkg, field) ?? {})) {
      const spec = typeof raw === 'string' ? raw : '';
      const line = at.line(field, name);
      const oldSpec = oldPkg ? objectAt(oldPkg, field)?.[name] : undefined;
      const kind = specKind(spec);
      if (kind && oldSpec !== raw) {
        const severity: Severity = kind === 'file' || kind === 'alias' ? 'medium' : 'high';
        ctx.report({ messageId: 'source', data: { name, field, spec: clip(spec), what: SPEC_WHAT[kind] }, severity, line });
        continue;
      }
      if (before.has(name) || oldSpec !== undefined) {
        continue;
      }
      before.set(name, spec);
      const imitates = npmLookalike(name);
      if (imitates) {
        ctx.report({ messageId: 'lookalike', data: { name, field, imitates }, severity: 'medium', line });
      } else if (field !== 'peerDependencies') {
        fresh.push({ name, field, spec: clip(spec), line });
      }
    }
  }
  if (oldPkg === undefined && fresh.length > 1) {
    // A new manifest: one finding for its dependency list, not one per line.
    const names = fresh.map((f) => f.name);
    const list = clip(names.slice(0, 8).join(', ') + (names.length > 8 ? `, … (${names.length} in all)` : ''), 200);
    ctx.report({ messageId: 'newManifest', data: { count: fresh.length, list }, severity: 'low', line: fresh[0].line });
  } else {
    for (const { name, field, spec, line } of fresh) {
      ctx.report({ messageId: 'newDependency', data: { name, field, spec }, severity: 'low', line });
    }
  }
  const oldBundled = bundled(oldPkg);
  for (const field of BUNDLED_FIELDS) {
    const list = newPkg[field];
    if (Array.isArray(list)) {
      list.forEach((name, i) => {
        if (typeof name === 'string' && !oldBundled.has(name)) {
          ctx.report({ messageId: 'bundled', data: { name }, severity: 'low', line: at.line(field, String(i)) });
        }
      });
    }
  }
}

function checkScripts(ctx: Ctx, oldPkg: JsonObject | undefined, newPkg: JsonObject, at: JsonLocator): void {
  const scripts = objectAt(newPkg, 'scripts') ?? {};
  const oldScripts = objectAt(oldPkg, 'scripts') ?? {};
  for (const name of LIFECYCLE) {
    const command = scripts[name];
    if (typeof command !== 'string' || oldScripts[name] === command) {
      continue;
    }
    const routine = ROUTINE_SCRIPT.test(command.trim()) && !ALARMING.test(command);
    ctx.report({
      messageId: oldScripts[name] === undefined ? 'lifecycleAdded' : 'lifecycleChanged',
      data: { name, command: clip(command, 160) },
      severity: routine ? 'low' : 'high',
      line: at.line('scripts', name),
    });
  }
  // Every other script: a `pretest`/`prestart` hook runs by itself around `npm test`/`npm start`.
  for (const [name, command] of Object.entries(scripts)) {
    if (LIFECYCLE.includes(name) || typeof command !== 'string' || oldScripts[name] === command || !ALARMING.test(command)) {
      continue;
    }
    const hook = /^(pre|post)./.test(name) && scripts[name.replace(/^(pre|post)/, '')] !== undefined;
    ctx.report({
      messageId: 'scriptAlarming',
      data: {
        name,
        command: clip(command, 160),
        when: hook ? `, which runs by itself around \`npm run ${name.replace(/^(pre|post)/, '')}\`,` : '',
      },
      severity: 'high',
      line: at.line('scripts', name),
    });
  }
}

function checkOverrides(ctx: Ctx, oldPkg: JsonObject | undefined, newPkg: JsonObject, at: JsonLocator): void {
  for (const path of OVERRIDE_FIELDS) {
    const now = objectAt(newPkg, ...path) ?? {};
    const was = objectAt(oldPkg, ...path) ?? {};
    for (const [name, value] of Object.entries(now)) {
      if (JSON.stringify(was[name]) === JSON.stringify(value)) {
        continue;
      }
      const spec = typeof value === 'string' ? value : JSON.stringify(value);
      const kind = typeof value === 'string' ? specKind(value) : undefined;
      ctx.report({
        messageId: 'override',
        data: { field: path.join('.'), name, spec: clip(spec) },
        severity: kind && kind !== 'alias' ? 'high' : 'medium',
        line: at.line(...path, name),
      });
    }
  }
}

function stringAt(pkg: JsonObject | undefined, ...path: string[]): string | undefined {
  const parent = objectAt(pkg, ...path.slice(0, -1));
  const value = parent?.[path[path.length - 1]];
  return typeof value === 'string' ? value : undefined;
}

function checkPublishing(ctx: Ctx, oldPkg: JsonObject | undefined, newPkg: JsonObject, at: JsonLocator): void {
  const registry = stringAt(newPkg, 'publishConfig', 'registry');
  if (registry !== undefined && registry !== stringAt(oldPkg, 'publishConfig', 'registry')) {
    const severity: Severity = hostOf(registry) === 'registry.npmjs.org' ? 'low' : 'medium';
    ctx.report({ messageId: 'publishRegistry', data: { url: clip(registry) }, severity, line: at.line('publishConfig', 'registry') });
  }
  const manager = stringAt(newPkg, 'packageManager');
  if (manager !== undefined && manager !== stringAt(oldPkg, 'packageManager') && /:\/\/|^[\w@/.-]+@(file|git|https?):/i.test(manager)) {
    ctx.report({ messageId: 'packageManager', data: { value: clip(manager) }, severity: 'high', line: at.line('packageManager') });
  }
  const oldBin = binEntries(oldPkg);
  for (const [name, target] of binEntries(newPkg)) {
    if (!oldBin.has(name)) {
      ctx.report({ messageId: 'bin', data: { name, target: clip(target) }, severity: 'low', line: at.line('bin', name) });
    }
  }
}

function binEntries(pkg: JsonObject | undefined): Map<string, string> {
  const bin: Json | undefined = pkg?.bin;
  const out = new Map<string, string>();
  if (typeof bin === 'string') {
    out.set(typeof pkg?.name === 'string' ? pkg.name : '(package name)', bin);
  } else if (isObject(bin)) {
    for (const [k, v] of Object.entries(bin)) {
      out.set(k, typeof v === 'string' ? v : '');
    }
  }
  return out;
}

export default defineDiffRule({
  meta: {
    id: 'diff/package-manifest',
    category: 'supply-chain',
    severity: 'medium',
    summary:
      'package.json changes that bring in code: new dependencies (look-alike names), git/URL/file sources, install-time lifecycle scripts, overrides, registries, bins.',
    why:
      'An agent that adds a dependency hands the project to code nobody reviewed, and install scripts run on every developer and CI ' +
      'machine before anything else. Look-alike names, dependencies pulled from a git repository or tarball instead of the registry, ' +
      'and overrides that swap a transitive package are how a malicious change hides in a manifest nobody reads line by line.',
    incorrect: [
      { change: modified('package.json', '{"dependencies":{}}\n', '{"dependencies":{"expresss":"^4.0.0"}}\n') },
      { change: modified('package.json', '{"scripts":{}}\n', '{"scripts":{"postinstall":"node scripts/setup.js"}}\n') },
      { change: added('packages/a/package.json', '{"dependencies":{"utils":"github:someone/utils"}}\n') },
    ],
    correct: [
      { change: modified('package.json', '{"dependencies":{"lodash":"^4.17.20"}}\n', '{"dependencies":{"lodash":"^4.17.21"}}\n') },
      { change: modified('package.json', '{"scripts":{"test":"jest"}}\n', '{"scripts":{"test":"vitest"}}\n') },
      { change: modified('src/a.json', '{}\n', '{"dependencies":{"x":"github:a/b"}}\n') },
    ],
    messages: {
      newDependency: 'New dependency `{{name}}` ({{field}}: `{{spec}}`): its code and its install scripts now run in this project.',
      newManifest: 'New package manifest with {{count}} dependencies ({{list}}): their code and install scripts run in this project.',
      lookalike:
        'New dependency `{{name}}` ({{field}}) is one typo away from the popular package `{{imitates}}`: a classic typosquat. Check the name.',
      source: '`{{name}}` ({{field}}) now comes from {{what}}: `{{spec}}`. It bypasses the registry and its version pinning.',
      bundled: '`{{name}}` is added to bundledDependencies: its files ship inside this package as-is.',
      lifecycleAdded: 'Adds the `{{name}}` lifecycle script, which runs automatically on install: `{{command}}`.',
      lifecycleChanged: 'Changes the `{{name}}` lifecycle script, which runs automatically on install, to `{{command}}`.',
      scriptAlarming:
        'The `{{name}}` script{{when}} downloads, decodes or evaluates code: `{{command}}`. Whoever runs it runs what it fetches.',
      override: '`{{field}}` forces `{{name}}` to `{{spec}}` across the whole dependency tree.',
      publishRegistry: '`publishConfig.registry` is set to `{{url}}`: the package is published somewhere else.',
      packageManager: '`packageManager` is set to `{{value}}`: Corepack downloads the package manager itself from there.',
      bin: 'Adds the executable `{{name}}` -> `{{target}}`: installing the package puts it on PATH.',
      unparsable: 'package.json no longer parses as JSON: installs will fail, and tools may read it differently than reviewers do.',
    },
  },
  check(ctx) {
    const path = ctx.change.newPath;
    if (!path || !/(^|\/)package\.json$/.test(path) || ctx.newText === undefined) {
      return;
    }
    const oldParsed = parseJson(ctx.oldText);
    const newParsed = parseJson(ctx.newText);
    if (!isObject(newParsed)) {
      if (isObject(oldParsed) && newParsed === undefined) {
        ctx.report({ messageId: 'unparsable' });
      }
      return;
    }
    const oldPkg = isObject(oldParsed) ? oldParsed : undefined;
    const at = new JsonLocator(ctx.newText);
    checkDependencies(ctx, oldPkg, newParsed, at);
    checkScripts(ctx, oldPkg, newParsed, at);
    checkOverrides(ctx, oldPkg, newParsed, at);
    checkPublishing(ctx, oldPkg, newParsed, at);
  },
});
