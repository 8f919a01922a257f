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
    "fetch('http://localhost:3000/api')",
    "const port = 2375; log('listening')",
    "exec('docker run --rm -v ./data:/data alpine ls /data')",
    "exec('docker ps')",
    "fs.readFileSync('/var/run/secrets/app/config.json')",
    "const dev = '/dev/sdcard/Download'",
    "const disk = 'sda'",
    "const SOCK = '/tmp/app.sock';\nhttp.request({ socketPath: SOCK, path: '/health' })",
    "const STATUS = '/proc/self/status';\nfs.readFileSync(STATUS, 'utf8')",
    "const opts = { socketPath: '/var/run/app.sock' };\nhttp.get(opts)",
    "const name = 'docker';\nlog(name)",
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
    {
      code: "fs.readFileSync('/var/run/secrets/kubernetes.io/serviceaccount/token', 'utf8')",
      errors: [
        {
          messageId: 'surface',
          severity: 'medium',
          message:
            '`/var/run/secrets/kubernetes.io/serviceaccount/token` names the Kubernetes service-account credentials, which let code act on the cluster.',
        },
      ],
    },
    { code: "fetch('http://127.0.0.1:2375/containers/json')", errors: [{ messageId: 'surface', severity: 'high' }] },
    { code: "const DOCKER_HOST = 'tcp://10.0.0.5:2376'", errors: [{ messageId: 'surface' }] },
    {
      code: "exec('docker run --rm --privileged alpine sh')",
      errors: [
        {
          messageId: 'surface',
          severity: 'high',
          message:
            "`docker run --rm --privileged alpine sh` names a privileged container or one that shares the host's root, processes or network: root on the host.",
        },
      ],
    },
    { code: "exec('docker run -v /:/host alpine chroot /host')", errors: [{ messageId: 'surface' }] },
    { code: 'exec(`docker run --pid=host ${image}`)', errors: [{ messageId: 'surface' }] },
    { code: "fs.openSync('/dev/sda1', 'r')", errors: [{ messageId: 'surface', severity: 'high' }] },
    { code: "spawn('mount', ['/dev/nvme0n1p1', '/mnt'])", errors: [{ messageId: 'surface' }] },
    // uses of a surface declared elsewhere
    {
      code: "const DOCKER_SOCKET = '/var/run/docker.sock';\nconst req = http.request({ socketPath: DOCKER_SOCKET, path, method: 'GET' }, (res) => {\n  res.resume();\n});",
      errors: [
        { messageId: 'surface', line: 1 },
        {
          messageId: 'uses',
          line: 2,
          endLine: 4,
          severity: 'high',
          message:
            "`http.request` is given `/var/run/docker.sock` (through `DOCKER_SOCKET`): the Docker daemon socket, which controls the host's containers.",
        },
      ],
    },
    {
      code: "const SOCK = '/var/run/docker.sock'; http.request({ socketPath: SOCK })",
      name: 'a use on the line that writes the path is not reported twice',
      errors: [{ messageId: 'surface' }],
    },
    {
      code: "const SOCK = '/var/run/docker.sock';\nconst conn = net.connect(SOCK)",
      errors: [
        { messageId: 'surface', line: 1 },
        { messageId: 'uses', line: 2 },
      ],
    },
    {
      code: "const ENVIRON = '/proc/self/environ';\nexport const env = () => fs.readFileSync(ENVIRON, 'utf8')",
      errors: [
        { messageId: 'surface', line: 1 },
        { messageId: 'uses', line: 2, column: 26 },
      ],
    },
    {
      code: "const opts = { socketPath: '/var/run/docker.sock' };\nhttp.get(opts, onResponse)",
      errors: [
        { messageId: 'surface', line: 1 },
        { messageId: 'uses', line: 2 },
      ],
    },
    {
      code: "const S = '/run/containerd/containerd.sock';\nconst agent = new Agent({ connect: { socketPath: S } })",
      errors: [
        { messageId: 'surface', line: 1 },
        { messageId: 'uses', line: 2 },
      ],
    },
    {
      code: "const DIR = '/var/run';\nconst SOCK = DIR + '/docker.sock';\nnew Docker({ socketPath: SOCK })",
      errors: [
        { messageId: 'surface', line: 2 },
        { messageId: 'uses', line: 3 },
      ],
    },
    {
      code: "const cfg = { docker: { socketPath: '/var/run/docker.sock' } };\nconst client = new Docker(cfg.docker);",
      errors: [
        { messageId: 'surface', line: 1 },
        {
          messageId: 'uses',
          line: 2,
          message:
            "`Docker` is given `/var/run/docker.sock` (through `cfg.docker`): the Docker daemon socket, which controls the host's containers.",
        },
      ],
    },
    {
      code: 'const envPath = `/proc/${pid}/environ`;\nconst env = fs.readFileSync(envPath)',
      errors: [
        { messageId: 'surface', line: 1 },
        { messageId: 'uses', line: 2 },
      ],
    },
    {
      code: "const MARKER = '/.dockerenv';\nif (fs.existsSync(MARKER)) enableHostMode()",
      errors: [
        { messageId: 'surface', line: 1, severity: 'medium' },
        { messageId: 'uses', line: 2, severity: 'medium' },
      ],
    },
    {
      code: "class Engine {\n  sock = '/var/run/docker.sock';\n  info() {\n    return http.get({ socketPath: this.sock, path: '/info' });\n  }\n}",
      errors: [
        { messageId: 'surface', line: 2 },
        { messageId: 'uses', line: 4 },
      ],
    },
  ],
});
