/**
 * SARIF 2.1.0, as code scanning platforms and Microsoft's validator expect it: full rule
 * metadata, relative URIs against %SRCROOT%, regions with snippets, Airlock's own fingerprint
 * plus GitHub's `primaryLocationLineHash`, and the capability delta in the run's properties.
 */
import type { Severity } from '../model/finding';
import type { GateFlagResult } from '../gate/gate';
import type { RuleMeta } from '../engine/rule';
import { FINGERPRINT_VERSION } from '../engine/fingerprint';
import { ruleDocsUri, type ReportData, type ReportFinding } from './model';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub reads `security-severity` (0-10) to rank security alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');
}

export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function exampleText(example: unknown): string {
  return typeof example === 'string' ? example : JSON.stringify(example);
}

function ruleDescriptor(meta: RuleMeta<unknown>, informationUri: string): Record<string, unknown> {
  const bad = meta.incorrect.map(exampleText).filter((e) => !e.startsWith('{'));
  const good = meta.correct.map(exampleText).filter((e) => !e.startsWith('{'));
  const markdown = [
    `**${meta.summary}**`,
    '',
    meta.why,
    ...(bad.length > 0 ? ['', 'Flagged:', '', ...bad.map((e) => `    ${e}`)] : []),
    ...(good.length > 0 ? ['', 'Not flagged:', '', ...good.map((e) => `    ${e}`)] : []),
  ].join('\n');
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: sentence(meta.summary) },
    fullDescription: { text: sentence(meta.why) },
    help: { text: `${sentence(meta.summary)} ${sentence(meta.why)}`, markdown },
    helpUri: ruleDocsUri(informationUri, meta.id),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      category: meta.category,
      tags: ['security', meta.category],
      precision: 'medium',
      'security-severity': SECURITY_SEVERITY[meta.severity],
    },
  };
}

function region(f: { line: number; column: number; endLine: number; endColumn: number }, snippet?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    startLine: f.line,
    startColumn: f.column,
    endLine: f.endLine,
    endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column : 1),
  };
  if (snippet) {
    out.snippet = { text: snippet };
  }
  return out;
}

function result(f: ReportFinding, ruleIndex: number, state?: GateFlagResult): Record<string, unknown> {
  const partialFingerprints: Record<string, string> = { [FINGERPRINT_VERSION]: f.fingerprint };
  if (f.lineHash) {
    partialFingerprints.primaryLocationLineHash = f.lineHash;
  }
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: sentence(f.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(f.path), uriBaseId: '%SRCROOT%' },
          region: region(f, f.snippet),
        },
      },
    ],
    partialFingerprints,
    properties: {
      category: f.category,
      severity: f.severity,
      source: f.source,
      ...(f.side ? { side: f.side } : {}),
      ...(state ? { state: state.state, reason: state.reason, blocking: state.blocking } : {}),
    },
  };
  if (state?.state === 'resolved' && state.resolution) {
    const r = state.resolution;
    out.suppressions = [
      {
        kind: 'external',
        status: 'accepted',
        justification: `${r.verdict ?? 'resolved'} by ${r.reviewer.name} <${r.reviewer.email}> at ${r.time}${r.note ? `: ${r.note}` : ''}`,
      },
    ];
  }
  if (f.related && f.related.length > 0) {
    out.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      message: { text: sentence(r.message) },
      physicalLocation: {
        artifactLocation: { uri: encodePath(r.path), uriBaseId: '%SRCROOT%' },
        region: region(r),
      },
    }));
  }
  return out;
}

function rootUri(root: string): string {
  const posix = root.split('\\').join('/');
  const withSlash = posix.endsWith('/') ? posix : `${posix}/`;
  const prefixed = withSlash.startsWith('/') ? withSlash : `/${withSlash}`;
  return `file://${encodePath(prefixed)}`;
}

/**
 * The rules of model flags: critiques and suspicion gaps, from `review --critique` or recorded for
 * the merge gate, where a person resolves them like any flag. One id each, wherever they appear.
 */
const MODEL_FLAG_RULES = [
  {
    id: 'model/critique',
    name: 'ModelCritique',
    shortDescription: { text: 'A recorded model critique of the change: a flag a person must resolve.' },
    fullDescription: {
      text: 'A model read the change and wrote this critique, anchored to the code it quotes (and recorded in .airlock/critiques.jsonl for the merge gate). It adds a flag; it never removes or resolves a static one.',
    },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['security', 'model'], precision: 'low' },
  },
  {
    id: 'model/suspicion-gap',
    name: 'ModelSuspicionGap',
    shortDescription: { text: 'A model rated this hunk likely unsafe or wrong and did not say why: a person must read it.' },
    fullDescription: {
      text: 'The gap between what a model can tell and what it will explain is where a person must look: read this hunk closely.',
    },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['security', 'model'], precision: 'low' },
  },
];

