import type { NoteInput } from './store';

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

const MAX_TITLE = 120;
const MAX_BODY = 20_000;

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

  if (tags !== undefined && (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))) {
    errors.push('tags must be an array of strings');
  }

  if (errors.length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    errors,
    value: { title: title as string, body: body as string, tags: tags as string[] | undefined },
  };
}
