import rule from '../../../src/core/rules/ts/host-escape-path';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    "fs.readFileSync('/proc/self/status', 'utf8')",
    "fs.readFileSync('/proc/self/statm')",
    "fs.readFileSync('/proc/meminfo')",
    "fs.readFileSync('/proc/cpuinfo', 'utf8')",
    "const load = fs.readFileSync('/proc/loadavg')",
    "const dir = '/var/run/app'",
    "const sock = '/tmp/app.sock'",
    "log('entering namespace')",
    "const s = 'The kernel version'",
    "const p = path.join('/proc', 'meminfo')",
    "fs.readFileSync('/sys/class/net/eth0/address')",
    "const dev = '/dev/null'",
    "const mem = '/dev/shm/cache'",
    "const word = 'processor'",
    'const x = a + b',
  ],
  invalid: [
    {
      code: "fs.readFileSync('/proc/self/environ')",
      errors: [
        {
          messageId: 'surface',
          severity: 'high',
          column: 17,
          message: '`/proc/self/environ` names process memory, environment or filesystem root exposed under /proc.',
        },
      ],
    },
    { code: "fs.readFileSync('/proc/self/mem')", errors: [{ messageId: 'surface', severity: 'high' }] },
    { code: "fs.readlinkSync('/proc/self/exe')", errors: [{ messageId: 'surface', severity: 'high' }] },
    { code: "fs.readFileSync('/proc/self/fdinfo/3')", errors: [{ messageId: 'surface', severity: 'high' }] },
    { code: 'fs.readFileSync(`/proc/${pid}/environ`)', errors: [{ messageId: 'surface', severity: 'high' }] },
    { code: "fs.readFileSync('/proc/' + pid + '/mem')", errors: [{ messageId: 'surface', severity: 'high' }] },
    {
      code: "const path = require('path'); fs.readFileSync(path.join('/proc', String(pid), 'environ'))",
      errors: [{ messageId: 'surface' }],
    },
    { code: "fs.readdirSync('/proc/1/root/etc')", errors: [{ messageId: 'surface', severity: 'high' }] },
    { code: "const p = '/proc/' + 'self/' + 'environ'; read(p)", errors: [{ messageId: 'surface', column: 11 }] },
    { code: "read(atob('L3Byb2Mvc2VsZi9lbnZpcm9u'))", errors: [{ messageId: 'surface' }] },
    {
      code: 'read(String.fromCharCode(47, 100, 101, 118, 47, 109, 101, 109))',
      errors: [{ messageId: 'surface', message: '`/dev/mem` names raw physical-memory devices.' }],
    },
    { code: "read(['/var', 'run', 'docker.sock'].join('/'))", errors: [{ messageId: 'surface' }] },
    {
      code: "new Docker({ socketPath: '/var/run/docker.sock' })",
      errors: [
        {
          messageId: 'surface',
          severity: 'high',
          message: "`/var/run/docker.sock` names the Docker daemon socket, which controls the host's containers.",
        },
      ],
    },
    { code: "http.request({ socketPath: '/run/docker.sock', path: '/containers/json' })", errors: [{ messageId: 'surface' }] },
    { code: "connect('/run/containerd/containerd.sock')", errors: [{ messageId: 'surface' }] },
    { code: "fs.writeFileSync('/sys/fs/cgroup/rdma/release_agent', cmd)", errors: [{ messageId: 'surface', severity: 'high' }] },
    { code: "fs.readFileSync('/sys/kernel/debug/x')", errors: [{ messageId: 'surface' }] },
    { code: "fs.writeFileSync('/proc/sys/kernel/core_pattern', '|/tmp/x')", errors: [{ messageId: 'surface' }] },
    { code: "fs.openSync('/dev/kmem', 'r')", errors: [{ messageId: 'surface' }] },
    { code: 'exec(`nsenter -t 1 -m -u -n -i sh`)', errors: [{ messageId: 'surface', severity: 'high' }] },
    { code: "const syscall = 'ptrace'", errors: [{ messageId: 'surface' }] },
    { code: "ffiCall('PTRACE_ATTACH', pid)", errors: [{ messageId: 'surface' }] },
    { code: "const inDocker = fs.existsSync('/.dockerenv')", errors: [{ messageId: 'surface', severity: 'medium' }] },
    { code: "fs.existsSync('/run/.containerenv')", errors: [{ messageId: 'surface', severity: 'medium' }] },
    { code: "fs.readFileSync('/proc/1/cgroup', 'utf8').includes('docker')", errors: [{ messageId: 'surface', severity: 'medium' }] },
    { code: "fs.readFileSync('/proc/self/mountinfo')", errors: [{ messageId: 'surface', severity: 'medium' }] },
    { code: "read('/proc/self/environ'); read('/var/run/docker.sock')", errors: [{ messageId: 'surface' }, { messageId: 'surface' }] },
  ],
});
