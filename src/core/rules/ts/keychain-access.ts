import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Node } from '../../js/scope';
import type { Severity } from '../../model/finding';
import { modulePath, type RefValue } from '../../js/values';
import { optionValue, targetsOf, type CallNode } from '../support/calls';
import { reportUnfollowedImports, rootModule } from '../support/imports';

/** OS keychain / credential-store libraries. */
const KEYCHAIN_MODULES = new Set([
  'keytar',
  '@napi-rs/keyring',
  'keychain',
  'cross-keychain',
  'keyring',
  'node-keytar',
  '@postman/node-keytar',
]);
const READS = /^(getPassword|findCredentials|findPassword|getSecret|getCredentials|findCredential|readPassword)$/;
const WRITES = /^(setPassword|deletePassword|deleteCredential|setSecret|deleteSecret|replacePassword)$/;

interface Hit {
  messageId: 'keychainRead' | 'keychainWrite' | 'safeStorage' | 'browserPasswords' | 'cookies';
  severity: Severity;
  name: string;
}

function clipName(ref: RefValue): string {
  const path = ref.path
    .filter((p) => p !== 'default')
    .join('.')
    .replace(/\.\(\)/g, '()');
  return ref.module !== undefined ? `${ref.module}${path ? `.${path}` : ''}` : path;
}

function keychainHit(ref: RefValue): Hit | undefined {
  const path = modulePath(ref, KEYCHAIN_MODULES);
  if (path === undefined) {
    return undefined;
  }
  const last = path[path.length - 1];
  if (READS.test(last)) {
    return { messageId: 'keychainRead', severity: 'high', name: clipName(ref) };
  }
  return WRITES.test(last) ? { messageId: 'keychainWrite', severity: 'low', name: clipName(ref) } : undefined;
}

function isTypeOnly(node: Node): boolean {
  if (node.type !== 'ImportDeclaration') {
    return false;
  }
  return (
    node.importKind === 'type' ||
    (node.specifiers.length > 0 && node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type'))
  );
}

export default defineTsRule({
  meta: {
    id: 'ts/keychain-access',
    category: 'secrets',
    severity: 'high',
    summary:
      'Reads of OS keychains and browser credential stores: keytar, @napi-rs/keyring, Electron safeStorage, stored passwords, extension cookies.',
    why:
      'The OS keychain and the browser hold the passwords and tokens of every other application and site the user has. An ' +
      'AI-written change that reads them (`keytar.findCredentials`, `chrome.cookies.getAll`, `navigator.credentials.get({ password: true })`) ' +
      'reaches far beyond the project; a reviewer must see each such read.',
    incorrect: [
      "import keytar from 'keytar'; const pw = await keytar.getPassword('github', user);",
      "const { findCredentials } = require('keytar'); const all = await findCredentials('aws');",
      "import { Entry } from '@napi-rs/keyring'; const secret = new Entry('svc', 'me').getPassword();",
      "const { safeStorage } = require('electron'); const token = safeStorage.decryptString(buf);",
      'const cookies = await chrome.cookies.getAll({});',
      'const cred = await navigator.credentials.get({ password: true });',
    ],
    correct: [
      'const store = { getPassword: (u) => db.get(u) }; store.getPassword("me");',
      'const assertion = await navigator.credentials.get({ publicKey: options });',
      "const cookie = req.cookies['session'];",
      'this.vault.findCredentials(id);',
    ],
    messages: {
      keychainRead: '`{{call}}` reads passwords from the OS keychain: it holds the secrets of every application on the machine.',
      keychainWrite: '`{{call}}` changes an entry of the OS keychain.',
      safeStorage: '`{{call}}` decrypts data protected by the OS keychain (Electron safeStorage).',
      browserPasswords: '`{{call}}` asks the browser for the passwords it has stored.',
      cookies: '`{{call}}` reads browser cookies through the extension API: with host permissions, the login sessions of every site.',
      unfollowed:
        '`{{module}}` (an OS keychain library) is imported but its uses could not be followed: it can read every stored password.',
    },
  },
  create(ctx) {
    const followed = new Set<string>();

    function globalHit(ref: RefValue, args: readonly Node[]): Hit | undefined {
      const p =
        ref.module === undefined ? ref.path.join('.') : ref.module === 'electron' ? ref.path.filter((s) => s !== 'default').join('.') : '';
      if (ref.module === 'electron' && p === 'safeStorage.decryptString') {
        return { messageId: 'safeStorage', severity: 'medium', name: 'safeStorage.decryptString' };
      }
      if (ref.module !== undefined) {
        return undefined;
      }
      if (/^(chrome|browser)\.cookies\.(getAll|get|getAllCookieStores)$/.test(p)) {
        return { messageId: 'cookies', severity: p.endsWith('getAll') ? 'high' : 'medium', name: p };
      }
      if (p === 'navigator.credentials.get') {
        const password = optionValue(args, 'password');
        if (password?.type === 'Literal' && password.value === true) {
          return { messageId: 'browserPasswords', severity: 'high', name: p };
        }
      }
      return undefined;
    }

    function check(node: CallNode): void {
      const { targets, args } = targetsOf(ctx, node);
      for (const { ref } of targets) {
        if (ref.module !== undefined && modulePath(ref, KEYCHAIN_MODULES) !== undefined) {
          followed.add(rootModule(ref.module));
        }
        const hit = keychainHit(ref) ?? globalHit(ref, args);
        if (hit) {
          ctx.report({ node, messageId: hit.messageId, data: { call: hit.name }, severity: hit.severity, trace: ref.trace });
          return;
        }
      }
    }

    return {
      CallExpression: check,
      NewExpression(node: TSESTree.NewExpression) {
        for (const { ref } of targetsOf(ctx, node).targets) {
          if (ref.module !== undefined && modulePath(ref, KEYCHAIN_MODULES) !== undefined) {
            followed.add(rootModule(ref.module));
          }
        }
      },
      MemberExpression(node: TSESTree.MemberExpression) {
        for (const ref of ctx.refs(node)) {
          if (ref.module !== undefined && modulePath(ref, KEYCHAIN_MODULES) !== undefined && ref.path.length > 0) {
            followed.add(rootModule(ref.module));
          }
        }
      },
      'Program:exit'() {
        reportUnfollowedImports(ctx, KEYCHAIN_MODULES, followed, (site) => {
          if (!isTypeOnly(site.node)) {
            ctx.report({ node: site.node, messageId: 'unfollowed', data: { module: site.module }, severity: 'medium' });
          }
        });
      },
    };
  },
});
