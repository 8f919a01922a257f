import React from 'react';
import type { Note } from '../lib/store';

interface NoteCardProps {
  note: Note;
  onDelete?: (id: string) => void;
  onTagClick?: (tag: string) => void;
}

function excerpt(body: string, max = 160): string {
  if (body.length <= max) return body;
  const cut = body.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 0 ? lastSpace : max)}…`;
}

export function NoteCard({ note, onDelete, onTagClick }: NoteCardProps) {
  const updated = new Date(note.updatedAt).toLocaleDateString();
  return (
    <article className="note-card" data-note-id={note.id}>
      <header className="note-card__header">
        <h3>{note.title}</h3>
        <time dateTime={note.updatedAt}>{updated}</time>
      </header>
      <p className="note-card__body">{excerpt(note.body)}</p>
      <ul className="note-card__tags">
        {note.tags.map((tag) => (
          <li key={tag}>
            <button type="button" onClick={() => onTagClick?.(tag)}>
              #{tag}
            </button>
          </li>
        ))}
      </ul>
      {onDelete && (
        <button type="button" className="note-card__delete" onClick={() => onDelete(note.id)}>
          Delete
        </button>
      )}
    </article>
  );
}

export default NoteCard;
