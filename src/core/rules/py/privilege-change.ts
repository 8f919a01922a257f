import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { callArguments } from '../../python/calls';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { isDocstring } from '../support/py-fs-paths';
import { clipText } from '../support/py-install-commands';

const PRIVILEGE: Record<string, string> = {
  'os.setuid': 'the user id',
  'os.seteuid': 'the effective user id',
  'os.setreuid': 'the user ids',
  'os.setresuid': 'the user ids',
  'os.setgid': 'the group id',
  'os.setegid': 'the effective group id',
  'os.setregid': 'the group ids',
  'os.setresgid': 'the group ids',
  'os.setgroups': 'the supplementary groups',
  'os.initgroups': 'the supplementary groups',
  'os.chroot': 'the root directory',
  'os.setns': 'the namespace',
  'os.unshare': 'the namespaces',
};
const LIMITS = new Set(['resource.setrlimit', 'resource.prlimit']);
const STOP_SIGNALS = /^signal\.(SIGTERM|SIGINT|SIGHUP|SIGALRM|SIGXCPU|SIGQUIT|SIGUSR1)$/;
/** Host interfaces a process inside a container or sandbox should never touch. */
const ESCAPE_PATHS: { re: RegExp; what: string; severity?: Severity; socket?: boolean }[] = [
  {
    re: /^(unix:\/\/)?\/(var\/)?run\/docker\.sock$|^(unix:\/\/)?\/(var\/)?run\/(containerd\/containerd|crio\/crio|podman\/podman)\.sock$/,
    what: 'the container runtime socket (root on the host)',
    socket: true,
  },
  {
    re: /^\/proc\/(self|1|\d+|\{[^}]*\})\/(cgroup|mountinfo)$/,
    what: "the process's cgroup or mount table, read to find out whether it runs in a container and which one",
    severity: 'medium',
  },
  { re: /^\/\.dockerenv$|^\/run\/\.containerenv$/, what: 'a container marker file, checked to detect a sandbox', severity: 'medium' },
  {
    re: /^\/proc\/(self|\d+|\*|\{[^}]*\})\/(mem|maps|root|exe|fd|cwd)(\/|$)/,
    what: 'another view of a process (memory, root, file descriptors)',
  },
  {
    re: /^\/proc\/(self|thread-self|\d+|\*|\{[^}]*\})\/environ$/,
    what: "a process's environment read from under /proc (every secret it was started with, past whatever the sandbox passed in)",
  },
  { re: /^\/proc\/(sys\/kernel|sysrq-trigger|kcore|kallsyms|1\/)/, what: 'kernel or init-process internals' },
  { re: /^\/sys\/(kernel|fs\/cgroup\/.*release_agent|fs\/cgroup\/.*notify_on_release|firmware|module)/, what: 'kernel or cgroup controls' },
  { re: /^\/dev\/(mem|kmem|port|sd[a-z]\d*|nvme\d|xvd[a-z]|disk\/)/, what: 'raw memory or disk devices' },
];

