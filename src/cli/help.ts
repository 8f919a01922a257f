/** Help texts. Every command has one; `airlock <command> --help` prints it. */
export const MAIN_HELP = `Airlock: review AI-written code without executing it.

Usage:
  airlock review [options]        flag risky changes in a diff (working tree, index, commit or patch)
  airlock scan [options] [PATH...] audit whole files and folders
  airlock rules [--format text|json]
                                  list every rule with its category and severity
  airlock --version

Run "airlock <command> --help" for a command's options.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on,
2 usage, configuration or git error (an error is never reported as "no changes").
`;

const OUTPUT_OPTIONS = `Output options:
  --format text|json|sarif   report format (default: text)
  --output FILE              write the report to FILE instead of standard output
  --min-severity LEVEL       report only findings at or above LEVEL: info, low, medium, high
                             (default: info); the exit code counts reported findings only
  --fail-on LEVEL            exit 1 when a reported finding is at or above LEVEL
                             (info, low, medium, high, or none; default: low)
  --max-file-size BYTES      files larger than this are reported as not analyzed
                             (default: 4194304)
  --color, --no-color        force colours on, or off (default: colours only on a terminal,
                             never when NO_COLOR is set)
  --quiet                    findings only: no source lines, no progress, no not-analyzed list
  -h, --help                 this help
`;

export const REVIEW_HELP = `Usage: airlock review [--base REF] [--staged | --head REF | --patch FILE|-] [options]

Flags risky code that a change adds, at the exact line, without executing anything.
Only added or changed lines are flagged, plus findings reached through a changed
alias (an import or variable the change touched) and files that cannot be analyzed.
The report starts with the capability delta: the categories of risk the change
brings into files whose base version did not have them.

What is reviewed:
  (default)          the working tree (tracked changes and untracked files that are
                     not ignored) against --base
  --staged           the index (what the next commit will contain) against --base
  --head REF         the commit REF against --base (for CI: --base origin/main --head HEAD)
  --patch FILE|-     a unified diff (git's format included) read from FILE or standard
                     input, applied to the base versions of its files (from --base inside
                     a repository, else from the disk)

Base:
  --base REF         default HEAD. The review starts at the merge base of REF and HEAD,
                     like "git diff REF...HEAD": with --base main you see what your branch
                     (and working tree) changed since it forked from main, not what main
                     gained since. Without any commits, everything is new.

git runs with hardened settings: no hooks, no fsmonitor, no pager, no external diff or
textconv drivers, no clean/smudge filters, no prompts. Diffs are computed by Airlock from
the file contents, so .gitattributes cannot hide a change ("-diff", "binary").

${OUTPUT_OPTIONS}`;

export const SCAN_HELP = `Usage: airlock scan [options] [PATH...]

Audits whole files and folders (default: the current folder). Inside a git repository it
scans tracked files and untracked files that are not ignored; outside one it honours
.gitignore files. Dependency and build folders (node_modules, dist, build, out, coverage,
.next, ...) are skipped. Symlinks are never followed; one pointing outside the folder is
flagged. Files that cannot be analyzed (syntax errors, size, encoding, text disguised as
binary) are findings, never skipped silently.

Scan options:
  --no-ignore        also scan git-ignored files and dependency/build folders

${OUTPUT_OPTIONS}`;

export const RULES_HELP = `Usage: airlock rules [--format text|json]

Lists every rule: id, category, default severity and summary.
`;
