import rule from '../../../src/core/rules/ts/keychain-access';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'const store = { getPassword: (u) => db.get(u) }; store.getPassword("me");',
    'const assertion = await navigator.credentials.get({ publicKey: options });',
    "const cookie = req.cookies['session'];",
    'this.vault.findCredentials(id);',
    'function getPassword(u) { return u; } getPassword("x");',
    'class Keys { findCredentials() { return []; } } new Keys().findCredentials();',
    "const msg = 'use keytar.getPassword to read it';",
    "import type { Entry } from '@napi-rs/keyring';",
    "const { safeStorage } = require('electron'); const enc = safeStorage.encryptString(token);",
    'const c = await cookieStore.get("theme");',
    'navigator.credentials.create({ publicKey: opts });',
  ],
  invalid: [
    {
      code: "import keytar from 'keytar'; const pw = await keytar.getPassword('github', user);",
      errors: [{ messageId: 'keychainRead', severity: 'high', line: 1 }],
    },
    { code: "import * as kt from 'keytar'; await kt.findCredentials('aws');", errors: [{ messageId: 'keychainRead' }] },
    {
      code: "const { findCredentials } = require('keytar'); const all = await findCredentials('aws');",
      errors: [{ messageId: 'keychainRead' }],
    },
    { code: "const { findPassword: look } = require('keytar'); look('npm');", errors: [{ messageId: 'keychainRead' }] },
    { code: "const kt = require('keytar'); kt['get' + 'Password']('a', 'b');", errors: [{ messageId: 'keychainRead' }] },
    { code: "const r = require; const kt = r('keytar'); kt.getPassword('a', 'b');", errors: [{ messageId: 'keychainRead' }] },
    { code: "const kt = module.require('keytar'); kt.getPassword('a', 'b');", errors: [{ messageId: 'keychainRead' }] },
    {
      code: "import { createRequire } from 'module'; const kt = createRequire(import.meta.url)('keytar'); kt.getPassword('a', 'b');",
      errors: [{ messageId: 'keychainRead' }],
    },
    { code: "const kt = await import('keytar'); kt.default.getPassword('a', 'b');", errors: [{ messageId: 'keychainRead' }] },
    { code: "import kt from 'keytar'; kt.getPassword.call(null, 'a', 'b');", errors: [{ messageId: 'keychainRead' }] },
    { code: "import kt from 'keytar'; Reflect.apply(kt.getPassword, null, ['a', 'b']);", errors: [{ messageId: 'keychainRead' }] },
    { code: "import kt from 'keytar'; kt?.getPassword?.('a', 'b');", errors: [{ messageId: 'keychainRead' }] },
    {
      code: "import kt from 'keytar'; function load() { return kt; } load().findCredentials('x');",
      errors: [{ messageId: 'keychainRead' }],
    },
    { code: "import kt from 'keytar'; await kt.setPassword('svc', 'me', pw);", errors: [{ messageId: 'keychainWrite', severity: 'low' }] },
    {
      code: "import { Entry } from '@napi-rs/keyring'; const secret = new Entry('svc', 'me').getPassword();",
      errors: [{ messageId: 'keychainRead' }],
    },
    {
      code: "import { Entry } from '@napi-rs/keyring'; const e = new Entry('svc', 'me');\nconst pw = e.getPassword();",
      errors: [{ messageId: 'keychainRead', line: 2 }],
    },
    {
      code: "const keychain = require('keychain'); keychain.getPassword({ account: 'me', service: 'x' }, cb);",
      errors: [{ messageId: 'keychainRead' }],
    },
    {
      code: "const { safeStorage } = require('electron'); const token = safeStorage.decryptString(buf);",
      errors: [{ messageId: 'safeStorage', severity: 'medium' }],
    },
    { code: "import { safeStorage as s } from 'electron'; s.decryptString(buf);", errors: [{ messageId: 'safeStorage' }] },
    { code: 'const cookies = await chrome.cookies.getAll({});', errors: [{ messageId: 'cookies', severity: 'high' }] },
    { code: "const c = await browser.cookies.get({ url, name: 'sid' });", errors: [{ messageId: 'cookies', severity: 'medium' }] },
    { code: 'const { cookies } = chrome; cookies.getAll({ domain: ".bank.test" });', errors: [{ messageId: 'cookies' }] },
    { code: "globalThis['chr' + 'ome'].cookies.getAll({});", errors: [{ messageId: 'cookies' }] },
    {
      code: 'const cred = await navigator.credentials.get({ password: true });',
      errors: [{ messageId: 'browserPasswords', severity: 'high' }],
    },
    {
      code: 'const cred = await window.navigator.credentials.get({ password: true, mediation: "silent" });',
      errors: [{ messageId: 'browserPasswords' }],
    },
    { code: "import keytar from 'keytar'; export default keytar;", errors: [{ messageId: 'unfollowed' }] },
    { code: "import kt from 'keytar'; register(kt);", errors: [{ messageId: 'unfollowed' }] },
  ],
});
