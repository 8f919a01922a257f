import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { clip, isFalsy, isTruthy, productionValue, propKey } from '../support/insecure-props';
import type { Node } from '../../js/scope';
import { pushChildren } from '../../js/children';

/** `webPreferences` settings that give web content Node.js or drop the browser's isolation. */
const UNSAFE_TRUE = new Set([
  'nodeIntegration',
  'nodeIntegrationInWorker',
  'nodeIntegrationInSubFrames',
  'allowRunningInsecureContent',
  'enableRemoteModule',
  'experimentalFeatures',
  'enableBlinkFeatures',
]);
const UNSAFE_FALSE = new Set(['contextIsolation', 'sandbox', 'webSecurity']);
/** Isolation off: web content reaches Node.js or the main world (high); the rest weakens the page (medium). */
const ISOLATION = new Set([
  'nodeIntegration',
  'nodeIntegrationInWorker',
  'nodeIntegrationInSubFrames',
  'contextIsolation',
  'enableRemoteModule',
]);

/** Chromium switches that turn off the sandbox, the same-origin policy or certificate checks. */
const SWITCHES: Record<string, Severity> = {
  'no-sandbox': 'medium',
  'disable-setuid-sandbox': 'medium',
  'disable-web-security': 'high',
  'ignore-certificate-errors': 'high',
  'allow-running-insecure-content': 'medium',
  'disable-site-isolation-trials': 'medium',
  'allow-insecure-localhost': 'low',
  'disable-features=IsolateOrigins,site-per-process': 'medium',
};

function switchName(value: string): string | undefined {
  const name = value.replace(/^--/, '');
  if (value.startsWith('--') || value === name) {
    return Object.prototype.hasOwnProperty.call(SWITCHES, name) ? name : undefined;
  }
  return undefined;
}

