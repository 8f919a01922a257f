/** The editor adapters against a stub of the `vscode` module, and the manifest against the code. */
import './vscode-stub';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Finding, Range as FindingRange } from '../../src/core/model/finding';
import type { CritiqueFlag } from '../../src/core/view/critique';
import { actionsFor } from '../../src/extension/codeActions';
import { COMMAND, FOCUS_VIEW, VIEW_ID } from '../../src/extension/commandIds';
import { SETTINGS } from '../../src/extension/config';
import { AirlockDiagnostic, CritiqueDiagnostic, toDiagnostic, toDiagnostics, toRange } from '../../src/extension/diagnostics';
import { dispatch, sidebarHtml, type SidebarHandlers } from '../../src/extension/sidebar';
import { settings } from './vscode-stub';
import { Session } from '../../src/extension/session';
import { describeError, notifiable } from '../../src/extension/log';

const ROOT = '/repo';
const INFO = 'https://github.com/airlock-dev/airlock';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'ts/network-request',
    category: 'network',
    severity: 'medium',
    message: 'fetch sends a request to {{host}}.',
    path: 'src/api.ts',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 20,
    snippet: 'fetch(url)',
    fingerprint: 'f',
    source: 'static',
    ...over,
  };
}

describe('diagnostics mapper', () => {
  it('converts 1-based positions to 0-based ranges', () => {
    const range = toRange({ line: 3, column: 5, endLine: 4, endColumn: 2 });
    assert.deepEqual([range.start.line, range.start.character, range.end.line, range.end.character], [2, 4, 3, 1]);
    const fileLevel = toRange({ line: 1, column: 1, endLine: 1, endColumn: 1 });
    assert.deepEqual([fileLevel.start.line, fileLevel.end.character], [0, 0]);
  });

  it('maps severity, source, code with docs target, message and related locations', () => {
    const levels = (['high', 'medium', 'low', 'info'] as const).map((severity) => toDiagnostic(finding({ severity }), ROOT, INFO).severity);
    assert.deepEqual(levels, [
      vscode.DiagnosticSeverity.Error,
      vscode.DiagnosticSeverity.Warning,
      vscode.DiagnosticSeverity.Information,
      vscode.DiagnosticSeverity.Hint,
    ]);
    const d = toDiagnostic(
      finding({ related: [{ path: 'test/api.test.ts', line: 10, column: 1, endLine: 12, endColumn: 3, message: 'the deleted test' }] }),
      ROOT,
      INFO,
    );
    assert.ok(d instanceof AirlockDiagnostic);
    assert.equal(d.source, 'Airlock');
    assert.equal(d.message, 'fetch sends a request to {{host}}. [network, medium]');
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'ts/network-request');
    assert.equal(code.target.toString(), `https://github.com/airlock-dev/airlock/blob/main/docs/rules.md#ts-network-request`);
    assert.equal(d.relatedInformation?.length, 1);
    assert.equal(d.relatedInformation?.[0].location.uri.fsPath, '/repo/test/api.test.ts');
    assert.equal(d.relatedInformation?.[0].location.range.start.line, 9);
    assert.equal(d.relatedInformation?.[0].message, 'the deleted test');
  });

  it('groups diagnostics by file', () => {
    const map = toDiagnostics([finding(), finding({ path: 'b.ts' }), finding({ line: 9, endLine: 9 })], ROOT, INFO);
    assert.deepEqual(
      [...map].map(([p, list]) => [p, list.length]),
      [
        ['src/api.ts', 2],
        ['b.ts', 1],
      ],
    );
  });
});

