/**
 * One file's change between a base and a new version, as git (or a patch) describes it. Modes
 * are git's octal strings: `100644` file, `100755` executable, `120000` symlink, `160000`
 * submodule. For a symlink the bytes are its target; for a submodule there are none.
 */
export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

export interface FileChange {
  status: ChangeStatus;
  /** Path in the base version (absent for added files). */
  oldPath?: string;
  /** Path in the new version (absent for deleted files). */
  newPath?: string;
  oldMode?: string;
  newMode?: string;
  oldBytes?: Uint8Array;
  newBytes?: Uint8Array;
  /** Submodule commits, when the entry is a submodule. */
  oldCommit?: string;
  newCommit?: string;
  /** Set when the new content could not be reconstructed exactly (a patch that does not apply). */
  partial?: string;
  /** An id of the new content when it was not read (too large): git's blob id or a SHA-256. */
  contentId?: string;
}

export const MODE_FILE = '100644';
export const MODE_EXECUTABLE = '100755';
export const MODE_SYMLINK = '120000';
export const MODE_SUBMODULE = '160000';

export function isExecutableMode(mode: string | undefined): boolean {
  return mode === MODE_EXECUTABLE;
}

export function changePath(change: FileChange): string {
  return (change.newPath ?? change.oldPath) as string;
}
