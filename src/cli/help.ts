/** Help texts. Every command has one; `airlock <command> --help` prints it. */
export const MAIN_HELP = `Airlock: review AI-written code without executing it.

Usage:
  airlock review [options]        flag risky changes in a diff (working tree, index, commit or patch)
  airlock scan [options] [PATH...] audit whole files and folders (--shard K/N: one part of them)
  airlock merge FILE... [options] join scan reports (JSON or SARIF), such as the shards of one
                                  scan, into one report
  airlock rules [--format text|json]
                                  list every rule with its category and severity
  airlock gate [--base REF]       the merge gate: exit 0 only when every blocking flag has a
                                  valid, current resolution by a registered reviewer
  airlock resolve ID... --verdict fixed|accepted-risk|false-positive --note TEXT
                                  record a signed resolution in .airlock/ledger.jsonl
  airlock unresolve ID...         record that a flag is open again
  airlock keys init|show|register  your reviewer key (Ed25519, kept outside every repository)
  airlock hooks install|uninstall|status
                                  git hooks that run the gate before push and merge
  airlock --version

Run "airlock <command> --help" for a command's options.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on,
2 usage, configuration or git error (an error is never reported as "no changes").
The gate: 0 nothing blocks, 1 blocked, 2 the gate could not be evaluated.
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

Model critiques (optional; sends the changed hunks to a model, never on its own):
  --critique         ask an OpenAI-compatible model for critiques anchored to quoted code,
                     and for hunks it suspects without explaining; key from AIRLOCK_API_KEY
                     or OPENAI_API_KEY. Faults never change the exit code or the static flags.
  --model M          default gpt-4o-mini (or AIRLOCK_MODEL)
  --base-url URL     default https://api.openai.com/v1 (or AIRLOCK_BASE_URL); local servers
                     such as Ollama (http://127.0.0.1:11434/v1) work
  --critique-timeout SECONDS
                     per request (default 60); the whole phase ends within 4 times that
  --critique-budget TOKENS
                     stop sending once the run would spend more tokens (estimated before
                     each request); hunks not sent are reported as not critiqued
  --no-cache         do not reuse answers cached per hunk (~/.cache/airlock/critiques)
  --no-stream        ask for whole answers instead of streamed ones (answers are streamed by
                     default, so a timeout stops a slow answer mid-way)
  --record           write the run's critiques, and which hunks were critiqued, to
                     .airlock/critiques.jsonl (commit it): the merge gate makes each critique
                     and suspicion gap a flag a person must resolve. Signed with your reviewer
                     key when you have one (airlock keys init); unsigned records add flags but
                     do not satisfy a policy's "requireCritique". Review the same change the
                     gate checks (--base origin/main, say), or the hunks will not match.

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
  --no-cache         analyze every file again: do not read or write the findings cache
  --shard K/N        scan only the K-th of N parts (1 <= K <= N <= 1000), for parallel CI
                     jobs; "airlock merge" joins the parts' reports into the report of the
                     whole scan. A file's part depends on a hash of its path alone, so it
                     never moves when other files are added or removed. The report names
                     its part (JSON "shard", SARIF run properties and automationDetails.id,
                     the text summary).

Findings cache: a file whose content, path, Airlock build, ruleset and analysis options
(size limit, SARIF line hashes) are unchanged since an earlier scan is read and hashed,
not analyzed again. The cache is in $AIRLOCK_CACHE_DIR (an absolute path), else
$XDG_CACHE_HOME/airlock/findings, else ~/.cache/airlock/findings; never in the workspace.
A damaged cache is ignored (the files are analyzed again); one that cannot be written
only makes the next scan slower.

${OUTPUT_OPTIONS}`;

export const MERGE_HELP = `Usage: airlock merge FILE... [--format sarif|json|text] [--output FILE] [options]

Joins Airlock scan reports into one: the shards of a scan ("airlock scan --shard K/N"), or
scans of different folders. Each FILE is a JSON report or a SARIF log written by
"airlock scan" (told apart by content). The result is what one scan of the whole would
write: every finding once (one per fingerprint, rule, path and line), in the scan's order,
the union of the files not analyzed, the files analyzed summed, this Airlock's rules.

Refused, with exit 2 and nothing written: a file that is not JSON, not an Airlock report, a
report of another command (review, gate), of another Airlock version or ruleset, an
incomplete set of shards (every K of N must be there; a shard given twice counts once).
Between formats: SARIF output from JSON inputs has no primaryLocationLineHash (JSON does
not carry it), so merge SARIF logs to upload to code scanning; JSON output from SARIF inputs
words messages as SARIF does (as sentences, with a final full stop).

Options:
  --format sarif|json|text   output format (default: sarif)
  --output FILE              write the report to FILE instead of standard output
  --min-severity LEVEL       report only findings at or above LEVEL (default: info)
  --fail-on LEVEL            exit 1 when a reported finding is at or above LEVEL
                             (info, low, medium, high, or none; default: low)
  --color, --no-color, --quiet
                             as for scan (text output)
  -h, --help                 this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on, 2 a report
could not be merged.
`;

