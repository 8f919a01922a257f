import rule from '../../../src/core/rules/ts/electron-insecure';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "import { contextBridge, ipcRenderer } from 'electron';\ncontextBridge.exposeInMainWorld('notes', { open: () => ipcRenderer.invoke('notes:open'), save: (text) => ipcRenderer.invoke('notes:save', text) });",
    'const pluginCompat = { nodeIntegration: true };\nnew BrowserWindow({ webPreferences: { ...pluginCompat, nodeIntegration: false } });',
    'const defaults = { nodeIntegration: true, contextIsolation: false };\nconsole.log(defaults);',
    "const prefs = { preload: path.join(__dirname, 'preload.js'), contextIsolation: true };\nnew BrowserWindow({ webPreferences: prefs });",
    'const opts = { sandbox: false };\nnew BrowserWindow({ width: 800, ...opts });',
    "new BrowserWindow({ webPreferences: { preload: path.join(__dirname, 'preload.js'), contextIsolation: true, sandbox: true } });",
    "const browser = await puppeteer.launch({ args: ['--disable-gpu'] });",
    'const config = { sandbox: false };',
    "const flags = ['--verbose', '--no-color'];",
    'new BrowserWindow({ webPreferences: { nodeIntegration: false } });',
    "const msg = '--no-sandbox is not needed';",
    "const help = 'pass --disable-web-security only in dev';",
    'const opts = { nodeIntegration: true };',
    "cli.option('--no-sandbox-check');",
    // switches decided by the environment that stay safe in a production run
    "new BrowserWindow({ webPreferences: { contextIsolation: process.env.LEGACY_PLUGINS !== '1' } });",
    "new BrowserWindow({ webPreferences: { nodeIntegration: process.env.NODE_ENV === 'test' } });",
    "new BrowserWindow({ webPreferences: { sandbox: process.env.NODE_ENV === 'production' } });",
    'new BrowserWindow({ webPreferences: { contextIsolation: isolated } });',
    {
      name: 'a preload API object put on window, and single wrapped functions',
      code: "const { ipcRenderer } = require('electron');\nconst api = { listNotes: () => ipcRenderer.invoke('notes:list') };\nwindow.jotter = api;\nwindow.openNote = (id) => ipcRenderer.invoke('notes:open', id);",
      filename: 'preload.js',
    },
    {
      name: 'browser polyfills and a local require',
      code: "import process from 'process/browser';\nimport { Buffer } from 'buffer';\nwindow.process = process;\nwindow.Buffer = Buffer;\nglobalThis.require = createRequire(import.meta.url);",
      filename: 'src/polyfills.ts',
    },
    {
      name: 'a require of its own (an AMD loader), and a property of another object',
      code: 'const require = makeLoader();\nwindow.require = require;\nconst ctx = {};\nctx.req = require;',
      filename: 'src/loader.js',
    },
  ],
  invalid: [
    {
      name: "Node's require published on window by a preload without isolation",
      code: "const { contextBridge } = require('electron');\nif (process.contextIsolated) {\n  contextBridge.exposeInMainWorld('jotter', api);\n} else {\n  window.jotter = api;\n  window.nodeRequire = require;\n}",
      filename: 'preload.js',
      errors: [{ messageId: 'globalExposed', line: 6, severity: 'high', category: 'sandbox-escape' }],
    },
    {
      name: 'process, ipcRenderer and child_process put on the page globals',
      code: "const { ipcRenderer } = require('electron');\nwindow.proc = process;\nglobalThis.ipc = ipcRenderer;\nself.cp = require('node:child_process');",
      filename: 'src/renderer/preload.js',
      errors: [
        { messageId: 'globalExposed', line: 2, category: 'sandbox-escape' },
        { messageId: 'globalExposed', line: 3, category: 'sandbox-escape' },
        { messageId: 'globalExposed', line: 4, category: 'sandbox-escape' },
      ],
    },
    {
      name: 'require given through contextBridge as a shorthand property',
      code: "const { contextBridge } = require('electron');\ncontextBridge.exposeInMainWorld('node', { require });",
      filename: 'preload.js',
      errors: [{ messageId: 'bridge', line: 2, category: 'sandbox-escape' }],
    },
    {
      code: "const { contextBridge } = require('electron');\ncontextBridge.exposeInMainWorld('lazy', {\n  load: (specifier) => require(specifier),\n});",
      errors: [{ messageId: 'bridge', line: 3, severity: 'high', category: 'sandbox-escape' }],
    },
    {
      code: "import { contextBridge, ipcRenderer } from 'electron';\ncontextBridge.exposeInMainWorld('api', { send: (channel, data) => ipcRenderer.invoke(channel, data) });",
      errors: [{ messageId: 'bridge', line: 2 }],
    },
    {
      code: "import { contextBridge, ipcRenderer } from 'electron';\ncontextBridge.exposeInMainWorld('ipc', ipcRenderer);",
      errors: [{ messageId: 'bridge', line: 2 }],
    },
    // switches decided by the environment that come out unsafe in a production run
    {
      code: "new BrowserWindow({ webPreferences: { contextIsolation: process.env.NOTES_LEGACY_PLUGINS === '0' } });",
      errors: [{ messageId: 'envSwitch', severity: 'high', category: 'insecure-config' }],
    },
    {
      code: "const dev = true;\nnew BrowserWindow({ webPreferences: { nodeIntegration: process.env.NODE_ENV !== 'test' } });",
      errors: [{ messageId: 'envSwitch', line: 2 }],
    },
    {
      code: 'new BrowserWindow({ webPreferences: { sandbox: Boolean(process.env.STRICT_SANDBOX) } });',
      errors: [{ messageId: 'envSwitch', severity: 'medium' }],
    },
    {
      code: "new BrowserWindow({ webPreferences: { webSecurity: process.env.NODE_ENV === 'production' ? !!process.env.DEV : true } });",
      errors: [{ messageId: 'envSwitch' }],
    },
    {
      code: "new BrowserWindow({ webPreferences: { contextIsolation: !(process.env['PLUGIN_MODE'] === 'legacy' || true) } });",
      errors: [{ messageId: 'envSwitch' }],
    },
    {
      code: 'const pluginCompat = {\n  nodeIntegration: true,\n  contextIsolation: false,\n};\nnew BrowserWindow({ webPreferences: { ...pluginCompat, preload } });',
      errors: [
        { messageId: 'preference', severity: 'high', line: 2 },
        { messageId: 'isolation', severity: 'high', line: 2, category: 'sandbox-escape' },
        { messageId: 'preference', severity: 'high', line: 3 },
        { messageId: 'isolation', severity: 'high', line: 3, category: 'sandbox-escape' },
      ],
    },
    {
      code: 'const pluginCompat = { nodeIntegration: true, webSecurity: false };\nconst win = new BrowserWindow({ width: 800, webPreferences: pluginCompat });',
      errors: [
        { messageId: 'preference', severity: 'high', line: 1 },
        { messageId: 'isolation', category: 'sandbox-escape' },
        { messageId: 'preference', severity: 'high', line: 1 },
      ],
    },
    {
      name: 'a key overridden after the spread is not flagged, the rest is',
      code: 'const legacy = {\n  nodeIntegration: true,\n  sandbox: false,\n};\nnew BrowserWindow({ webPreferences: { ...legacy, nodeIntegration: false } });',
      errors: [
        { messageId: 'preference', severity: 'medium', line: 3 },
        { messageId: 'isolation', severity: 'medium', line: 3, category: 'sandbox-escape' },
      ],
    },
    {
      code: 'new BrowserWindow({ webPreferences: compat });\nvar compat = { contextIsolation: false };',
      errors: [
        { messageId: 'preference', severity: 'high', line: 2 },
        { messageId: 'isolation', category: 'sandbox-escape' },
      ],
    },
    {
      code: 'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
      errors: [
        { messageId: 'preference', severity: 'high' },
        { messageId: 'isolation', category: 'sandbox-escape' },
        { messageId: 'preference', severity: 'high' },
        { messageId: 'isolation', category: 'sandbox-escape' },
      ],
    },
    {
      code: 'const win = new BrowserWindow({\n  width: 800,\n  webPreferences: {\n    nodeIntegration: true,\n    contextIsolation: false,\n    webSecurity: false,\n    sandbox: false,\n  },\n});',
      errors: [
        { messageId: 'preference', line: 4 },
        { messageId: 'isolation', line: 4 },
        { messageId: 'preference', line: 5 },
        { messageId: 'isolation', line: 5 },
        { messageId: 'preference', line: 6, severity: 'high' },
        { messageId: 'preference', line: 7, severity: 'medium' },
        { messageId: 'isolation', line: 7, severity: 'medium', category: 'sandbox-escape' },
      ],
    },
    { code: 'const prefs = { webPreferences: { webSecurity: false } };', errors: [{ messageId: 'preference' }] },
    {
      code: "const prefs = { 'webPreferences': { ['node' + 'Integration']: true } };",
      errors: [{ messageId: 'preference' }, { messageId: 'isolation', category: 'sandbox-escape' }],
    },
    {
      code: 'new BrowserWindow({ webPreferences: { allowRunningInsecureContent: true } });',
      errors: [{ messageId: 'preference', severity: 'medium' }],
    },
    {
      code: 'new BrowserWindow({ webPreferences: { enableRemoteModule: true, nodeIntegrationInSubFrames: true } });',
      errors: [
        { messageId: 'preference' },
        { messageId: 'isolation', category: 'sandbox-escape' },
        { messageId: 'preference' },
        { messageId: 'isolation', category: 'sandbox-escape' },
      ],
    },
    {
      code: "const browser = await puppeteer.launch({ args: ['--no-sandbox', '--disable-web-security'] });",
      errors: [
        { messageId: 'flag', severity: 'medium' },
        { messageId: 'flag', severity: 'high' },
      ],
    },
    { code: "await chromium.launch({ args: ['--ignore-certificate-errors'] });", errors: [{ messageId: 'flag', severity: 'high' }] },
    { code: "const args = ['--disable-setuid-sandbox'];", errors: [{ messageId: 'flag' }] },
    { code: "const args = [`--no-${'sandbox'}`];", errors: [{ messageId: 'flag' }] },
    { code: "app.commandLine.appendSwitch('ignore-certificate-errors');", errors: [{ messageId: 'flag', severity: 'high' }] },
    { code: "app.commandLine.appendSwitch('disable-web-security');", errors: [{ messageId: 'flag' }] },
    {
      code: "const browser = await puppeteer.launch({ args: ['--no-sandbox'] });",
      filename: 'test/e2e.test.ts',
      errors: [{ messageId: 'flag', severity: 'low' }],
    },
  ],
});
