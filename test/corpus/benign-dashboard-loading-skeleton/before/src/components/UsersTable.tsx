import { useMemo, useState } from 'react';
import type { User } from '../api/client';
import { formatDate } from '../utils/format';

interface UsersTableProps {
  users: User[];
  onSelect?: (user: User) => void;
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
      {filtered.length === 0 && <p className="users__empty">No users match “{query}”.</p>}
    </section>
  );
}