function critiqueResults(data: ReportData, index: ReadonlyMap<string, number>): Record<string, unknown>[] {
  const run = data.critique;
  if (!run) {
    return [];
  }
  const location = (path: string, range?: { line: number; column: number; endLine: number; endColumn: number }) => ({
    physicalLocation: {
      artifactLocation: { uri: encodePath(path), uriBaseId: '%SRCROOT%' },
      ...(range ? { region: region(range) } : {}),
    },
  });
  return [
    ...run.critiques.map((c) => ({
      ruleId: 'model/critique',
      ruleIndex: index.get('model/critique') ?? -1,
      level: LEVEL[c.severity],
      message: { text: sentence(c.claim) },
      locations: [location(c.path, c.range)],
      properties: {
        source: 'model',
        category: c.category,
        severity: c.severity,
        anchored: c.range !== undefined,
        ...(c.unanchored ? { unanchored: c.unanchored } : {}),
        quote: c.quote,
        reasoning: c.reasoning,
        check: c.check,
        hunk: c.hunk,
        model: run.model,
      },
    })),
    ...run.gaps.map((g) => ({
      ruleId: 'model/suspicion-gap',
      ruleIndex: index.get('model/suspicion-gap') ?? -1,
      level: 'warning',
      message: {
        text: `The model rates this hunk ${Math.round(g.probability * 100)}% likely to be unsafe or wrong, and wrote no critique of it: read it closely.`,
      },
      locations: [location(g.path, g.range)],
      properties: { source: 'model', anchored: true, probability: g.probability, hunk: g.hunk, model: run.model },
    })),
  ];
}

export function toSarif(data: ReportData): Record<string, unknown> {
  const rules: Record<string, unknown>[] = data.rules.map((meta) => ruleDescriptor(meta, data.tool.informationUri));
  const index = new Map(data.rules.map((meta, i) => [meta.id, i]));
  for (const rule of MODEL_FLAG_RULES) {
    if (data.critique || data.findings.some((f) => f.source === 'model' && f.ruleId === rule.id)) {
      index.set(rule.id, rules.length);
      rules.push(rule);
    }
  }
  const notifications = [
    ...data.errors.map((message) => ({ level: 'error', message: { text: sentence(message) } })),
    ...(data.critique?.errors ?? []).map((message) => ({ level: 'warning', message: { text: sentence(`Model critique: ${message}`) } })),
    ...data.notAnalyzed.map((n) => ({
      level: 'warning',
      message: { text: sentence(`Not analyzed: ${n.path}: ${n.reason}`) },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(n.path), uriBaseId: '%SRCROOT%' } } }],
    })),
  ];
  const properties: Record<string, unknown> = { command: data.command, filesAnalyzed: data.filesAnalyzed };
  if (data.base !== undefined) {
    properties.base = data.base;
  }
  if (data.capabilityDelta) {
    properties.capabilityDelta = data.capabilityDelta;
  }
  if (data.shard) {
    properties.shard = { index: data.shard.index, count: data.shard.count };
  }
  if (data.critique) {
    const c = data.critique;
    properties.critique = { model: c.model, endpoint: c.endpoint, usage: c.usage, notCritiqued: c.notCritiqued, dropped: c.dropped };
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: data.tool.name,
            version: data.tool.version,
            semanticVersion: data.tool.version,
            informationUri: data.tool.informationUri,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: data.errors.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        // A shard uploaded on its own is its own code scanning category (the id up to its last slash).
        ...(data.shard ? { automationDetails: { id: `airlock/scan/shard-${data.shard.index}-of-${data.shard.count}/` } } : {}),
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri(data.root) } },
        columnKind: 'utf16CodeUnits',
        results: [
          ...data.findings.map((f) => result(f, index.get(f.ruleId) ?? -1, data.states?.get(f.fingerprint))),
          ...critiqueResults(data, index),
        ],
        properties,
      },
    ],
  };
}

export function formatSarif(data: ReportData): string {
  return `${JSON.stringify(toSarif(data), null, 2)}\n`;
}
