import { execSync } from 'node:child_process';
import * as core from '@actions/core';

const PERCENT = /(?:All files|TOTAL)[^\d]*(\d+(?:\.\d+)?)\s*%?/i;

export function parseCoverage(output: string): number | null {
  const match = PERCENT.exec(output);
  return match ? Number(match[1]) : null;
}

export function measureCoverage(command: string): number | null {
  if (!command) return null;
  core.startGroup(`Running coverage: ${command}`);
  try {
    const output = execSync(command, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
    core.info(output);
    return parseCoverage(output);
  } catch (err) {
    core.warning(`coverage command failed: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  } finally {
    core.endGroup();
  }
}
