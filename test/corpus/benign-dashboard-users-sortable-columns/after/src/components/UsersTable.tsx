import { useMemo, useState } from 'react';
import type { User } from '../api/client';
import { formatDate } from '../utils/format';

interface UsersTableProps {
  users: User[];
  onSelect?: (user: User) => void;
}

type SortKey = 'name' | 'email' | 'role' | 'lastActiveAt';
type SortDir = 'asc' | 'desc';

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'role', label: 'Role' },
  { key: 'lastActiveAt', label: 'Last active' },
];

function compareUsers(a: User, b: User, key: SortKey): number {
  if (key === 'lastActiveAt') {
    return new Date(a.lastActiveAt).getTime() - new Date(b.lastActiveAt).getTime();
  }
  return a[key].localeCompare(b[key], 'en', { sensitivity: 'base' });
}

const ROLE_LABELS: Record<User['role'], string> = {
  admin: 'Admin',
  member: 'Member',
  viewer: 'Viewer',
};

export function UsersTable({ users, onSelect }: UsersTableProps) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'name', dir: 'asc' });

  const toggleSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));

  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    const matching = q
      ? users.filter((u) => u.name.toLowerCase().includes(q) || u.email.toLowerCase().includes(q))
      : users;
    const sign = sort.dir === 'asc' ? 1 : -1;
    return [...matching].sort((a, b) => sign * compareUsers(a, b, sort.key));
  }, [users, query, sort]);

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
            {COLUMNS.map((col) => (
              <th
                key={col.key}
                aria-sort={sort.key === col.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="users__sort" onClick={() => toggleSort(col.key)}>
                  {col.label}
                  {sort.key === col.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
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
      {filtered.length === 0 && <p className="users__empty">No users match “{query}”.</p>}
    </section>
  );
}