export default defineTsRule({
  meta: {
    id: 'ts/electron-insecure',
    category: 'insecure-config',
    severity: 'high',
    summary:
      'Electron windows with Node.js integration or isolation off, preloads that expose `require`, `ipcRenderer` or any-channel IPC to the page (through `contextBridge` or `window.x = ...`), and browsers launched without sandbox, web security or certificate checks.',
    why:
      'With `nodeIntegration: true` or `contextIsolation: false`, any script that reaches the page (an XSS, a remote ad, a markdown ' +
      'preview) runs with full Node.js access to the machine. AI agents flip these switches, and pass `--no-sandbox` or ' +
      '`--disable-web-security` to Chromium, to make an error go away.',
    incorrect: [
      'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
      "const browser = await puppeteer.launch({ args: ['--no-sandbox', '--disable-web-security'] });",
      "app.commandLine.appendSwitch('ignore-certificate-errors');",
      'const prefs = { webPreferences: { webSecurity: false } };',
    ],
    correct: [
      "new BrowserWindow({ webPreferences: { preload: path.join(__dirname, 'preload.js'), contextIsolation: true, sandbox: true } });",
      "const browser = await puppeteer.launch({ args: ['--disable-gpu'] });",
      'const config = { sandbox: false };',
      "const flags = ['--verbose', '--no-color'];",
    ],
    messages: {
      preference: '`{{code}}` in `webPreferences`: {{why}}',
      envSwitch:
        '`{{code}}` in `webPreferences` is decided by the environment ({{vars}}) and comes out unsafe in a production run with nothing extra set: {{why}}',
      isolation: '`{{code}}` in `webPreferences` breaks the boundary between web content and the machine: the page {{what}}.',
      flag: '`{{flag}}` launches the browser {{why}}.',
      bridge: '`{{code}}` is exposed to the page through `contextBridge`: {{why}}, and with it whatever the preload can do.',
      globalExposed:
        "`{{code}}` puts {{what}} on the page's global object: any script that runs in the page (an XSS, remote or rendered " +
        'content) can use it, and with it reach the machine.',
    },
  },
  create(ctx) {
    const downgrade = (s: Severity): Severity => (ctx.isTestFile ? (s === 'high' ? 'medium' : 'low') : s);

    function why(key: string): string {
      if (ISOLATION.has(key)) {
        return 'scripts in the page get Node.js access to the machine (full compromise from any XSS or remote content).';
      }
      return key === 'sandbox'
        ? 'the renderer runs without the OS sandbox.'
        : key === 'webSecurity'
          ? 'the same-origin policy is off: any page can read any other origin.'
          : 'the page may load insecure or experimental content.';
    }

    /** Names of objects used as `webPreferences` (`webPreferences: prefs`, `{ ...prefs }`), with keys set after the spread. */
    const used = new Map<string, Set<string>>();
    /** `const prefs = { ... }` declarations, by name (a name declared twice is ambiguous and dropped). */
    const declared = new Map<string, TSESTree.ObjectExpression | null>();

    function noteUse(holder: TSESTree.Property): void {
      const value = holder.value;
      const add = (name: string, overridden: Set<string>): void => {
        const prev = used.get(name);
        used.set(name, prev ? new Set([...prev].filter((k) => overridden.has(k))) : overridden);
      };
      if (value.type === 'Identifier') {
        add(value.name, new Set());
      } else if (value.type === 'ObjectExpression') {
        value.properties.forEach((p, i) => {
          if (p.type === 'SpreadElement' && p.argument.type === 'Identifier') {
            const later = value.properties.slice(i + 1).flatMap((q) => (q.type === 'Property' ? [propKey(ctx, q)] : []));
            add(p.argument.name, new Set(later.filter((k): k is string => k !== undefined)));
          }
        });
      }
    }

    function declarator(node: TSESTree.VariableDeclarator): void {
      if (node.id.type === 'Identifier' && node.init?.type === 'ObjectExpression') {
        declared.set(node.id.name, declared.has(node.id.name) ? null : node.init);
      }
    }

    function programExit(): void {
      for (const [name, overridden] of used) {
        const object = declared.get(name);
        for (const prop of object?.properties ?? []) {
          if (prop.type === 'Property' && !overridden.has(propKey(ctx, prop) ?? '')) {
            checkPreference(prop);
          }
        }
      }
    }

    function property(node: TSESTree.Property): void {
      if (propKey(ctx, node) === 'webPreferences') {
        noteUse(node);
      }
      const object = node.parent;
      const holder = object?.parent;
      if (object?.type !== 'ObjectExpression' || holder?.type !== 'Property' || propKey(ctx, holder) !== 'webPreferences') {
        return;
      }
      checkPreference(node);
    }

    function checkPreference(node: TSESTree.Property): void {
      const key = propKey(ctx, node);
      if (key === undefined) {
        return;
      }
      const unsafe = (UNSAFE_TRUE.has(key) && isTruthy(ctx, node.value)) || (UNSAFE_FALSE.has(key) && isFalsy(ctx, node.value));
      const severity: Severity = ISOLATION.has(key) || key === 'webSecurity' ? 'high' : 'medium';
      if (unsafe) {
        ctx.report({ node, messageId: 'preference', data: { code: clip(ctx, node), why: why(key) }, severity: downgrade(severity) });
        if (ISOLATION.has(key) || key === 'sandbox') {
          // Node.js in the page, or the page out of its sandbox, is an escape as much as a weak setting.
          const what = key === 'sandbox' ? 'runs outside the OS sandbox' : 'reaches Node.js and the machine directly';
          ctx.report({
            node,
            messageId: 'isolation',
            data: { code: clip(ctx, node), what },
            severity: downgrade(severity),
            category: 'sandbox-escape',
          });
        }
        return;
      }
      if (UNSAFE_TRUE.has(key) || UNSAFE_FALSE.has(key)) {
        const folded = productionValue(ctx, node.value);
        const offInProduction = folded && (UNSAFE_TRUE.has(key) ? Boolean(folded.value) : !folded.value);
        if (folded && offInProduction) {
          const vars = [...new Set(folded.vars)].map((v) => `\`${v}\``).join(', ');
          ctx.report({ node, messageId: 'envSwitch', data: { code: clip(ctx, node), vars, why: why(key) }, severity: downgrade(severity) });
        }
      }
    }

    function flagWhy(name: string): string {
      if (name.includes('sandbox')) {
        return 'without its sandbox: a compromised page runs with the full rights of the user';
      }
      if (name.includes('certificate') || name.includes('insecure-localhost')) {
        return 'without certificate checks: any certificate is accepted';
      }
      return 'without the same-origin policy or site isolation: pages can read each other';
    }

    function literal(node: TSESTree.Literal | TSESTree.TemplateLiteral): void {
      const parent = node.parent;
      const values = ctx.strings(node);
      if (!values || values.length !== 1) {
        return;
      }
      const inArray = parent?.type === 'ArrayExpression';
      const inSwitch =
        parent?.type === 'CallExpression' &&
        parent.arguments[0] === node &&
        /(^|\.)appendSwitch$/.test(ctx.text(parent.callee).replace(/\s+/g, ''));
      const name = inArray || inSwitch ? switchName(inSwitch ? values[0] : values[0].startsWith('--') ? values[0] : '') : undefined;
      if (name) {
        ctx.report({ node, messageId: 'flag', data: { flag: `--${name}`, why: flagWhy(name) }, severity: downgrade(SWITCHES[name]) });
      }
    }

    /**
     * `contextBridge.exposeInMainWorld('lazy', { load: (m) => require(m) })`: a preload that hands the page `require`,
     * `process`, `ipcRenderer` itself, or a function that loads a module or sends on a channel the page names. Whatever
     * runs in the page (remote content, an XSS) gets what the preload has.
     */
    function exposed(node: TSESTree.CallExpression): void {
      const refs = ctx.refs(node.callee);
      if (!refs.some((r) => r.module === 'electron' && r.path.join('.').replace(/^default\./, '') === 'contextBridge.exposeInMainWorld')) {
        return;
      }
      const api = node.arguments[1];
      if (!api || api.type === 'SpreadElement') {
        return;
      }
      const stack: Node[] = [api];
      for (let count = 0; stack.length > 0 && count < 2000; count++) {
        const n = stack.pop() as Node;
        const what = grants(n);
        if (what) {
          ctx.report({
            node: n,
            messageId: 'bridge',
            data: { code: clip(ctx, n), why: what },
            severity: downgrade('high'),
            category: 'sandbox-escape',
          });
          return;
        }
        pushChildren(stack, n);
      }
    }

    /** What one node of an exposed API gives the page, if it gives it the machine. */
    function grants(n: Node): string | undefined {
      if (n.type === 'Identifier' && (n.parent?.type === 'Property' ? n.parent.value === n : n.parent?.type !== 'MemberExpression')) {
        if (n.name === 'require' || n.name === 'process') {
          return `the page gets \`${n.name}\` itself`;
        }
        if (ctx.refs(n).some((r) => r.module === 'electron' && /ipcRenderer$/.test(r.path.join('.')))) {
          return 'the page can send any message to the main process';
        }
        if (
          ctx
            .refs(n)
            .some((r) => r.module !== undefined && /^(child_process|fs|fs\/promises|vm|module)$/.test(r.module) && r.path.length <= 1)
        ) {
          return 'the page gets a Node.js module that reaches the machine';
        }
      }
      if (n.type === 'CallExpression' || n.type === 'ImportExpression') {
        const fn = ctx.enclosingFunction(n);
        const params = new Set((fn as TSESTree.FunctionLike).params?.flatMap((p) => (p.type === 'Identifier' ? [p.name] : [])) ?? []);
        const first = n.type === 'ImportExpression' ? n.source : n.arguments[0];
        const fromPage = first?.type === 'Identifier' && params.has(first.name);
        if (!fromPage) {
          return undefined;
        }
        if (n.type === 'ImportExpression' || (n.callee.type === 'Identifier' && n.callee.name === 'require')) {
          return 'the page loads any module it names';
        }
        const method = n.callee.type === 'MemberExpression' ? ctx.text(n.callee.property) : '';
        if (/^(send|sendSync|invoke|postMessage)$/.test(method) && ctx.refs(n.callee).some((r) => r.module === 'electron')) {
          return 'the page chooses the IPC channel, so it can call every handler of the main process';
        }
      }
      return undefined;
    }

    /**
     * `window.nodeRequire = require`, `globalThis.ipc = ipcRenderer`, `window.cp = require('child_process')`: Node.js
     * handed to the page by assigning it to the page's global object (a preload without context isolation, a renderer
     * with Node integration). The whole object is what counts; one function the preload wrote is not flagged here.
     */
    function assigned(node: TSESTree.AssignmentExpression): void {
      const left = node.left;
      if (
        node.operator !== '=' ||
        left.type !== 'MemberExpression' ||
        left.object.type !== 'Identifier' ||
        !/^(window|globalThis|self)$/.test(left.object.name) ||
        !ctx.refs(left.object).some((r) => r.module === undefined)
      ) {
        return;
      }
      const what = wholeNode(node.right);
      if (what) {
        ctx.report({
          node,
          messageId: 'globalExposed',
          data: { code: clip(ctx, node), what },
          severity: downgrade('high'),
          category: 'sandbox-escape',
        });
      }
    }

    /** Node.js itself as a value: `require`, `process`, `ipcRenderer`, or a module that reaches the machine. */
    function wholeNode(value: Node): string | undefined {
      const refs = ctx.refs(value);
      if (value.type === 'Identifier' && value.name === 'require' && ctx.declarators('require').length === 0) {
        return "Node's `require` (every module, `child_process` included)";
      }
      if (value.type === 'Identifier' && refs.some((r) => r.module === undefined && r.path.length === 1 && r.path[0] === 'process')) {
        return 'the Node.js `process` object';
      }
      if (refs.some((r) => r.module === 'electron' && /(^|\.)ipcRenderer$/.test(r.path.join('.')))) {
        return '`ipcRenderer` itself (any message to the main process)';
      }
      const module = refs.find(
        (r) => r.module !== undefined && /^(child_process|fs|fs\/promises|vm|module|worker_threads)$/.test(r.module) && r.path.length <= 1,
      );
      return module ? `the Node.js module \`${module.module}\`` : undefined;
    }

    return {
      AssignmentExpression: assigned,
      CallExpression: exposed,
      Property: property,
      VariableDeclarator: declarator,
      'Program:exit': programExit,
      Literal: literal,
      TemplateLiteral: literal,
    };
  },
});