export default definePyRule({
  meta: {
    id: 'py/privilege-change',
    category: 'sandbox-escape',
    severity: 'high',
    summary:
      'Privilege and isolation changes: `os.setuid`/`setgid` and friends, `os.chroot`, `os.unshare`, `resource.setrlimit`, ignoring termination and timeout signals, and paths to the Docker socket (where they are written or built, and where a client is pointed at them), `/proc/<pid>/mem`, `/proc/self/cgroup`, `/sys/kernel` or raw devices.',
    why:
      'Changing user ids or roots, lifting resource limits, ignoring the signals a supervisor uses to stop a job, or talking to ' +
      'the container runtime are the steps of breaking out of a sandbox. Application code written by an agent has no business doing any of them.',
    incorrect: [
      'import os\nos.setuid(0)',
      "import docker\nclient = docker.DockerClient(base_url='unix:///var/run/docker.sock')",
      'import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)',
      'import resource\nresource.setrlimit(resource.RLIMIT_CPU, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))',
    ],
    correct: [
      'import os\nuid = os.getuid()',
      'import signal\nsignal.signal(signal.SIGTERM, handle_shutdown)',
      "path = '/proc/cpuinfo'",
      'import resource\nsoft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)',
    ],
    messages: {
      privilege: '`{{call}}` changes {{what}} of the process: a step of gaining or dropping privileges or isolation.',
      limit: '`{{call}}` changes the resource limits of the process{{detail}}.',
      signal: '`{{code}}` ignores `{{signal}}`: the process no longer stops when its supervisor or timeout asks it to.',
      path: '`{{path}}` is {{what}}: touching it from code is how a process reaches outside its sandbox or container.',
      socketUse: '`{{code}}` connects to `{{path}}`, {{what}}: whoever talks to it can start privileged containers and read the host.',
    },
  },
  create(ctx) {
    const reportedPaths: PyNode[] = [];
    return {
      call(node) {
        const names = ctx.callNames(node);
        const args = callArguments(node, ctx.sourceText).positional;
        const privilege = names.find((n) => PRIVILEGE[n] !== undefined);
        if (privilege) {
          ctx.report({ node, messageId: 'privilege', data: { call: privilege, what: PRIVILEGE[privilege] } });
          return;
        }
        const limit = names.find((n) => LIMITS.has(n));
        if (limit) {
          const text = ctx.text(node);
          const unlimited = /RLIM_INFINITY|-1\b/.test(text);
          const detail = unlimited ? ' to unlimited' : '';
          ctx.report({ node, messageId: 'limit', data: { call: limit, detail }, severity: unlimited ? 'high' : 'medium' });
          return;
        }
        reportSocketUse(node);
        if (names.includes('signal.signal') && args[0] && args[1]) {
          const signal = ctx.names(args[0]).find((n) => STOP_SIGNALS.test(n));
          const ignored =
            ctx.names(args[1]).includes('signal.SIG_IGN') || (args[1].type === 'lambda' && /:\s*(None|0|pass)\s*$/.test(ctx.text(args[1])));
          if (signal && ignored) {
            const severity: Severity = /SIGTERM|SIGALRM|SIGXCPU/.test(signal) ? 'high' : 'medium';
            ctx.report({
              node,
              messageId: 'signal',
              data: { code: clipText(ctx.text(node), 60), signal: signal.replace('signal.', '') },
              severity,
            });
          }
        }
      },
      string(node) {
        reportPath(node);
      },
      concatenated_string(node) {
        reportPath(node);
      },
      binary_operator(node) {
        // `'/var/run/' + 'docker.sock'`: the whole constant, once, at the outermost `+`.
        if (node.parent?.type !== 'binary_operator' && ctx.text(field(node, 'operator') ?? node) === '+') {
          reportPath(node);
        }
      },
    };

    /** A socket path kept in a name and handed to a client (`HTTPTransport(uds=SOCK)`): flagged where it is used too. */
    function reportSocketUse(node: PyNode): void {
      const args = callArguments(node, ctx.sourceText);
      for (const arg of [...args.positional, ...args.keywords.values()]) {
        if (arg.type !== 'identifier' && arg.type !== 'attribute') {
          continue;
        }
        const hit = ctx
          .strings(arg)
          ?.map((value) => ({ value, path: ESCAPE_PATHS.find((p) => p.socket === true && p.re.test(value)) }))
          .find((h) => h.path !== undefined);
        if (hit?.path) {
          ctx.report({
            node,
            messageId: 'socketUse',
            data: { code: clipText(ctx.text(node), 60), path: hit.value, what: hit.path.what },
          });
          return;
        }
      }
    }

    function reportPath(node: PyNode): void {
      if (
        node.parent?.type === 'concatenated_string' ||
        isDocstring(node) ||
        reportedPaths.some((r) => r.start <= node.start && node.end <= r.end)
      ) {
        return;
      }
      // f-strings keep their `{...}` parts: `f'/proc/{pid}/mem'`.
      const values =
        ctx.strings(node) ?? (node.type === 'string' ? [ctx.text(node).replace(/^[a-zA-Z]*(['"]{3}|['"])|(['"]{3}|['"])$/g, '')] : []);
      for (const value of values) {
        const hit = ESCAPE_PATHS.find((p) => p.re.test(value));
        if (hit) {
          reportedPaths.push(node);
          ctx.report({ node, messageId: 'path', data: { path: clipText(value, 60), what: hit.what }, severity: hit.severity });
          return;
        }
      }
    }
  },
});
