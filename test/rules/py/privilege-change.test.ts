import rule from '../../../src/core/rules/py/privilege-change';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'import os\nuid = os.getuid()',
    'import signal\nsignal.signal(signal.SIGTERM, handle_shutdown)',
    'import signal\nsignal.signal(signal.SIGPIPE, signal.SIG_DFL)',
    'import signal\nsignal.signal(signal.SIGINT, signal.default_int_handler)',
    "path = '/proc/cpuinfo'",
    "open('/proc/meminfo').read()",
    'import resource\nsoft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)',
    '"""Talks to /var/run/docker.sock when configured."""',
    'def setuid(x):\n    pass\n\nsetuid(0)',
    "p = '/sys/class/net'",
    'user.setuid(5)',
    "base = '/var/run/' + name",
    "SOCK = '/tmp/app.sock'\nimport httpx\nt = httpx.HTTPTransport(uds=SOCK)",
    "p = '/proc/self/' + 'status'",
    'x = 1 + 2',
    "path = '/proc/self/status'",
  ],
  invalid: [
    {
      name: "another process's environment read through /proc",
      code: 'from pathlib import Path\nraw = Path("/proc/self/environ").read_bytes()\nwith open(f"/proc/{pid}/environ", "rb") as fh:\n    env = fh.read()',
      errors: [
        { messageId: 'path', line: 2, severity: 'high', category: 'sandbox-escape' },
        { messageId: 'path', line: 3, severity: 'high', category: 'sandbox-escape' },
      ],
    },
    {
      name: 'a socket path split to avoid a search, and the client pointed at it',
      code: 'import httpx\n_SOCK = "/var/run/" + "docker.sock"\n\ndef f():\n    return httpx.HTTPTransport(uds=_SOCK)',
      errors: [
        { messageId: 'path', line: 2, severity: 'high', category: 'sandbox-escape' },
        { messageId: 'socketUse', line: 5, severity: 'high', category: 'sandbox-escape' },
      ],
    },
    {
      code: "import requests_unixsocket\nS = 'unix:///run/docker.sock'\nsession.get(base, socket_path=S)",
      errors: [
        { messageId: 'path', line: 2 },
        { messageId: 'socketUse', line: 3 },
      ],
    },
    { code: '_CGROUP = "/proc/self/cgroup"', errors: [{ messageId: 'path', severity: 'medium' }] },
    { code: "open('/proc/1/' + 'cgroup')", errors: [{ messageId: 'path', severity: 'medium' }] },
    { code: "import os\nin_docker = os.path.exists('/.dockerenv')", errors: [{ messageId: 'path', severity: 'medium' }] },
    {
      code: 'import os\nos.setuid(0)',
      errors: [{ messageId: 'privilege', line: 2, column: 1, severity: 'high', category: 'sandbox-escape' }],
    },
    { code: 'import os\nos.setresuid(0, 0, 0)', errors: [{ messageId: 'privilege' }] },
    { code: 'from os import setgid\nsetgid(0)', errors: [{ messageId: 'privilege' }] },
    { code: "import os\nos.chroot('/mnt/host')", errors: [{ messageId: 'privilege' }] },
    { code: "getattr(__import__('os'), 'set' + 'uid')(0)", errors: [{ messageId: 'privilege' }] },
    {
      code: 'import resource\nresource.setrlimit(resource.RLIMIT_CPU, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))',
      errors: [{ messageId: 'limit', severity: 'high' }],
    },
    {
      code: 'import resource\nresource.setrlimit(resource.RLIMIT_NOFILE, (4096, 4096))',
      errors: [{ messageId: 'limit', severity: 'medium' }],
    },
    { code: 'import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)', errors: [{ messageId: 'signal', severity: 'high' }] },
    { code: 'import signal\nsignal.signal(signal.SIGALRM, lambda *a: None)', errors: [{ messageId: 'signal', severity: 'high' }] },
    { code: 'from signal import signal, SIGINT, SIG_IGN\nsignal(SIGINT, SIG_IGN)', errors: [{ messageId: 'signal', severity: 'medium' }] },
    {
      code: "import docker\nclient = docker.DockerClient(base_url='unix:///var/run/docker.sock')",
      errors: [{ messageId: 'path', line: 2 }],
    },
    {
      code: "import socket\ns = socket.socket(socket.AF_UNIX)\ns.connect('/var/run/docker.sock')",
      errors: [{ messageId: 'path', line: 3 }],
    },
    { code: "f = open('/proc/self/mem', 'rb')", errors: [{ messageId: 'path' }] },
    { code: "f = open(f'/proc/{pid}/mem', 'r+b')", errors: [{ messageId: 'path' }] },
    { code: "os.listdir('/proc/1/root/etc')", errors: [{ messageId: 'path' }] },
    { code: "open('/sys/fs/cgroup/rdma/release_agent', 'w')", errors: [{ messageId: 'path' }] },
    { code: "open('/proc/sysrq-trigger', 'w').write('b')", errors: [{ messageId: 'path' }] },
    { code: "open('/dev/mem', 'rb')", errors: [{ messageId: 'path' }] },
    { code: "sock = '/var/run/' 'docker.sock'", errors: [{ messageId: 'path' }] },
  ],
});
