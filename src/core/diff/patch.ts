/**
 * Reviews of patch files: parse a unified diff (git's dialect included: renames, modes, binary
 * markers, quoted names) and rebuild each file's new version from its base version. When a
 * patch does not apply to the base, nothing is silently dropped: the hunks are reviewed in
 * place and the file is marked as only partly reconstructed.
 */
import { applyPatch, parsePatch, reversePatch, type StructuredPatch } from 'diff';
import { MODE_FILE, type ChangeStatus, type FileChange } from './change';

export class PatchError extends Error {}

export interface PatchFile {
  status: ChangeStatus;
  oldPath?: string;
  newPath?: string;
  oldMode?: string;
  newMode?: string;
  binary: boolean;
  patch: StructuredPatch;
}

type GitPatch = StructuredPatch & {
  isRename?: boolean;
  isCopy?: boolean;
  isCreate?: boolean;
  isDelete?: boolean;
  isBinary?: boolean;
  oldMode?: string;
  newMode?: string;
};

function cleanName(name: string | undefined, prefix: string): string | undefined {
  if (name === undefined || name === '/dev/null') {
    return undefined;
  }
  const unprefixed = name.startsWith(prefix) ? name.slice(prefix.length) : name;
  return unprefixed.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** Which `diff --git` sections carry binary data (`GIT binary patch`, `Binary files ... differ`). */
function binarySections(text: string): boolean[] | undefined {
  if (!/^diff --git /m.test(text)) {
    return undefined;
  }
  return text
    .split(/^(?=diff --git )/m)
    .filter((section) => section.startsWith('diff --git '))
    .map((section) => /^(GIT binary patch|Binary files .* differ)$/m.test(section));
}

export function parsePatchText(text: string): PatchFile[] {
  if (text.trim() === '') {
    throw new PatchError('the patch is empty');
  }
  let parsed: GitPatch[];
  try {
    parsed = parsePatch(text) as GitPatch[];
  } catch (error) {
    throw new PatchError(`not a valid patch: ${error instanceof Error ? error.message : String(error)}`);
  }
  const binary = binarySections(text);
  if (binary && binary.length !== parsed.length) {
    throw new PatchError(`could not match the patch's ${binary.length} file sections (${parsed.length} parsed)`);
  }
  const files: PatchFile[] = [];
  for (const [index, p] of parsed.entries()) {
    const oldPath = cleanName(p.oldFileName, 'a/');
    const newPath = cleanName(p.newFileName, 'b/');
    if (oldPath === undefined && newPath === undefined) {
      if (p.hunks.length > 0) {
        throw new PatchError('a patch section has hunks but no file names');
      }
      continue;
    }
    const status: ChangeStatus =
      p.isCreate || oldPath === undefined
        ? 'added'
        : p.isDelete || newPath === undefined
          ? 'deleted'
          : p.isRename
            ? 'renamed'
            : p.isCopy
              ? 'copied'
              : 'modified';
    files.push({
      status,
      oldPath: status === 'added' ? undefined : oldPath,
      newPath: status === 'deleted' ? undefined : newPath,
      oldMode: p.oldMode,
      newMode: p.newMode,
      binary: p.isBinary === true || binary?.[index] === true,
      patch: p,
    });
  }
  if (files.length === 0 && text.trim() !== '') {
    throw new PatchError('no file changes found in the patch');
  }
  return files;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Builds the FileChange for one patched file. `base` is the file's base version (from the
 * repository's base commit, or the disk when there is no repository); `current` is what is on
 * disk now, used when the patch has already been applied there.
 */
export function applyPatchFile(file: PatchFile, base: Uint8Array | undefined, current: Uint8Array | undefined): FileChange {
  const change: FileChange = {
    status: file.status,
    oldPath: file.oldPath,
    newPath: file.newPath,
    oldMode: file.oldMode ?? (file.status === 'added' ? undefined : MODE_FILE),
    newMode: file.newMode ?? (file.status === 'deleted' ? undefined : (file.oldMode ?? MODE_FILE)),
    oldBytes: base,
  };
  if (file.status === 'deleted') {
    return change;
  }
  if (file.binary) {
    return { ...change, partial: 'binary change in the patch: its contents are not included' };
  }
  const baseText = base === undefined ? '' : decoder.decode(base);
  if (file.patch.hunks.length === 0) {
    return { ...change, newBytes: base ?? new Uint8Array() };
  }
  const applied = applyPatch(baseText, file.patch);
  if (typeof applied === 'string') {
    return { ...change, newBytes: encoder.encode(applied) };
  }
  if (current !== undefined) {
    const currentText = decoder.decode(current);
    const reversed = applyPatch(currentText, reversePatch(file.patch));
    if (typeof reversed === 'string') {
      return { ...change, oldBytes: encoder.encode(reversed), newBytes: current };
    }
  }
  return {
    ...change,
    oldBytes: undefined,
    newBytes: encoder.encode(hunksInPlace(file.patch)),
    partial:
      base === undefined
        ? 'the patch needs a base version that was not found: only its hunks were reviewed'
        : 'the patch does not apply to the base version: only its hunks were reviewed',
  };
}

/** The new side of every hunk, at its own line numbers, blank lines between. */
function hunksInPlace(patch: StructuredPatch): string {
  const lines: string[] = [];
  for (const hunk of patch.hunks) {
    while (lines.length < hunk.newStart - 1) {
      lines.push('');
    }
    for (const line of hunk.lines) {
      if (line.startsWith('+') || line.startsWith(' ')) {
        lines.push(line.slice(1));
      }
    }
  }
  return lines.join('\n');
}
