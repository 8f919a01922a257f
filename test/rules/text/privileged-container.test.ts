import rule from '../../../src/core/rules/text/privileged-container';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    { filename: 'evalh/sandbox.py', code: 'client.containers.run(image, cmd, privileged=False, network_mode="none")\n' },
    { filename: 'k8s/pod.yaml', code: 'securityContext:\n  allowPrivilegeEscalation: false\n  privileged: false\n' },
    { filename: 'README.md', code: 'Never run the sandbox with `privileged: true`.\n' },
    { filename: 'src/roles.ts', code: "const isPrivileged = user.role === 'admin';\n" },
    { filename: 'src/roles.ts', code: 'const privilegedUsers = true;\n' },
    { filename: 'compose.yml', code: 'services:\n  web:\n    network_mode: bridge\n' },
    { filename: 'scripts/run.sh', code: 'docker run --rm --cap-add=NET_BIND_SERVICE img\n' },
    { filename: 'k8s/pod.yaml', code: 'spec:\n  hostNetwork: false\n' },
  ],
  invalid: [
    {
      filename: 'evalh/sandbox.py',
      code: 'extra = {}\nextra["privileged"] = True\n',
      errors: [{ messageId: 'escape', line: 2, severity: 'high' }],
    },
    { filename: 'evalh/sandbox.py', code: 'client.containers.run(image, cmd, privileged=True)\n', errors: [{ messageId: 'escape' }] },
    { filename: 'evalh/sandbox.py', code: 'client.containers.run(image, pid_mode="host")\n', errors: [{ messageId: 'escape' }] },
    { filename: 'evalh/sandbox.py', code: 'client.containers.run(image, cap_add=["SYS_ADMIN"])\n', errors: [{ messageId: 'escape' }] },
    {
      filename: 'docker-compose.yml',
      code: 'services:\n  runner:\n    image: x\n    pid: "host"\n',
      errors: [{ messageId: 'escape', line: 4 }],
    },
    { filename: 'k8s/pod.yaml', code: 'spec:\n  hostNetwork: true\n', errors: [{ messageId: 'escape', line: 2 }] },
    {
      filename: 'src/run.ts',
      code: 'docker.createContainer({ Image: img, HostConfig: { Privileged: true } });\n',
      errors: [{ messageId: 'escape' }],
    },
    { filename: 'scripts/run.sh', code: 'docker run --rm --cap-add=SYS_ADMIN img\n', errors: [{ messageId: 'escape' }] },
    { filename: 'scripts/run.sh', code: 'docker run --privileged img\n', errors: [{ messageId: 'escape' }] },
    {
      filename: 'compose.yml',
      code: 'services:\n  x:\n    security_opt:\n      - seccomp:unconfined\n',
      errors: [{ messageId: 'escape', line: 4 }],
    },
    {
      filename: 'tests/test_sandbox.py',
      code: 'client.containers.run(image, privileged=True)\n',
      errors: [{ messageId: 'escape', severity: 'medium' }],
    },
  ],
});
