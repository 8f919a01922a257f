/**
 * What a constant Python string reveals when it was built rather than written: the name of a
 * sensitive API, a network address, or a sensitive path; plus the "core" of it (the name, the
 * registrable domain, the file name) that a reader would have to see written somewhere for the
 * string not to count as hidden.
 */
import type { Category } from '../../model/finding';
import { CREDENTIAL, HOST_PERSISTENCE, SYSTEM_ACCOUNTS } from './fs-sensitive';
import { ipClass, isIPv6, parseIPv4, parseUrl } from './net-urls';
import { providerToken } from './secret-tokens';

export interface HiddenSecret {
  category: Category;
  /** The part that gives the string away: an API name, a domain, an address, a file name. */
  core: string;
  /** How `core` is matched against the literals a reader can see. */
  match: 'name' | 'text';
  kind: string;
}

/** Sensitive API names, by category: assembling one of these from pieces is hiding it. */
const API_GROUPS: Partial<Record<Category, string>> = {
  process:
    'system popen Popen subprocess spawn spawnl spawnle spawnlp spawnv spawnve spawnvp posix_spawn execl execle execlp execv ' +
    'execve execvp execvpe check_output check_call getoutput getstatusoutput pty os',
  'dynamic-code': 'exec eval compile execfile __import__ import_module builtins __builtins__ marshal',
  'sandbox-escape':
    '__subclasses__ __globals__ __code__ __bases__ __base__ __mro__ __class__ __getattribute__ __loader__ __reduce__ ' +
    'f_globals f_locals f_back gi_frame _getframe ctypes CDLL cdll dlopen setuid setgid sys',
  filesystem: 'rmtree removedirs unlink rmdir chmod chown lchown symlink',
  network:
    'socket urlopen urlretrieve urllib urllib2 urllib3 requests httpx http.client create_connection gethostbyname ' +
    'paramiko ftplib smtplib telnetlib',
};
const API_NAMES = new Map<string, Category>();
for (const [category, names] of Object.entries(API_GROUPS)) {
  for (const name of names.split(' ')) {
    API_NAMES.set(name, category as Category);
  }
}
/** Names too generic to count as a segment of a dotted name (`os.path` is not hiding `os`). */
const EXACT_ONLY = new Set(['os', 'sys', 'builtins']);

const SENSITIVE_NAME = /^\.(ssh|aws|azure|kube|docker|gnupg|kaggle|netrc|npmrc|pypirc|git-credentials|pgpass|env)$/;
const STARTUP_NAME = /^\.(bashrc|zshrc|profile|bash_profile|zprofile|zshenv|bash_login)$/;
/** A bare host name under a top-level domain that is not also a common file extension. */
const HOSTNAME =
  /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(com|net|org|io|ru|cn|su|top|xyz|tk|pw|biz|online|site|club|onion)$/i;
const ESCAPE = /\/proc\/(self|\d+)\/(environ|mem|maps|root|exe|cwd|auxv|pagemap)|docker\.sock|containerd\.sock|\/sys\/kernel\//;
const PY_HOOK = /(^|\/)(site|dist)-packages\/[^/]+\.pth$|(^|\/)(sitecustomize|usercustomize)(\.py)?$/;
const LOCAL_HOST = /(^|\.)(localhost|local|internal|lan|localdomain|home|test|invalid)$/;

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function apiName(s: string): HiddenSecret | undefined {
  const exact = API_NAMES.get(s);
  if (exact) {
    return { category: exact, core: s, match: 'name', kind: `the name \`${s}\`` };
  }
  if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+$/.test(s)) {
    return undefined;
  }
  const segments = s.split('.').reverse();
  const hit = segments.find((seg) => API_NAMES.has(seg) && !EXACT_ONLY.has(seg));
  return hit ? { category: API_NAMES.get(hit) as Category, core: hit, match: 'name', kind: `the name \`${s}\`` } : undefined;
}

