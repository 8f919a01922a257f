/** File-system operations by module member: which call reads, writes, deletes, links or watches. */
import { modulePath, type RefValue } from '../../js/values';
import { isGlobalProcess } from './fs-paths';

export type Op = 'read' | 'write' | 'delete' | 'permissions' | 'link' | 'watch' | 'stat' | 'chdir' | 'open';

export const FS_MODULES = new Set(['fs', 'fs-extra', 'graceful-fs', 'original-fs', 'mz']);

const OP_NAMES: Record<Exclude<Op, 'chdir'>, string> = {
  read: 'readFile read readv readdir readlink realpath opendir readJson readJSON readTextFile readDir createReadStream',
  write:
    'writeFile appendFile write writev copyFile cp copy mkdir mkdtemp mkdirp mkdirs ensureDir ensureFile createFile ' +
    'outputFile outputJson outputJSON writeJson writeJSON writeTextFile createWriteStream',
  delete: 'rm rmdir unlink rename truncate ftruncate remove emptyDir emptydir move',
  permissions: 'chmod fchmod lchmod chown fchown lchown utimes futimes lutimes',
  link: 'symlink link ensureSymlink ensureLink createSymlink createLink',
  watch: 'watch watchFile watchFs',
  stat: 'exists stat lstat access statfs pathExists',
  open: 'open',
};

const OPS = new Map<string, Op>(
  Object.entries(OP_NAMES).flatMap(([op, names]) => names.split(' ').map((n): [string, Op] => [n, op as Op])),
);
export const TWO_PATHS = new Set([
  'copyFile',
  'cp',
  'copy',
  'rename',
  'move',
  'symlink',
  'link',
  'ensureSymlink',
  'ensureLink',
  'createSymlink',
  'createLink',
]);

/** The file operation a ref performs, and its member name (`Sync` and `promises.` folded away). */
export function operationOf(ref: RefValue): { op: Op; member: string } | undefined {
  if (ref.module === undefined) {
    const [root, name] = ref.path;
    if (ref.path.length === 2 && (root === 'Deno' || root === 'Bun')) {
      const member = name.replace(/Sync$/, '');
      const op = root === 'Bun' ? (member === 'write' ? 'write' : member === 'file' ? 'read' : undefined) : OPS.get(member);
      return op ? { op, member } : undefined;
    }
    return isGlobalProcess(ref, 'chdir') ? { op: 'chdir', member: 'chdir' } : undefined;
  }
  if (isGlobalProcess(ref, 'chdir')) {
    return { op: 'chdir', member: 'chdir' };
  }
  let path = modulePath(ref, FS_MODULES);
  if (path === undefined) {
    return undefined;
  }
  path = path.filter((p) => p !== 'promises' && p !== 'default' && p !== 'fs');
  if (path.length === 0 || (path.length > 1 && path[1] !== 'native')) {
    return undefined;
  }
  const member = path[0].replace(/Sync$/, '');
  const op = OPS.get(member);
  return op ? { op, member } : undefined;
}
