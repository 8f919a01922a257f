import { useMemo, useState } from 'react';
import type { User } from '../api/client';
import { formatDate } from '../utils/format';

interface UsersTableProps {
  users: User[];
  onSelect?: (user: User) => void;
}

const SEARCH_TIPS = [
  'Search matches names and email addresses.',
  'Try searching for just the email domain, e.g. "@example.com".',
  'Searches are case-insensitive.',
];

function EmptyState({ query, onClear }: { query: string; onClear: () => void }) {
  const [tip] = useState(() => SEARCH_TIPS[Math.floor(Math.random() * SEARCH_TIPS.length)]);
  return (
    <div className="users__empty">
      <p>No users match “{query}”.</p>
      <p className="users__tip">{tip}</p>
      <button type="button" onClick={onClear}>
        Clear search
      </button>
    </div>
  );
}

const ROLE_LABELS: Record<User['role'], string> = {
  admin: 'Admin',
  member: 'Member',
  viewer: 'Viewer',
};

export function UsersTable({ users, onSelect }: UsersTableProps) {
  const [query, setQuery] = useState('');

  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return users;
    return users.filter((u) => u.name.toLowerCase().includes(q) || u.email.toLowerCase().includes(q));
  }, [users, query]);

  return (
    <section className="users">
      <input
        className="users__search"
        type="search"
        placeholder="Search users"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <table className="users__table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Role</th>
            <th>Last active</th>
          </tr>
        </thead>
        <tbody>
          {filtered.map((user) => (
            <tr key={user.id} onClick={() => onSelect?.(user)}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{ROLE_LABELS[user.role]}</td>
              <td>{formatDate(user.lastActiveAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {filtered.length === 0 && <EmptyState query={query} onClear={() => setQuery('')} />}
    </section>
  );
}
