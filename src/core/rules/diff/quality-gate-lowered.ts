import { defineDiffRule } from '../../engine/rule';
import { splitLines } from '../../text/lines';
import { modified } from '../support/changes';
import { isGeneratedFile } from '../support/obfuscation-files';

const MAX_FINDINGS = 10;

/** Metrics a gate keeps above a floor: the higher, the better. */
const SCORES =
  /^(auc|roc|acc|accuracy|f1|f1score|precision|recall|score|bleu|rouge|rougel|em|exact|match|pass|passrate|success|successrate|coverage|map|ndcg|mrr|iou|miou|dice|r2|win|winrate|reward|quality|faithfulness|relevance|groundedness|correctness|hitrate|hits|top1|top5|kappa|mcc|spearman|pearson|agreement)$/;
/** Metrics a gate keeps below a ceiling: the lower, the better. */
const ERRORS =
  /^(loss|error|errors|err|wer|cer|regression|drop|degradation|delta|diff|tolerance|tol|atol|rtol|mae|mse|rmse|mape|perplexity|ppl|failures|failrate|flaky)$/;
/** Sizes, counts and times: a `min_match_length` is not a gate on a result. */
const NOT_GATES =
  /^(length|len|size|count|chars|characters|tokens|words|items|width|height|bytes|samples|examples|epochs|steps|batch|workers|retries|timeout|delay|interval|port|version|seconds|secs|ms|minutes|days|age|lines|depth|k)$/;
const FLOOR_WORDS = /^(min|minimum|floor|threshold|thresh|least|required|require|target|gate|under|lower|baseline|expected|bar|cutoff)$/;
const CEILING_WORDS = /^(max|maximum|ceiling|allowed|allow|upper|limit|budget|tolerance|tol|atol|rtol)$/;

