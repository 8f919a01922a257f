/** A rule's documentation as Markdown, from its metadata (the same text as docs/rules.md). */
import type { RuleMeta } from '../engine/rule';

function example(e: unknown): string {
  const text = typeof e === 'string' ? e : JSON.stringify(e);
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return [fence + 'text', text, fence].join('\n');
}

/** Markdown meant for the built-in preview; examples are fenced so nothing in them renders as markup. */
export function ruleMarkdown(meta: RuleMeta<unknown>): string {
  const out = [
    `# ${meta.id}`,
    '',
    `**${meta.summary}**`,
    '',
    `Category: ${meta.category}. Default severity: ${meta.severity}.`,
    '',
    meta.why,
    '',
  ];
  if (meta.incorrect.length > 0) {
    out.push('## Flagged', '', ...meta.incorrect.map(example), '');
  }
  if (meta.correct.length > 0) {
    out.push('## Not flagged', '', ...meta.correct.map(example), '');
  }
  return out.join('\n');
}