describe('code actions', () => {
  it('offers resolve, critique, explain, show category and docs on an Airlock diagnostic', () => {
    const f = finding();
    const actions = actionsFor(toDiagnostic(f, ROOT, INFO));
    assert.deepEqual(
      actions.map((a) => [a.command?.command, a.command?.arguments]),
      [
        [COMMAND.resolveFlag, [f.fingerprint]],
        [COMMAND.critiqueFlag, [f.fingerprint]],
        [COMMAND.explainFlag, ['ts/network-request']],
        [COMMAND.showCategory, ['network']],
        [COMMAND.openRuleDocs, ['ts/network-request']],
      ],
    );
    assert.equal(actions[0].title, 'Airlock: Resolve…');
    assert.equal(actions[1].title, 'Airlock: Critique This Flag');
  });

  it('shows a located critique as its own diagnostic, resolvable like a static flag', () => {
    const flag: CritiqueFlag = {
      kind: 'critique',
      ruleId: 'model/critique',
      path: 'src/api.ts',
      range: { line: 3, column: 5, endLine: 3, endColumn: 12 },
      hunk: 'H1',
      hunkHash: 'h'.repeat(64),
      category: 'correctness',
      severity: 'medium',
      claim: 'Off by one.',
      reasoning: 'r',
      check: 'Is the last item read?',
      quote: 'i <= n',
      fingerprint: 'c'.repeat(32),
    };
    const diagnostic = new CritiqueDiagnostic(toRange(flag.range as FindingRange), flag);
    assert.equal(diagnostic.source, 'Airlock critique');
    assert.notEqual(diagnostic.source, 'Airlock');
    assert.equal(diagnostic.code, 'model/critique');
    assert.equal(diagnostic.message, 'Off by one. [correctness, medium] Check: Is the last item read?');
    assert.deepEqual(diagnostic.range, new vscode.Range(2, 4, 2, 11));
    assert.deepEqual(
      actionsFor(diagnostic).map((a) => [a.title, a.command?.command, a.command?.arguments]),
      [['Airlock: Resolve…', COMMAND.resolveFlag, [flag.fingerprint]]],
    );
  });

  it('recognizes a diagnostic handed back without its class, and ignores other sources', () => {
    const plain = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), 'x');
    plain.source = 'Airlock';
    plain.code = { value: 'ts/eval', target: vscode.Uri.parse(INFO) };
    // Without its finding there is no fingerprint to resolve: no Resolve… action.
    assert.equal(actionsFor(plain)[0].command?.command, COMMAND.explainFlag);
    assert.equal(actionsFor(plain)[1].command?.arguments?.[0], 'dynamic-code');
    const other = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), 'x');
    other.source = 'eslint';
    other.code = { value: 'ts/eval', target: vscode.Uri.parse(INFO) };
    assert.deepEqual(actionsFor(other), []);
  });
});

describe('notification text', () => {
  it('never lets workspace or model text become a command link in a notification', () => {
    const hostile = '[Show details](command:workbench.extensions.installExtension?%22evil.ext%22)/big.js';
    assert.doesNotMatch(notifiable(hostile), /\[[^\]]*\]\(/);
    assert.ok(notifiable(hostile).includes('command:workbench'), 'the text itself stays readable');
    assert.doesNotMatch(describeError(new Error(hostile)), /\[[^\]]*\]\(/);
  });
});

describe('sidebar adapter', () => {
  const webview = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', asWebviewUri: (u: vscode.Uri) => u };

  it('serves a fixed shell with a strict CSP, a nonce and no inline script or style', () => {
    const html = sidebarHtml(webview, vscode.Uri.file('/ext'), 'N0nce+/=');
    assert.match(html, /default-src 'none'/);
    assert.match(html, /script-src 'nonce-N0nce\+\/='/);
    assert.match(html, new RegExp(`style-src ${webview.cspSource.replace(/[.+]/g, '\\$&')}[;"]`));
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|https?:\/\/(?!file\+)/);
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0][1], /nonce="N0nce\+\/=" src="file:\/ext\/media\/sidebar\.js"/);
    assert.equal(scripts[0][2], '');
  });

  it('dispatches each message to its handler and maps actions by name', () => {
    const calls: string[] = [];
    const handlers: SidebarHandlers = {
      state: () => {
        calls.push('state');
        return new Session().sidebarState();
      },
      open: (i) => calls.push(`open ${i}`),
      explain: (i) => calls.push(`explain ${i}`),
      resolve: (i) => calls.push(`resolve ${i}`),
      openCritique: (i) => calls.push(`open critique ${i}`),
      resolveCritique: (i) => calls.push(`resolve critique ${i}`),
      closeExplain: () => calls.push('close'),
      filter: (f) => calls.push(`filter ${f.categories.join()}|${f.severities.join()}`),
      action: (a) => calls.push(`action ${a}`),
    };
    const posted: unknown[] = [];
    dispatch({ type: 'ready' }, handlers, (m) => posted.push(m));
    dispatch({ type: 'open', index: 2 }, handlers, () => undefined);
    dispatch({ type: 'explain', index: 1 }, handlers, () => undefined);
    dispatch({ type: 'resolve', index: 3 }, handlers, () => undefined);
    dispatch({ type: 'openCritique', index: 4 }, handlers, () => undefined);
    dispatch({ type: 'resolveCritique', index: 5 }, handlers, () => undefined);
    dispatch({ type: 'filter', categories: ['network'], severities: ['high'] }, handlers, () => undefined);
    dispatch({ type: 'action', action: 'audit' }, handlers, () => undefined);
    dispatch({ type: 'action', action: 'critique' }, handlers, () => undefined);
    assert.deepEqual(calls, [
      'state',
      'open 2',
      'explain 1',
      'resolve 3',
      'open critique 4',
      'resolve critique 5',
      'filter network|high',
      'action audit',
      'action critique',
    ]);
    assert.equal((posted[0] as { type: string }).type, 'state');
  });
});

