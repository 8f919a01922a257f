/**
 * The sidebar's message protocol, both ways. The extension owns the state and pushes it whole
 * (`state`); the webview sends back only the small, allow-listed messages below, which
 * `parseWebviewMessage` validates. A message names a card by its index in the pushed state and an
 * action by an allow-listed name — never a command id.
 */
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../model/finding';
import type { CritiqueCardView, CritiqueSummaryView } from './critique';

export type ViewStatus = 'no-folder' | 'idle' | 'loading' | 'ready' | 'error' | 'not-git';

/** `open`: no gate information (an audit, or the gate could not run); the others are the gate's states. */
export type FlagState = 'open' | 'unresolved' | 'resolved' | 'stale' | 'invalid';
export const FLAG_STATES: readonly FlagState[] = ['unresolved', 'stale', 'invalid', 'resolved', 'open'];

export interface ResolutionView {
  /** `fixed`, `accepted-risk`, `false-positive`, or `reopened`. */
  verdict: string;
  reviewer: string;
  time: string;
  note: string;
}

/** What the merge gate says about the repository, shown above the cards. */
export interface GateView {
  status: 'blocked' | 'ready' | 'error';
  /** "Merge blocked: 3 flags need a person", "Ready to merge", or the error. */
  text: string;
  blocking: number;
  resolved: number;
  total: number;
}

export interface CardView {
  /** Index into the findings the state was built from; the webview sends it back to open the card. */
  index: number;
  severity: Severity;
  category: Category;
  ruleId: string;
  message: string;
  path: string;
  line: number;
  column: number;
  /** The flagged source line(s), shown as text. */
  snippet: string;
  state: FlagState;
  /** The short id `airlock resolve` takes. */
  id: string;
  /** Why the flag is in its state (the gate's reason), when the gate ran. */
  reason?: string;
  resolution?: ResolutionView;
}

export type CritiqueCardViewList = CritiqueCardView[];

export interface CategoryGroupView {
  category: Category;
  cards: CardView[];
}

export interface FileGroupView {
  path: string;
  count: number;
  categories: CategoryGroupView[];
  /** Model critiques of this file, shown beside its static flags. */
  critiques: CritiqueCardView[];
}

export interface DeltaView {
  summary: string;
  adds: { category: Category; kind: 'adds' | 'weakens' | 'hides'; label: string; findings: number }[];
}

export interface ExplainView {
  ruleId: string;
  category: Category;
  severity: Severity;
  summary: string;
  why: string;
}

export interface Filters {
  /** Selected categories; empty means every category. */
  categories: Category[];
  /** Selected severities; empty means every severity. */
  severities: Severity[];
  /** Selected states (open, unresolved, resolved, stale, invalid); empty or absent means every state. */
  states?: FlagState[];
}

export interface SidebarState {
  status: ViewStatus;
  /** What the results are: "Review against HEAD (1a2b3c4d5e6f)", "Audit of my-app". */
  title: string;
  /** The loading progress, the error message, or the reason a state is empty. */
  detail: string;
  mode?: 'review' | 'audit';
  delta?: DeltaView;
  groups: FileGroupView[];
  /** "3 flags", "3 flags (1 shown)". */
  progress: string;
  total: number;
  shown: number;
  filters: Filters;
  available: {
    categories: { category: Category; count: number }[];
    severities: { severity: Severity; count: number }[];
    states?: { state: FlagState; count: number }[];
  };
  explain?: ExplainView;
  /** Files that could not be analyzed (each is also a flag). */
  notAnalyzed: number;
  gate?: GateView;
  /** The last model critique run (reviews only). */
  critique?: CritiqueSummaryView;
}

export type HostMessage = { type: 'state'; state: SidebarState };

/** What the empty states' buttons may ask for; the extension maps each name to its own command. */
export const SIDEBAR_ACTIONS = [
  'review',
  'audit',
  'clear',
  'output',
  'whyBlocked',
  'installGate',
  'createKey',
  'critique',
  'setApiKey',
] as const;
export type SidebarAction = (typeof SIDEBAR_ACTIONS)[number];

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'open'; index: number }
  | { type: 'explain'; index: number }
  | { type: 'resolve'; index: number }
  | { type: 'openCritique'; index: number }
  | { type: 'resolveCritique'; index: number }
  | { type: 'closeExplain' }
  | { type: 'filter'; categories: Category[]; severities: Severity[]; states?: FlagState[] }
  | { type: 'action'; action: SidebarAction };

/** A card index the webview can plausibly send; the host still checks it against its own list. */
const MAX_INDEX = 10_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((k) => keys.includes(k)) && keys.every((k) => Object.prototype.hasOwnProperty.call(value, k));
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < MAX_INDEX;
}

function listOf<T extends string>(value: unknown, allowed: readonly T[]): T[] | undefined {
  if (!Array.isArray(value) || value.length > allowed.length) {
    return undefined;
  }
  const out: T[] = [];
  for (const item of value) {
    if (typeof item !== 'string' || !(allowed as readonly string[]).includes(item) || out.includes(item as T)) {
      return undefined;
    }
    out.push(item as T);
  }
  return out;
}

/** The message, if it is exactly one of the allowed shapes; undefined for anything else. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isRecord(value) || typeof value.type !== 'string') {
    return undefined;
  }
  switch (value.type) {
    case 'ready':
    case 'closeExplain':
      return hasOnlyKeys(value, ['type']) ? { type: value.type } : undefined;
    case 'open':
    case 'explain':
    case 'resolve':
    case 'openCritique':
    case 'resolveCritique':
      return hasOnlyKeys(value, ['type', 'index']) && isIndex(value.index) ? { type: value.type, index: value.index } : undefined;
    case 'filter': {
      const withStates = hasOnlyKeys(value, ['type', 'categories', 'severities', 'states']);
      if (!withStates && !hasOnlyKeys(value, ['type', 'categories', 'severities'])) {
        return undefined;
      }
      const categories = listOf(value.categories, CATEGORIES);
      const severities = listOf(value.severities, SEVERITIES);
      const states = withStates ? listOf(value.states, FLAG_STATES) : [];
      return categories && severities && states ? { type: 'filter', categories, severities, ...(withStates ? { states } : {}) } : undefined;
    }
    case 'action':
      return hasOnlyKeys(value, ['type', 'action']) &&
        typeof value.action === 'string' &&
        (SIDEBAR_ACTIONS as readonly string[]).includes(value.action)
        ? { type: 'action', action: value.action as SidebarAction }
        : undefined;
    default:
      return undefined;
  }
}
