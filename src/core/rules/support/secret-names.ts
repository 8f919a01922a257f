/**
 * Which names hold secrets: environment variables (`AWS_SECRET_ACCESS_KEY`, `NPM_TOKEN`) and
 * keys in code or config (`apiKey`, `client_secret`, `"password"`). Names are split into words
 * (`apiKey` -> api, key; `DB_PASSWORD` -> db, password) so that `MONKEY`, `AUTHOR` or
 * `MAX_TOKENS` do not count.
 */

/** Credentials of the machine or CI the code runs on, not of the application: rarely needed by a change. */
const PLATFORM_CREDENTIAL =
  /^(AWS_(SECRET_ACCESS_KEY|ACCESS_KEY_ID|SESSION_TOKEN|SECURITY_TOKEN)|GITHUB_TOKEN|GH_TOKEN|GH_PAT|GITHUB_PAT|GH_ENTERPRISE_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NODE_AUTH_TOKEN|YARN_NPM_AUTH_TOKEN|CI_JOB_TOKEN|CI_JOB_JWT(_V2)?|GITLAB_TOKEN|CIRCLE_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|AZURE_CLIENT_SECRET|AZURE_STORAGE_KEY|AZURE_STORAGE_CONNECTION_STRING|GOOGLE_APPLICATION_CREDENTIALS|GCP_SERVICE_ACCOUNT_KEY|GOOGLE_CREDENTIALS|DOCKER_PASSWORD|DOCKERHUB_TOKEN|DOCKER_AUTH_CONFIG|HEROKU_API_KEY|VERCEL_TOKEN|NETLIFY_AUTH_TOKEN|CLOUDFLARE_API_TOKEN|CLOUDFLARE_API_KEY|DIGITALOCEAN_ACCESS_TOKEN|VAULT_TOKEN|SSH_AUTH_SOCK|SSH_PRIVATE_KEY|KUBECONFIG|SONAR_TOKEN|CODECOV_TOKEN|SNYK_TOKEN|TWINE_PASSWORD|PYPI_TOKEN|CARGO_REGISTRY_TOKEN|GPG_PRIVATE_KEY|GPG_PASSPHRASE)$/;

/** Words that make a name secret on their own. */
const SECRET_WORDS = new Set([
  'secret',
  'secrets',
  'token',
  'tokens',
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'salt',
  'pepper',
  'credential',
  'credentials',
  'creds',
  'apikey',
  'privatekey',
  'auth',
  'dsn',
  'cookie',
  'jwt',
  'bearer',
  'authorization',
]);

/** Words that say the value is about a secret, not the secret (`MAX_TOKENS`, `TOKEN_TTL`, `PASSWORD_MIN_LENGTH`). */
const META_WORDS = new Set([
  'max',
  'min',
  'limit',
  'limits',
  'ttl',
  'expiry',
  'expires',
  'expiration',
  'length',
  'len',
  'count',
  'timeout',
  'rate',
  'ratio',
  'threshold',
  'header',
  'enabled',
  'required',
  'type',
  'prefix',
  'name',
  'field',
  'label',
  'url',
  'endpoint',
  'policy',
  'rounds',
  'reset',
  'usage',
  'budget',
  'cost',
  'hint',
  'placeholder',
  'regex',
  'pattern',
  'mode',
  'public',
  'publishable',
  'hash',
  'hashed',
  'digest',
  'checksum',
  'integrity',
  'fingerprint',
  'sha',
  'id',
  'file',
  'path',
  'dir',
  'env',
  'var',
]);

/** Whether a word of a name says it is about a secret rather than the secret (`max`, `ttl`, `public`, `id`). */
export function isMetaWord(word: string): boolean {
  return META_WORDS.has(word);
}

/** Prefixes of environment variables that frameworks inline into browser code. */
export const PUBLIC_ENV_PREFIXES = [
  'NEXT_PUBLIC_',
  'VITE_',
  'REACT_APP_',
  'EXPO_PUBLIC_',
  'PUBLIC_',
  'NUXT_PUBLIC_',
  'GATSBY_',
  'STORYBOOK_',
];
const PUBLIC_PREFIX = new RegExp(`^(${PUBLIC_ENV_PREFIXES.join('|')})`, 'i');

/** `apiKey` -> [api, key]; `DB_PASSWORD` -> [db, password]; `client-secret` -> [client, secret]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether a name (an env variable, a property, a config key) holds a secret value. */
export function isSecretName(name: string): boolean {
  if (name.length > 80 || PUBLIC_PREFIX.test(name)) {
    return false;
  }
  const words = nameWords(name);
  const joined = words.join('_');
  if (/^(database|db|mongo|mongodb|redis|postgres|postgresql|mysql)_(url|uri)$|connection_string$/.test(joined)) {
    return true;
  }
  if (words.some((w) => META_WORDS.has(w))) {
    return false;
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (SECRET_WORDS.has(w)) {
      return true;
    }
    // `api_key`, `access_key`, `secret_key`, `signing_key`, `private_key`, `encryption_key`; not `sort_key`, `cache_key`.
    if (
      w === 'key' &&
      i > 0 &&
      /^(api|access|secret|private|signing|encryption|master|license|service|client|app|auth|session|hmac)$/.test(words[i - 1])
    ) {
      return true;
    }
  }
  return false;
}

/** Whether an environment variable is one of the machine's or CI's own credentials (cloud, registry, VCS). */
export function isPlatformCredential(name: string): boolean {
  return PLATFORM_CREDENTIAL.test(name);
}