export const RULES_HELP = `Usage: airlock rules [--format text|json]

Lists every rule: id, category, default severity and summary.
`;

const BASE_DEFAULT = `Base (the same for gate, resolve and unresolve):
  --base REF         default: the remote's default branch (origin/HEAD), else origin/main,
                     origin/master, main or master. The change is REF...HEAD: what this
                     branch did since it forked from REF.`;

export const GATE_HELP = `Usage: airlock gate [--base REF] [--head REF | --worktree] [--format text|json|sarif]

Recomputes the static flags of the change (REF...HEAD), reads the review ledger
(.airlock/ledger.jsonl in the working tree) and exits 0 only when every blocking flag
has a valid, current resolution. A resolution counts when it is signed by a reviewer
registered in .airlock/reviewers.json as it is on the base (so a change cannot add its
own reviewer), has the note its verdict needs, and is for the flagged code as it is now.

Model critiques recorded by "airlock review --critique --record" in
.airlock/critiques.jsonl are flags too (model/critique, model/suspicion-gap), resolved
the same way; the gate never calls a model. The records the branch added count, deleted
ones included; a critique whose quoted code is gone stays, with a note, until resolved.

Flag states: resolved; unresolved; stale (the code changed after it was resolved);
invalid (only unsigned, badly signed, unknown-signer or self-review records).

${BASE_DEFAULT}

Options:
  --head REF         gate the commit REF instead of HEAD
  --worktree         gate the working tree (committed and uncommitted changes)
  --format FORMAT    text (default), json ({"blocked", "base", "flags": [...]}) or sarif
                     (resolved flags carry a SARIF suppression)
  --output FILE      write the report to FILE
  --no-color         no colours
  --hook NAME        used by the installed git hooks (pre-push, pre-merge-commit, pre-commit)

Policy (.airlock/policy.json, read from the base): "block" (severities that block; default
low, medium and high), "requireSignatures" (default: yes once a reviewers file exists),
"notesRequired" (verdicts needing a note; accepted-risk and false-positive always do),
"forbidSelfReview" (a resolution by the author of the flagged line does not count),
"agentAuthors" (patterns such as "*[bot]*": bots and agents never count as reviewers),
"requireCritique" (every changed hunk must have a "hunk" record in .airlock/critiques.jsonl
signed by a registered reviewer; each hunk without one blocks as model/not-critiqued),
"ruleset" (the ruleset version the gate must run, as "airlock gate --format json" prints it).

Exit codes: 0 nothing blocks; 1 blocking flags (unresolved, stale, unsigned, unknown signer,
self-review, hunks not critiqued under "requireCritique"); 2 the gate could not be evaluated
(git error, a ledger or critiques line that is not a record, two records of one flag at the
same time, analyzer crash, unreadable policy, a ruleset other than the policy pins).
`;

export const RESOLVE_HELP = `Usage: airlock resolve ID... --verdict fixed|accepted-risk|false-positive [--note TEXT] [--yes]

Records that you have read a flagged piece of code and what you decided, as a record
signed with your reviewer key (airlock keys init), appended to .airlock/ledger.jsonl.
ID is the short id or the fingerprint shown by "airlock gate" and "airlock review"
(JSON "fingerprint", SARIF partialFingerprints["airlock/v1"]).

The resolution holds while the flagged code stays the same: moving it, reformatting the
rest of the file or renaming the file keeps it; editing the flagged code makes it stale.

  --verdict V        fixed, accepted-risk or false-positive
  --note TEXT        why (required for accepted-risk and false-positive)
  --yes              do not ask for confirmation (it is asked on a terminal; without a
                     terminal and without --yes nothing is recorded)

${BASE_DEFAULT}
`;

export const UNRESOLVE_HELP = `Usage: airlock unresolve ID... [--note TEXT] [--yes]

Records, signed, that flags are open again (the latest record of a flag wins).

${BASE_DEFAULT}
`;

export const KEYS_HELP = `Usage: airlock keys init --name NAME --email EMAIL [--register] [--force]
       airlock keys show
       airlock keys register

Reviewer keys are Ed25519 key pairs. The private key is kept in
$XDG_CONFIG_HOME/airlock/reviewer-key.json (default ~/.config/airlock/), mode 0600,
outside every repository. "--register" (or "keys register") adds the public key, name
and email to .airlock/reviewers.json of the current repository: commit that file. The
first reviewer can register when the base has no reviewers file; later changes to it are
high-severity flags that an already-registered reviewer must resolve.
`;

export const HOOKS_HELP = `Usage: airlock hooks install [--pre-commit] | uninstall | status

Installs git hooks that run "airlock gate": pre-push (the change against the pushed-to
remote's default branch) and pre-merge-commit (the merged branch against the current one),
and pre-commit with --pre-commit. Hooks go where git runs them (core.hooksPath, husky's
folder, else .git/hooks). An existing hook is kept, renamed NAME.airlock-chained, and runs
first; uninstall puts it back. The hooks call this CLI by absolute path. Install also adds
"merge=union" lines for the ledger files to .gitattributes.

Local hooks can be skipped with --no-verify: the CI gate is the enforcement point.
`;
