export class MigrationError extends Error {
  constructor(message, { hint, cause } = {}) {
    super(message, cause ? { cause } : undefined);
    this.name = 'MigrationError';
    this.hint = hint;
  }
}

export class ChecksumMismatchError extends MigrationError {
  constructor(problems) {
    super(`Found ${problems.length} checksum problem(s):\n  - ${problems.join('\n  - ')}`, {
      hint: 'Never edit an applied migration; add a new one instead. If the edit was cosmetic, run with --repair.',
    });
    this.name = 'ChecksumMismatchError';
    this.problems = problems;
  }
}

export function describeError(err) {
  if (err instanceof MigrationError) {
    return { message: err.message, hint: err.hint };
  }
  if (err && typeof err === 'object' && 'code' in err && err.code === 'ECONNREFUSED') {
    return { message: 'Could not connect to the database', hint: 'Check DATABASE_URL and that PostgreSQL is running.' };
  }
  return { message: err instanceof Error ? err.message : String(err) };
}
