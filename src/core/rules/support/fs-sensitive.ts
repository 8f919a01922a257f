/** Path patterns: credential files, files whose content runs later, temp and system roots. */

export const CREDENTIAL: RegExp[] = [
  /(^|\/)\.ssh(\/|$)/,
  /(^|\/)id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/,
  /(^|\/)\.(aws|azure|kube|gnupg|password-store|electrum)(\/|$)/,
  /(^|\/)gnupg(\/|$)/i,
  /(^|\/)\.config\/(gcloud|gh|hub)(\/|$)/,
  /application_default_credentials\.json$/,
  /(^|\/)(\.npmrc|\.yarnrc(\.yml)?|\.pypirc|\.netrc|_netrc|\.git-credentials|\.pgpass|\.vault-token|\.terraformrc)$/,
  /(^|\/)\.env(\.(?!example$|sample$|template$|dist$|defaults?$|schema$)[\w.-]+)?$/,
  /(^|\/)\.docker\/config\.json$/,
  /(^|\/)(Login Data|Cookies|Web Data|Local State)$/,
  /(Google\/Chrome|Chromium|BraveSoftware|Microsoft\/Edge|Opera Software)\/(User Data|Default|Profile)/i,
  /(^|\/)\.mozilla\/firefox(\/|$)/i,
  /Firefox\/Profiles/i,
  /(^|\/)(logins\.json|key[34]\.db|cookies\.sqlite|signons\.sqlite)$/,
  /Library\/Keychains/i,
  /\.keychain(-db)?$/,
  /(^|\/)\.(bash|zsh|node_repl|python|psql|mysql)_history$/,
  /^\/etc\/(shadow|gshadow|sudoers)/,
  /^\/proc\/[^/]+\/environ$/,
  /(^|\/)wallet\.dat$/,
  /(^|\/)\.ethereum\/keystore/,
  /(^|\/)\.config\/solana\/id\.json$/,
  /(^|\/)\.cargo\/credentials(\.toml)?$/,
  /(^|\/)\.terraform\.d\/credentials/,
];

export const TMP_ROOTS =
  /^\/(tmp|var\/tmp|private\/tmp|private\/var\/folders|var\/folders|dev\/shm)(\/|$)|^\/dev\/(null|stdin|stdout|stderr|tty|urandom|random)$/;
export const SYSTEM_ROOTS =
  /^\/(etc|root|home|Users|var|usr|bin|sbin|boot|lib|lib64|opt|private|System|Library|Applications|Volumes|dev)(\/|$)/;
export const PSEUDO_FS = /^\/(proc|sys)(\/|$)/;

/** Files whose content runs later: git hooks, CI workflows, editor tasks, installed packages, shell start-up files. */
export const PERSISTENCE: RegExp[] = [
  /(^|\/)\.git\/(hooks|config)(\/|$)/,
  /(^|\/)\.husky\//,
  /(^|\/)\.github\/workflows\//,
  /(^|\/)\.gitlab-ci\.yml$/,
  /(^|\/)\.vscode\/(tasks|settings|launch)\.json$/,
  /(^|\/)node_modules\/(?!\.cache\/|\.vite\/|\.tmp\/)/,
  /(^|\/)\.(bashrc|zshrc|profile|bash_profile|zprofile|zshenv)$/,
  /(^|\/)Library\/LaunchAgents\//,
  /(^|\/)\.config\/autostart\//,
  /(^|\/)crontabs?(\/|$)/,
];
