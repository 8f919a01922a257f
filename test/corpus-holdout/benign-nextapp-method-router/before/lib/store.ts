export interface Note {
  id: string;
  title: string;
  body: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface NoteInput {
  title: string;
  body: string;
  tags?: string[];
}

const notes = new Map<string, Note>();
let counter = 0;

function nextId(): string {
  counter += 1;
  return `n_${Date.now().toString(36)}_${counter}`;
}

export function listNotes(tag?: string): Note[] {
  const all = Array.from(notes.values());
  const filtered = tag ? all.filter((n) => n.tags.includes(tag)) : all;
  return filtered.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function getNote(id: string): Note | undefined {
  return notes.get(id);
}

export function createNote(input: NoteInput): Note {
  const now = new Date().toISOString();
  const note: Note = {
    id: nextId(),
    title: input.title.trim(),
    body: input.body,
    tags: input.tags ?? [],
    createdAt: now,
    updatedAt: now,
  };
  notes.set(note.id, note);
  return note;
}

export function updateNote(id: string, patch: Partial<NoteInput>): Note | undefined {
  const existing = notes.get(id);
  if (!existing) return undefined;
  const updated: Note = {
    ...existing,
    title: patch.title !== undefined ? patch.title.trim() : existing.title,
    body: patch.body ?? existing.body,
    tags: patch.tags ?? existing.tags,
    updatedAt: new Date().toISOString(),
  };
  notes.set(id, updated);
  return updated;
}

export function deleteNote(id: string): boolean {
  return notes.delete(id);
}

export function clearNotes(): void {
  notes.clear();
  counter = 0;
}
