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
  /(^|\/)\.kaggle(\/|$)/,
  /(^|\/)\.(cache\/)?huggingface\/token$/,
  /(^|\/)\.(boto|s3cfg|pgpass|my\.cnf)$/,
  /(^|\/)\.oci\/config$/,
  /(^|\/)\.config\/(doctl|heroku|netlify|vercel|op|rclone)(\/|$)/,
  /(^|\/)\.(netlify|vercel|heroku)\/(config|auth)\.json$/,
  /(^|\/)\.npm\/_authToken/,
  /(^|\/)(Library\/)?Application Support\/(Google\/Chrome|Chromium|BraveSoftware|Microsoft Edge|Firefox)\//i,
  /(^|\/)\.config\/(google-chrome|chromium|BraveSoftware|microsoft-edge)(\/|$)/i,
  /(^|\/)AppData\/(Local|Roaming)\/(Google\/Chrome|Microsoft\/Edge|Mozilla\/Firefox|BraveSoftware)\//i,
];

/** Account databases: not keys themselves, but what an attacker reads first. */
export const SYSTEM_ACCOUNTS = /^\/etc\/(passwd|shadow|gshadow|sudoers(\.d)?|master\.passwd)(\/|$)/;

export const TMP_ROOTS =
  /^\/(tmp|var\/tmp|private\/tmp|private\/var\/folders|var\/folders|dev\/shm)(\/|$)|^\/dev\/(null|stdin|stdout|stderr|tty|urandom|random)$/;
export const SYSTEM_ROOTS =
  /^\/(etc|root|home|Users|var|usr|bin|sbin|boot|lib|lib64|opt|private|System|Library|Applications|Volumes|dev)(\/|$)/;
export const PSEUDO_FS = /^\/(proc|sys)(\/|$)/;

/** Start-up and scheduling files of the user or the machine: where persistence lives outside any project. */
export const HOST_PERSISTENCE: RegExp[] = [
  /(^|\/)\.(bashrc|zshrc|profile|bash_profile|bash_login|zprofile|zshenv|zlogin|cshrc|tcshrc|kshrc)$/,
  /(^|\/)\.config\/fish\/(config\.fish|conf\.d\/)/,
  /(^|\/)Library\/(LaunchAgents|LaunchDaemons)(\/|$)/,
  /(^|\/)\.config\/(autostart|systemd\/user)(\/|$)/,
  /(^|\/)crontabs?(\/|$)/,
  /^\/etc\/(cron\.(d|daily|hourly|weekly|monthly)|crontab|rc\.local|profile\.d|profile|bash\.bashrc|environment|ld\.so\.preload|systemd\/system|init\.d)(\/|$)/,
  /(^|\/)Start Menu\/Programs\/Startup(\/|$)/i,
  /(^|\/)Documents\/(Windows)?PowerShell\/\S*profile\.ps1$/i,
];

/** Files whose content runs later: git hooks, CI workflows, editor tasks, installed packages, shell start-up files. */
export const PERSISTENCE: RegExp[] = [
  /(^|\/)\.git\/(hooks|config)(\/|$)/,
  /(^|\/)\.husky\//,
  /(^|\/)\.github\/workflows\//,
  /(^|\/)\.gitlab-ci\.yml$/,
  /(^|\/)\.vscode\/(tasks|settings|launch)\.json$/,
  /(^|\/)node_modules\/(?!\.cache\/|\.vite\/|\.tmp\/)/,
  ...HOST_PERSISTENCE,
];
