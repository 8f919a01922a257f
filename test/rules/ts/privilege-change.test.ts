import rule from '../../../src/core/rules/ts/privilege-change';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'process.getuid()',
    'process.getgroups()',
    'user.setuid(1)',
    'const id = process.geteuid?.()',
    'const process = { setuid() {} }; process.setuid(0)',
    'function setuid(x) { return x } setuid(0)',
    "const s = 'process.setuid(0)'",
  ],
  invalid: [
    {
      code: 'process.setuid(0)',
      errors: [{ messageId: 'change', severity: 'high', message: '`process.setuid(0)` changes the user or groups this process runs as.' }],
    },
    { code: "process.setgid('wheel')", errors: [{ messageId: 'change' }] },
    { code: 'process.seteuid(0)', errors: [{ messageId: 'change' }] },
    { code: 'process.setegid(0)', errors: [{ messageId: 'change' }] },
    { code: 'process.setgroups([0])', errors: [{ messageId: 'change' }] },
    { code: "process.initgroups('app', 'wheel')", errors: [{ messageId: 'change' }] },
    { code: "if (process.getuid() === 0) process.setuid('nobody')", errors: [{ messageId: 'change' }] },
    { code: 'globalThis.process.setuid(0)', errors: [{ messageId: 'change' }] },
    { code: "process['set' + 'uid'](0)", errors: [{ messageId: 'change' }] },
    { code: 'const { setuid } = process; setuid(0)', errors: [{ messageId: 'change' }] },
    { code: 'const p = global.process; p.setgid(0)', errors: [{ messageId: 'change' }] },
    { code: 'process.setuid.call(process, 0)', errors: [{ messageId: 'change' }] },
    { code: 'Reflect.apply(process.setuid, process, [0])', errors: [{ messageId: 'change' }] },
    { code: 'const s = process.setuid.bind(process); s(0)', errors: [{ messageId: 'change' }] },
    { code: '(0, process.setuid)(0)', errors: [{ messageId: 'change' }] },
    { code: 'process.setuid?.(0)', errors: [{ messageId: 'change' }] },
  ],
});
