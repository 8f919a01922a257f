import { execFileSync } from 'node:child_process';

export function runTool(bin, args, { cwd }) {
  const started = Date.now();
  execFileSync('npx', [bin, ...args], { cwd, stdio: 'inherit' });
  console.log(`${bin} finished in ${Date.now() - started}ms`);
}
