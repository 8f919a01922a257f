export const MESSAGES = {
  tooShort: 'Password must be at least 12 characters.',
  sameAsEmail: 'Password must not contain your email address.',
  common: 'This password is too common. Choose something less predictable.',
  tokenReuse: 'Do not reuse an API token or client secret as a password.',
} as const;

const COMMON = new Set(['password123', 'qwertyuiop12', 'letmein12345', 'correcthorse']);

export function validatePassword(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < 12) problems.push(MESSAGES.tooShort);
  const local = email.split('@')[0]?.toLowerCase();
  if (local && password.toLowerCase().includes(local)) problems.push(MESSAGES.sameAsEmail);
  if (COMMON.has(password.toLowerCase())) problems.push(MESSAGES.common);
  if (/^(sk|pk|ghp|xox[bp])[_-]/i.test(password)) problems.push(MESSAGES.tokenReuse);
  return problems;
}