/** `min_auc: 0.62`, `MIN_AUC = 0.62`, `"minAuc": 0.62,`, `const MIN_SCORE = 0.9;`, `min_auc: float = 0.78`, `--fail-under=80`. */
const SETTING =
  /^\s*(?:-\s+)?(?:export\s+)?(?:(?:const|let|var|readonly|static|public|private)\s+)*["']?([A-Za-z_][\w.-]*)["']?\s*(?::\s*[A-Za-z_][\w.[\]| ]*)?\s*[:=]\s*["']?(-?\d+(?:\.\d+)?)%?["']?\s*[,;]?\s*(?:(?:#|\/\/).*)?$/;
const FLAG = /--([a-z][\w-]*)(?:=|\s+)["']?(-?\d+(?:\.\d+)?)%?\b/gi;
/**
 * `PASS_RATE = float(os.environ.get("ASKDOCS_PASS_RATE", "0.6"))`, `const MIN_SCORE = Number(process.env.MIN_SCORE ?? 0.6)`:
 * a gate read from the environment is its default wherever the variable is unset (CI, a reviewer's machine).
 */
const ENV_DEFAULT_SETTING =
  /^\s*(?:export\s+)?(?:(?:const|let|var|readonly|static|public|private)\s+)*([A-Za-z_][\w.]*)\s*(?::\s*[A-Za-z_][\w.[\]| ]*)?\s*=\s*[^=\n]{0,40}?(?:(?:environ\.get|getenv|env_var|env\.(?:float|int|str))\(\s*["'][\w.-]+["']\s*,\s*(?:default\s*=\s*)?|process\.env(?:\.\w+|\[["'][\w.-]+["']\])\s*(?:\?\?|\|\|)\s*)["']?(-?\d+(?:\.\d+)?)%?["']?/;

type Direction = 'floor' | 'ceiling';

/** The words of a setting's name: `min_auc`, `minAUC`, `eval.min-auc` -> [min, auc]. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether a setting is a quality gate, and which way makes it weaker. */
export function gateDirection(name: string): Direction | undefined {
  const w = words(name);
  const joined = w.join('');
  if (w.some((x) => NOT_GATES.test(x))) {
    return undefined;
  }
  if (/^(failunder|covfailunder|minpassrate|minscore|passrate|passingrate|passmark|passingscore|passscore)$/.test(joined)) {
    return 'floor';
  }
  const score = w.some((x) => SCORES.test(x));
  const error = w.some((x) => ERRORS.test(x));
  if (w.some((x) => CEILING_WORDS.test(x)) && error) {
    return 'ceiling';
  }
  if (w.some((x) => FLOOR_WORDS.test(x)) && score) {
    return 'floor';
  }
  return undefined;
}

/** The numeric settings of a line, by name. */
function settingsOf(line: string): Map<string, number> {
  const out = new Map<string, number>();
  const m = SETTING.exec(line) ?? ENV_DEFAULT_SETTING.exec(line);
  if (m) {
    out.set(m[1].replace(/[-.]/g, '_'), Number(m[2]));
  }
  for (const f of line.matchAll(FLAG)) {
    out.set(f[1].replace(/[-.]/g, '_'), Number(f[2]));
  }
  return out;
}

export default defineDiffRule({
  meta: {
    id: 'diff/quality-gate-lowered',
    category: 'evaluation-tampering',
    severity: 'medium',
    summary:
      'A quality gate made easier to pass: a minimum score (`min_auc`, `accuracy_threshold`, `--fail-under`) lowered, or a maximum error or allowed regression (`max_loss`, `max_regression`) raised, in any config, script or constant.',
    why:
      'An agent asked to make the evaluation pass can move the bar instead of the result. The edit is one number in a YAML file ' +
      'or a constant, often with a plausible comment ("the old gate was inflated"), and everything downstream reports green. ' +
      'Lowering a gate is sometimes right, but it should be a decision a person makes knowingly, not a side effect of a change.',
    incorrect: [
      {
        change: modified(
          'configs/default.yaml',
          'eval:\n  min_auc: 0.78\n',
          'eval:\n  # grouped split, old gate was inflated\n  min_auc: 0.62\n',
        ),
      },
      { change: modified('eval/gate.py', 'MAX_REGRESSION = 0.01\n', 'MAX_REGRESSION = 0.05\n') },
      {
        change: modified(
          '.github/workflows/ci.yml',
          '      - run: pytest --cov --cov-fail-under=90\n',
          '      - run: pytest --cov --cov-fail-under=60\n',
        ),
      },
    ],
    correct: [
      { change: modified('configs/default.yaml', 'eval:\n  min_auc: 0.78\n', 'eval:\n  min_auc: 0.80\n') },
      { change: modified('src/layout.ts', 'const MIN_WIDTH = 320;\n', 'const MIN_WIDTH = 280;\n') },
      { change: modified('train.yaml', 'lr: 0.001\nmax_epochs: 10\n', 'lr: 0.0005\nmax_epochs: 20\n') },
    ],
    messages: {
      lowered: 'The quality gate `{{name}}` goes from {{before}} to {{after}}: results that failed the check before now pass it.',
    },
  },
  check(ctx) {
    const path = ctx.change.newPath;
    if (!path || ctx.oldText === undefined || ctx.newText === undefined || isGeneratedFile(path)) {
      return;
    }
    const changes = ctx.lineChanges();
    const before = new Map<string, number>();
    for (const removed of changes.removed) {
      for (const [name, value] of settingsOf(removed.text)) {
        if (gateDirection(name)) {
          before.set(name, value);
        }
      }
    }
    if (before.size === 0) {
      return;
    }
    const lines = splitLines(ctx.newText);
    let count = 0;
    for (const line of [...changes.added].sort((a, b) => a - b)) {
      for (const [name, value] of settingsOf(lines[line - 1] ?? '')) {
        const old = before.get(name);
        const direction = gateDirection(name);
        if (old === undefined || !direction || (direction === 'floor' ? value >= old : value <= old)) {
          continue;
        }
        if (++count > MAX_FINDINGS) {
          return;
        }
        ctx.report({ messageId: 'lowered', data: { name, before: String(old), after: String(value) }, line });
      }
    }
  },
});
