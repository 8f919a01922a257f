import type { NoteInput } from './store';

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

const MAX_TITLE = 120;
const MAX_BODY = 20_000;
const MAX_TAGS = 10;
const TAG_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;

export function normalizeTags(tags: readonly string[]): { tags: string[]; invalid: string[] } {
  const seen = new Set<string>();
  const invalid: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().toLowerCase().replace(/\s+/g, '-');
    if (!TAG_PATTERN.test(tag)) {
      invalid.push(raw);
      continue;
    }
    seen.add(tag);
  }
  return { tags: [...seen], invalid };
}

export function validateNoteInput(raw: unknown): ValidationResult & { value?: NoteInput } {
  const errors: string[] = [];
  if (typeof raw !== 'object' || raw === null) {
    return { ok: false, errors: ['body must be a JSON object'] };
  }
  const { title, body, tags } = raw as Record<string, unknown>;

  if (typeof title !== 'string' || title.trim().length === 0) {
    errors.push('title is required');
  } else if (title.length > MAX_TITLE) {
    errors.push(`title must be at most ${MAX_TITLE} characters`);
  }

  if (typeof body !== 'string') {
    errors.push('body must be a string');
  } else if (body.length > MAX_BODY) {
    errors.push(`body must be at most ${MAX_BODY} characters`);
  }

  let normalized: string[] | undefined;
  if (tags !== undefined && (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))) {
    errors.push('tags must be an array of strings');
  } else if (Array.isArray(tags)) {
    const result = normalizeTags(tags as string[]);
    if (result.invalid.length > 0) {
      errors.push(`invalid tag(s): ${result.invalid.join(', ')}`);
    }
    if (result.tags.length > MAX_TAGS) {
      errors.push(`at most ${MAX_TAGS} tags are allowed`);
    }
    normalized = result.tags;
  }

  if (errors.length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    errors,
    value: { title: title as string, body: body as string, tags: normalized },
  };
}
