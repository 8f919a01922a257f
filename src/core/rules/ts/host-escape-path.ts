import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import { shorten, unwrapExpr } from '../support/process-paths';

/** Stands for a part of a string only known at run time (`/proc/${pid}/environ`). */
const HOLE = '<?>';
const PID = String.raw`(?:\d+|self|thread-self|<\?>)`;

interface Surface {
  pattern: RegExp;
  what: string;
  severity?: Severity;
}

/** Checked in order; a `severity` of undefined on the first match means "ordinary, not flagged". */
const SURFACES: (Surface & { ordinary?: boolean })[] = [
  { pattern: /\/(?:var\/)?run\/docker\.sock|\bdocker\.sock\b/, what: "the Docker daemon socket, which controls the host's containers" },
  { pattern: /\b(?:containerd|crio|podman|cri-dockerd)\.sock\b/, what: "a container runtime socket, which controls the host's containers" },
  {
    pattern: new RegExp(String.raw`/proc/${PID}/(?:cgroup|mountinfo|mounts)\b`),
    what: 'cgroup or mount information, a common check for running inside a container',
    severity: 'medium',
  },
  {
    pattern: /\/proc\/(?:self|thread-self)\/(?:status|stat|statm|io|limits|sched|schedstat|smaps_rollup|oom_score)\b/,
    what: '',
    ordinary: true,
  },
  { pattern: /\/proc\/1\//, what: "the init process (pid 1), whose root and environment are the host's" },
  {
    pattern: new RegExp(String.raw`/proc/${PID}/(?:mem|environ|root|cwd|maps|fd|exe|pagemap|auxv|map_files|task|syscall|stack|cmdline)\b`),
    what: 'process memory, environment or filesystem root exposed under /proc',
  },
  { pattern: /\/proc\/self\//, what: 'process internals exposed under /proc/self' },
  {
    pattern: /\/proc\/sys\/kernel\/|\/proc\/sysrq-trigger|\/proc\/kcore|\/proc\/kallsyms|\bcore_pattern\b/,
    what: 'kernel control files under /proc',
  },
  {
    pattern: /\/sys\/kernel\b|\/sys\/fs\/cgroup\/.*\b(?:release_agent|notify_on_release)\b|\brelease_agent\b/,
    what: 'kernel or cgroup control files used to escape containers',
  },
  { pattern: /\/dev\/(?:mem|kmem|port)\b/, what: 'raw physical-memory devices' },
  { pattern: /\bnsenter\b/, what: "`nsenter`, which enters other processes' namespaces (such as the host's)" },
  { pattern: /\bptrace\b|\bPTRACE_[A-Z]+\b/, what: '`ptrace`, which attaches to and controls other processes' },
  {
    pattern: /\/\.dockerenv\b|\/run\/\.containerenv\b/,
    what: 'a container marker file: code checking whether it runs inside a sandbox',
    severity: 'medium',
  },
];

/** The string an expression builds, with run-time parts as holes; undefined if it is not string-like. */
function shapeOf(ctx: TsRuleContext, node: Node, depth = 0): string | undefined {
  const strings = ctx.strings(node);
  if (strings) {
    return strings.join('\n');
  }
  const expr = unwrapExpr(node);
  if (depth > 10) {
    return undefined;
  }
  const part = (n: Node): string => shapeOf(ctx, n, depth + 1) ?? HOLE;
  switch (expr.type) {
    case 'TemplateLiteral':
      return expr.quasis.map((q, i) => (q.value.cooked ?? '') + (expr.expressions[i] ? part(expr.expressions[i]) : '')).join('');
    case 'BinaryExpression':
      return expr.operator === '+' ? part(expr.left) + part(expr.right) : undefined;
    case 'CallExpression':
      return ctx.refs(expr.callee).some((r) => r.module === 'path' && ['join', 'resolve', 'posix.join'].includes(r.path.join('.')))
        ? expr.arguments
            .map(part)
            .join('/')
            .replace(/\/{2,}/g, '/')
        : undefined;
    default:
      return undefined;
  }
}

export default defineTsRule({
  meta: {
    id: 'ts/host-escape-path',
    category: 'sandbox-escape',
    severity: 'high',
    summary:
      'Strings naming container and host escape surfaces: `/var/run/docker.sock`, `/proc/1/root`, `/proc/self/environ`, `/sys/kernel`, `nsenter`, `ptrace`.',
    why:
      "These paths are how code inside a container or sandbox reaches the host: the Docker socket, the init process's root, " +
      'raw memory, kernel control files. Ordinary application code never needs them, so their appearance is a signal by itself.',
    incorrect: [
      "fs.readFileSync('/proc/self/environ')",
      "new Docker({ socketPath: '/var/run/docker.sock' })",
      'exec(`nsenter -t 1 -m -u -n -i sh`)',
    ],
    correct: [
      "fs.readFileSync('/proc/self/status', 'utf8')",
      "fs.readFileSync('/proc/meminfo')",
      "const dir = '/var/run/app'",
      "log('entering namespace')",
    ],
    messages: {
      surface: '`{{text}}` names {{what}}.',
    },
  },
  create(ctx) {
    /** Matches by node; only the outermost of nested matches is reported (`'/proc/' + 'self/environ'`). */
    const matches = new Map<Node, { text: string; surface: Surface }>();

    function check(node: Node): void {
      const shape = shapeOf(ctx, node);
      if (!shape) {
        return;
      }
      const surface = SURFACES.find((s) => s.pattern.test(shape));
      if (surface && !surface.ordinary) {
        const line = shape.split('\n').find((s) => surface.pattern.test(s)) ?? shape;
        matches.set(node, { text: shorten(line), surface });
      }
    }

    return {
      Literal: (node) => {
        if (typeof node.value === 'string') {
          check(node);
        }
      },
      TemplateLiteral: check,
      BinaryExpression: (node) => {
        if (node.operator === '+') {
          check(node);
        }
      },
      CallExpression: check,
      'Program:exit'() {
        for (const [node, { text, surface }] of matches) {
          let ancestor = node.parent;
          while (ancestor && !matches.has(ancestor)) {
            ancestor = ancestor.parent;
          }
          if (!ancestor) {
            ctx.report({ node, messageId: 'surface', data: { text, what: surface.what }, severity: surface.severity ?? 'high' });
          }
        }
      },
    };
  },
});