/** `evil.example.co.uk` -> `example.co.uk`; `api.evil.com` -> `evil.com`. */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  const short =
    labels.length >= 3 && labels[labels.length - 1].length === 2 && /^(co|com|net|org|gov|ac|edu)$/.test(labels[labels.length - 2]);
  return labels.slice(short ? -3 : -2).join('.');
}

function hostSecret(host: string, display: string): HiddenSecret | undefined {
  const cls = ipClass(host);
  if (cls === 'loopback' || cls === 'private' || cls === 'unspecified') {
    return undefined;
  }
  if (cls !== 'name') {
    return { category: 'network', core: host, match: 'text', kind: `the network address ${shorten(display)}` };
  }
  if (!host.includes('.') || LOCAL_HOST.test(host)) {
    return undefined;
  }
  return { category: 'network', core: registrableDomain(host), match: 'text', kind: `the address ${shorten(display)}` };
}

function networkSecret(text: string): HiddenSecret | undefined {
  const url = parseUrl(text);
  if (url) {
    return url.host ? hostSecret(url.host, text) : undefined;
  }
  const host = text.replace(/:\d{1,5}$/, '');
  const v4 = parseIPv4(host);
  if (v4 && host === text && v4.every((n) => n < 20)) {
    // `'.'.join(map(str, VERSION))` makes `1.2.0.3`: a version number, not an address.
    return undefined;
  }
  if (v4 || isIPv6(text)) {
    return hostSecret(parseIPv4(host) ? host : text, text);
  }
  return HOSTNAME.test(text) ? hostSecret(text.toLowerCase(), text) : undefined;
}

function pathSecret(text: string): HiddenSecret | undefined {
  const path = text.replace(/\\/g, '/');
  const name = path.slice(path.lastIndexOf('/') + 1);
  const found = (category: Category, re: RegExp | undefined, core?: string): HiddenSecret => ({
    category,
    core: core ?? (re?.exec(path)?.[0] ?? name).replace(/^\/+|\/+$/g, ''),
    match: 'text',
    kind: `the path ${shorten(path)}`,
  });
  const escape = ESCAPE.exec(path) ?? PY_HOOK.exec(path);
  if (escape) {
    const parts = escape[0].split('/').filter((p) => p !== '');
    return found('sandbox-escape', undefined, parts[parts.length - 1]);
  }
  if (SENSITIVE_NAME.test(name)) {
    return found('secrets', undefined, name);
  }
  if (STARTUP_NAME.test(name)) {
    return found('filesystem', undefined, name);
  }
  const credential = CREDENTIAL.find((re) => re.test(path));
  if (credential) {
    return found('secrets', credential);
  }
  const startup = HOST_PERSISTENCE.find((re) => re.test(path));
  if (startup) {
    return found('filesystem', startup);
  }
  return SYSTEM_ACCOUNTS.test(path) ? found('filesystem', SYSTEM_ACCOUNTS) : undefined;
}

/** A provider credential (`sk_live_…`, `ghp_…`) that only exists once its pieces are joined. */
function tokenSecret(text: string): HiddenSecret | undefined {
  const token = providerToken(text);
  return token ? { category: 'secrets', core: token.core, match: 'text', kind: token.kind } : undefined;
}

/** What a constant string reveals, if anything worth hiding. */
export function classifyHidden(s: string): HiddenSecret | undefined {
  const api = apiName(s);
  if (api) {
    return api;
  }
  const text = s.trim();
  if (text.length < 3 || text.length > 2048) {
    return undefined;
  }
  return networkSecret(text) ?? pathSecret(text) ?? tokenSecret(text);
}

/** Whether a reader can see the secret's core in one of the file's literals. */
export function isWrittenDown(secret: HiddenSecret, literals: readonly string[]): boolean {
  if (secret.match === 'text') {
    const core = secret.core.toLowerCase();
    return literals.some((l) => l.toLowerCase().includes(core));
  }
  const core = secret.core.toLowerCase();
  return literals.some((l) => {
    const t = l.trim().toLowerCase();
    return t === core || (/^[\w.]+$/.test(t) && t.split('.').includes(core));
  });
}