describe('session', () => {
  afterEach(() => settings.clear());

  it('applies airlock.minSeverity and the filters to what it shows', () => {
    const session = new Session();
    let fired = 0;
    session.onDidChange(() => fired++);
    const findings = [finding({ severity: 'high' }), finding({ severity: 'low', line: 9, endLine: 9 })].map((f) => ({
      ...f,
      code: '',
      messageId: 'm',
    }));
    session.setResults({ mode: 'audit', title: 'Audit', root: ROOT, findings, notAnalyzed: [], filesAnalyzed: 1 });
    assert.equal(session.visible().length, 2);
    settings.set('minSeverity', 'medium');
    assert.equal(session.visible().length, 1);
    assert.equal(session.sidebarState().progress, '1 flag');
    session.explainRule('ts/eval');
    assert.equal(session.sidebarState().explain?.ruleId, 'ts/eval');
    session.replaceFile('src/api.ts', []);
    assert.equal(session.sidebarState().total, 0);
    session.clear();
    assert.equal(session.sidebarState().status, 'idle');
    assert.ok(fired >= 4);
  });
});

describe('manifest', () => {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    activationEvents: string[];
    main: string;
    capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } };
    contributes: {
      commands: { command: string; category: string }[];
      configuration: { properties: Record<string, { scope?: string }> };
      views: Record<string, { id: string; type: string }[]>;
      viewsContainers: { activitybar: { id: string; icon: string }[] };
      menus: { commandPalette: { command: string; when: string }[] };
      walkthroughs: {
        id: string;
        steps: { id: string; description: string; media: { markdown: string }; completionEvents: string[] }[];
      }[];
    };
  };

  it('has a getting-started walkthrough whose steps link real commands and shipped pages', () => {
    const [walkthrough] = pkg.contributes.walkthroughs;
    assert.deepEqual(
      walkthrough.steps.map((s) => s.id),
      ['review', 'read', 'gate', 'critique'],
    );
    const known = new Set<string>([...Object.values(COMMAND), FOCUS_VIEW]);
    for (const step of walkthrough.steps) {
      const linked = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      assert.ok(linked.length > 0, step.id);
      for (const command of linked) {
        assert.ok(known.has(command), `${step.id} links ${command}`);
      }
      for (const event of step.completionEvents.filter((e) => e.startsWith('onCommand:'))) {
        assert.ok(known.has(event.slice('onCommand:'.length)), event);
      }
      const page = readFileSync(path.join(__dirname, '..', '..', step.media.markdown), 'utf8');
      assert.match(page, /^# /, step.media.markdown);
    }
  });

  it('contributes exactly the registered commands, all in the Airlock category', () => {
    const contributed = pkg.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(contributed, Object.values(COMMAND).sort());
    assert.ok(pkg.contributes.commands.every((c) => c.category === 'Airlock'));
    const hidden = pkg.contributes.menus.commandPalette.filter((m) => m.when === 'false').map((m) => m.command);
    assert.deepEqual(hidden.sort(), [COMMAND.explainFlag, COMMAND.showCategory, COMMAND.critiqueFlag].sort());
  });

  it('declares every setting the config module reads, each with a scope', () => {
    const properties = pkg.contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties).sort(), SETTINGS.map((s) => `airlock.${s}`).sort());
    assert.ok(Object.values(properties).every((p) => typeof p.scope === 'string'));
    for (const restricted of pkg.capabilities.untrustedWorkspaces.restrictedConfigurations) {
      assert.ok(restricted in properties, restricted);
    }
    // Where code is sent and what may be spent are never up to the workspace under review.
    const critique = Object.entries(properties).filter(([k]) => k.startsWith('airlock.critique.'));
    assert.ok(critique.length >= 5);
    for (const [key, p] of critique) {
      assert.equal(p.scope, 'application', key);
    }
  });

  it('activates through its contributions only, with limited trust and a webview view', () => {
    assert.deepEqual(pkg.activationEvents, []);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.contributes.viewsContainers.activitybar[0].icon, 'media/airlock.svg');
    assert.deepEqual(pkg.contributes.views.airlock, [{ type: 'webview', id: VIEW_ID, name: 'Review', contextualTitle: 'Airlock' }]);
    assert.equal(FOCUS_VIEW, `${VIEW_ID}.focus`);
  });
});
