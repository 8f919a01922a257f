/**
 * The capability delta: which categories of risk a change brings into files whose base version
 * did not have them, grouped by what they do to the reviewer: capabilities the code gains
 * ("adds: network, secrets"), safeguards it weakens ("weakens: tests"), and ways it hides
 * ("hides: obfuscation"). Secrets or file reads and network requests in the same change are
 * called out together ("reads secrets and sends network requests"), and their findings point at
 * each other.
 */
import { CATEGORIES, type Category, type RelatedLocation } from '../model/finding';
import type { EngineFinding } from '../engine/analyze';

export type DeltaKind = 'adds' | 'weakens' | 'hides';

export interface CapabilityAddition {
  category: Category;
  kind: DeltaKind;
  /** How the summary names it ("tests" for evaluation-tampering). */
  label: string;
  /** Findings of this category in the change, in files whose base version had none. */
  findings: number;
  files: string[];
}

export interface CapabilityFlow {
  /** "reads secrets and sends network requests". */
  description: string;
  sources: Category[];
  files: string[];
}

export interface CapabilityDelta {
  summary: string;
  adds: CapabilityAddition[];
  flows: CapabilityFlow[];
}

const KIND: Record<Category, DeltaKind> = {
  randomness: 'adds',
  filesystem: 'adds',
  network: 'adds',
  process: 'adds',
  'dynamic-code': 'adds',
  'sandbox-escape': 'adds',
  secrets: 'adds',
  'supply-chain': 'adds',
  'evaluation-tampering': 'weakens',
  'insecure-config': 'weakens',
  obfuscation: 'hides',
  trigger: 'hides',
  'prompt-injection': 'hides',
};

const LABEL: Partial<Record<Category, string>> = {
  'evaluation-tampering': 'tests',
  'insecure-config': 'security settings',
  trigger: 'triggers',
  'prompt-injection': 'prompt injection',
  'supply-chain': 'dependencies',
};

/** At most this many related locations added to one finding by a flow. */
const MAX_FLOW_LINKS = 5;

export class DeltaBuilder {
  private readonly additions = new Map<Category, { findings: number; files: Set<string> }>();

  /** Records one changed file: the categories found in the change, and those its base version had. */
  addFile(path: string, changeCategories: readonly Category[], baseCategories: ReadonlySet<Category>): void {
    for (const category of changeCategories) {
      if (baseCategories.has(category)) {
        continue;
      }
      let entry = this.additions.get(category);
      if (!entry) {
        entry = { findings: 0, files: new Set() };
        this.additions.set(category, entry);
      }
      entry.findings++;
      entry.files.add(path);
    }
  }

  /** The delta; `findings` (the review's) gain related locations for the flows found. */
  build(findings: EngineFinding[] = []): CapabilityDelta {
    const adds: CapabilityAddition[] = CATEGORIES.filter((c) => this.additions.has(c)).map((category) => {
      const entry = this.additions.get(category) as { findings: number; files: Set<string> };
      return {
        category,
        kind: KIND[category],
        label: LABEL[category] ?? category,
        findings: entry.findings,
        files: [...entry.files].sort(),
      };
    });
    const flows = linkFlows(findings);
    const parts: string[] = [];
    for (const kind of ['adds', 'weakens', 'hides'] as const) {
      const labels = adds.filter((a) => a.kind === kind).map((a) => a.label);
      if (labels.length > 0) {
        parts.push(`${kind}: ${labels.join(', ')}`);
      }
    }
    let summary = parts.length === 0 ? 'this change adds no new capabilities' : `this change ${parts.join('; ')}`;
    if (flows.length > 0) {
      summary += ` (${flows.map((f) => f.description).join('; ')})`;
    }
    return { summary, adds, flows };
  }
}

/** A finding that reads something worth stealing: a secret, or a file (not a write). */
function sourceKind(f: EngineFinding): 'secrets' | 'files' | undefined {
  if (f.category === 'secrets') {
    return 'secrets';
  }
  if (f.category === 'filesystem' && /^(read|credential)/.test(f.messageId)) {
    return 'files';
  }
  return undefined;
}

/**
 * Secrets or file reads together with network requests in one change: the shape of exfiltration.
 * Each finding involved gets related locations pointing at the others.
 */
function linkFlows(findings: EngineFinding[]): CapabilityFlow[] {
  const own = findings.filter((f) => f.source === 'static' && !f.ruleId.startsWith('airlock/'));
  const network = own.filter((f) => f.category === 'network');
  if (network.length === 0) {
    return [];
  }
  const sources = own.filter((f) => sourceKind(f) !== undefined);
  if (sources.length === 0) {
    return [];
  }
  const kinds = new Set(sources.map((f) => sourceKind(f) as 'secrets' | 'files'));
  const reads = [kinds.has('secrets') ? 'secrets' : undefined, kinds.has('files') ? 'files' : undefined].filter((k) => k !== undefined);
  link(network, sources, 'reads data in the same change');
  link(sources, network, 'sent over the network in the same change');
  return [
    {
      description: `reads ${reads.join(' and ')} and sends network requests`,
      sources: [...new Set(sources.map((f) => f.category))],
      files: [...new Set([...sources, ...network].map((f) => f.path))].sort(),
    },
  ];
}

function link(targets: EngineFinding[], others: EngineFinding[], message: string): void {
  for (const target of targets) {
    const extra: RelatedLocation[] = others
      .filter((o) => o !== target)
      .slice(0, MAX_FLOW_LINKS)
      .map((o) => ({
        path: o.path,
        line: o.line,
        column: o.column,
        endLine: o.endLine,
        endColumn: o.endColumn,
        message: `${o.category}: ${message}`,
      }));
    if (extra.length > 0) {
      target.related = [...(target.related ?? []), ...extra];
    }
  }
}
