import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule, type TsRuleContext } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import type { CallNode } from '../support/calls';
import { constInit, shorten, unwrapExpr } from '../support/process-paths';
import { lineIndex } from '../support/sandbox-lines';

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
  { pattern: /\b(?:tcp|https?):\/\/[\w.-]+:237[56]\b/, what: "the Docker Engine API port, which controls the host's containers" },
  {
    pattern:
      /\bdocker\s+(?:container\s+)?(?:run|create)\b[^\n]*?(?:--privileged|\s-v\s*\/:|--volume[= ]\/:|--(?:pid|net|network|ipc|uts|userns)[= ]host\b)/,
    what: "a privileged container or one that shares the host's root, processes or network: root on the host",
  },
  {
    pattern: /\/(?:var\/)?run\/secrets\/kubernetes\.io\/serviceaccount\b/,
    what: 'the Kubernetes service-account credentials, which let code act on the cluster',
    // Workload-identity clients read it legitimately; in application code it is worth a look, not an alarm.
    severity: 'medium',
  },
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
  {
    pattern: /\/dev\/(?:(?:sd|hd|vd|xvd)[a-z]\d*\b|nvme\d+(?:n\d+)?(?:p\d+)?\b|dm-\d+\b|mapper\/)/,
    what: "a raw disk device, where the host's filesystems live",
  },
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
    case 'Identifier': {
      const init = constInit(ctx, expr);
      return init ? shapeOf(ctx, init, depth + 1) : undefined;
    }
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

interface Match {
  text: string;
  surface: Surface;
}

/** The escape surface a string shape names, if any (ordinary `/proc/self/status` and the like are not). */
function surfaceOf(shape: string | undefined): Match | undefined {
  if (!shape) {
    return undefined;
  }
  const surface = SURFACES.find((s) => s.pattern.test(shape));
  if (!surface || surface.ordinary) {
    return undefined;
  }
  const line = shape.split('\n').find((s) => surface.pattern.test(s)) ?? shape;
  return { text: shorten(line), surface };
}

interface Received {
  node: Node;
  /** Written inside the call (not reached through a name). */
  inside: boolean;
  /** The argument it came through, for messages. */
  via: Node;
}

/** Values a call receives: its arguments and, in object-literal arguments, the option values (`{ socketPath: SOCK }`). */
function receivedValues(ctx: TsRuleContext, call: CallNode): Received[] {
  const out: Received[] = [];
  const visit = (node: Node, inside: boolean, via: Node, depth: number): void => {
    const expr = unwrapExpr(node);
    if (expr.type === 'SpreadElement' || expr.type.includes('Function')) {
      return;
    }
    out.push({ node: expr, inside, via: inside ? expr : via });
    const objects: TSESTree.ObjectExpression[] =
      expr.type === 'ObjectExpression'
        ? [expr]
        : ctx.values(expr).flatMap((v) => (v.kind === 'obj' && v.node.type === 'ObjectExpression' ? [v.node] : []));
    for (const object of depth < 2 ? objects : []) {
      for (const prop of object.properties) {
        if (prop.type === 'Property' && prop.kind === 'init') {
          visit(prop.value, inside && object === expr, inside ? expr : via, depth + 1);
        }
      }
    }
  };
  call.arguments.forEach((arg) => visit(arg, true, arg, 0));
  return out;
}

export default defineTsRule({
  meta: {
    id: 'ts/host-escape-path',
    category: 'sandbox-escape',
    severity: 'high',
    summary:
      'Strings naming container and host escape surfaces (`/var/run/docker.sock`, the Docker API port, `docker run --privileged`, `/proc/1/root`, ' +
      '`/proc/self/environ`, `/sys/kernel`, raw disks, Kubernetes service-account tokens, `nsenter`, `ptrace`), and calls given them through a constant.',
    why:
      "These paths are how code inside a container or sandbox reaches the host: the Docker socket, the init process's root, " +
      'raw memory, kernel control files. Ordinary application code never needs them, so their appearance is a signal by itself.',
    incorrect: [
      "fs.readFileSync('/proc/self/environ')",
      "new Docker({ socketPath: '/var/run/docker.sock' })",
      'exec(`nsenter -t 1 -m -u -n -i sh`)',
      "const SOCK = '/var/run/docker.sock';\nhttp.get({ socketPath: SOCK, path: '/info' })",
    ],
    correct: [
      "fs.readFileSync('/proc/self/status', 'utf8')",
      "fs.readFileSync('/proc/meminfo')",
      "const dir = '/var/run/app'",
      "log('entering namespace')",
    ],
    messages: {
      surface: '`{{text}}` names {{what}}.',
      uses: '`{{name}}` is given `{{text}}` (through `{{via}}`): {{what}}.',
    },
  },
  create(ctx) {
    /** Matches by node; only the outermost of nested matches is reported (`'/proc/' + 'self/environ'`). */
    const matches = new Map<Node, Match>();
    const calls: CallNode[] = [];

    function check(node: Node): void {
      const match = surfaceOf(shapeOf(ctx, node));
      if (match) {
        matches.set(node, match);
      }
    }

    /** Whether a node is, or contains, a string that names a surface where it is written. */
    function written(node: Node, containing: ReadonlySet<Node>): boolean {
      return matches.has(node) || containing.has(node);
    }

    /** A call given a surface declared elsewhere (`http.request({ socketPath: DOCKER_SOCKET })`). */
    function checkUse(call: CallNode, containing: ReadonlySet<Node>, lines: ReadonlySet<number>, lineOf: (n: number) => number): void {
      if (lines.has(lineOf(call.range[0]))) {
        return;
      }
      for (const { node, inside, via } of receivedValues(ctx, call)) {
        const match = inside && written(node, containing) ? undefined : surfaceOf(shapeOf(ctx, node));
        if (match) {
          const { text, surface } = match;
          const data = { name: shorten(ctx.text(call.callee), 40), text, via: shorten(ctx.text(via), 40), what: surface.what };
          ctx.report({ node: call, messageId: 'uses', data, severity: surface.severity ?? 'high' });
          return;
        }
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
      CallExpression: (node) => {
        check(node);
        calls.push(node);
      },
      NewExpression: (node) => calls.push(node),
      'Program:exit'() {
        const containing = new Set<Node>();
        const lines = new Set<number>();
        const lineOf = lineIndex(ctx.sourceText);
        for (const [node, { text, surface }] of matches) {
          let ancestor = node.parent;
          while (ancestor && !matches.has(ancestor)) {
            containing.add(ancestor);
            ancestor = ancestor.parent;
          }
          if (!ancestor) {
            lines.add(lineOf(node.range[0]));
            ctx.report({ node, messageId: 'surface', data: { text, what: surface.what }, severity: surface.severity ?? 'high' });
          }
        }
        for (const call of calls) {
          if (!matches.has(call)) {
            checkUse(call, containing, lines, lineOf);
          }
        }
      },
    };
  },
});
