import { defineTextRule } from '../../engine/rule';
import { DOC_FILES, settingMatches } from '../support/text-settings';

interface Setting {
  pattern: RegExp;
  what: string;
}

/**
 * Container settings that hand the container the host, in the spellings of the Docker SDKs
 * (Python `privileged=True`, dockerode `Privileged: true`), Compose, Kubernetes and the CLI.
 * Each pattern starts with a literal name and has bounded gaps: linear on any input.
 */
const SETTINGS: readonly Setting[] = [
  {
    pattern: /(?<![\w-])["']?(?:privileged|Privileged)["']?\]?[ \t]{0,4}[=:][ \t]{0,4}["']?(?:True|true|yes|1)\b/g,
    what: 'a privileged container: every device and capability of the host, root on the host in one step',
  },
  { pattern: /(?<![\w-])--privileged(?![\w-])(?![ \t]*=[ \t]*false)/g, what: 'a privileged container: root on the host in one step' },
  {
    pattern:
      /(?<![\w-])["']?(?:pid_mode|network_mode|ipc_mode|userns_mode|uts_mode|PidMode|NetworkMode|IpcMode|UsernsMode|pid|ipc|network_mode)["']?\]?[ \t]{0,4}[=:][ \t]{0,4}["']host["']/g,
    what: "the host's processes, network or users shared with the container",
  },
  {
    pattern: /(?<![\w-])(?:hostPID|hostNetwork|hostIPC)["']?[ \t]{0,4}:[ \t]{0,4}true\b/g,
    what: "the host's processes or network shared with the pod",
  },
  {
    pattern:
      /(?<![\w-])["']?(?:cap_add|CapAdd|capAdd)["']?\]?[ \t]{0,4}[=:][ \t]{0,4}\[[^\]\n]{0,80}["']?(?:SYS_ADMIN|ALL|SYS_PTRACE|SYS_MODULE|DAC_READ_SEARCH)\b/g,
    what: 'a kernel capability that lets the container break out to the host',
  },
  {
    pattern: /(?<![\w-])--cap-add[= ](?:SYS_ADMIN|ALL|SYS_PTRACE|SYS_MODULE|DAC_READ_SEARCH)\b/g,
    what: 'a kernel capability that lets the container break out to the host',
  },
  { pattern: /(?<![\w-])allowPrivilegeEscalation["']?[ \t]{0,4}:[ \t]{0,4}true\b/g, what: 'privilege escalation inside the pod' },
  { pattern: /(?<![\w-])(?:seccomp|apparmor)[=:][ \t]{0,2}unconfined\b/gi, what: 'the kernel sandbox (seccomp or AppArmor) switched off' },
];

export default defineTextRule({
  meta: {
    id: 'text/privileged-container',
    category: 'sandbox-escape',
    severity: 'high',
    summary:
      'Containers given the host: `privileged=True`, `--privileged`, host PID/network/IPC namespaces, `SYS_ADMIN` capabilities, seccomp or AppArmor unconfined, in code, Compose, Kubernetes and CI files.',
    why:
      'A sandbox that runs untrusted code (evaluation tasks, plugins, user programs) in a container is only a sandbox while the ' +
      'container is confined. A privileged container, or one sharing the host PID or network namespace or holding `SYS_ADMIN`, ' +
      'can mount the host disk or enter host processes: one option quietly turns the sandbox into root on the machine.',
    incorrect: [
      { filename: 'evalh/sandbox.py', code: 'client.containers.run(image, cmd, privileged=True)\n' },
      { filename: 'evalh/sandbox.py', code: 'extra = {}\nextra["privileged"] = True\n' },
      { filename: 'docker-compose.yml', code: 'services:\n  runner:\n    image: x\n    pid: "host"\n' },
      { filename: 'k8s/pod.yaml', code: 'spec:\n  hostNetwork: true\n' },
      { filename: 'src/run.ts', code: 'docker.createContainer({ Image: img, HostConfig: { Privileged: true } });\n' },
      { filename: 'scripts/run.sh', code: 'docker run --rm --cap-add=SYS_ADMIN img\n' },
    ],
    correct: [
      { filename: 'evalh/sandbox.py', code: 'client.containers.run(image, cmd, privileged=False, network_mode="none")\n' },
      { filename: 'k8s/pod.yaml', code: 'securityContext:\n  allowPrivilegeEscalation: false\n  privileged: false\n' },
      { filename: 'README.md', code: 'Never run the sandbox with `privileged: true`.\n' },
      { filename: 'src/roles.ts', code: "const isPrivileged = user.role === 'admin';\n" },
    ],
    messages: {
      escape: '`{{code}}` gives {{what}}: a container set up this way is no longer a sandbox.',
    },
  },
  check(ctx) {
    if (DOC_FILES.test(ctx.path)) {
      return;
    }
    const seen = new Set<number>();
    for (const setting of SETTINGS) {
      for (const m of settingMatches(setting.pattern, ctx.text, 100)) {
        if (seen.has(m.index)) {
          continue;
        }
        seen.add(m.index);
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          messageId: 'escape',
          data: { code: m[0].replace(/\s+/g, ' '), what: setting.what },
          severity: ctx.isTestFile ? 'medium' : 'high',
        });
      }
    }
  },
});
