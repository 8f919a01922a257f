import { execa as sh } from 'execa';

export interface Provenance {
  commit: string | null;
  dirty: boolean | null;
  node: string;
  recordedAt: string;
}

async function git(args: string[]): Promise<string | null> {
  try {
    const { stdout } = await sh('git', args, { timeout: 5000 });
    return stdout.trim();
  } catch {
    return null;
  }
}

/**
 * Capture enough context to tell which code produced a report. Missing git
 * (e.g. in a tarball install) is not an error.
 */
export async function collectProvenance(): Promise<Provenance> {
  const commit = await git(['rev-parse', 'HEAD']);
  const status = commit === null ? null : await git(['status', '--porcelain']);
  return {
    commit,
    dirty: status === null ? null : status.length > 0,
    node: process.version,
    recordedAt: new Date().toISOString(),
  };
}
