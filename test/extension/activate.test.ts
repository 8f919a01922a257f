/** Activation against the `vscode` stub: everything is registered and the surfaces follow the session. */
import './vscode-stub';
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { COMMAND, HAS_RESULTS, VIEW_ID } from '../../src/extension/commandIds';
import { activate } from '../../src/extension/extension';
import { registered, Uri } from './vscode-stub';

describe('activate', () => {
  it('registers every command, the sidebar, and draws the status bar', async () => {
    const subscriptions: { dispose(): void }[] = [];
    const context = {
      subscriptions,
      extensionUri: Uri.file('/ext'),
      extension: { packageJSON: { version: '0.1.0', homepage: 'https://github.com/airlock-dev/airlock' } },
    } as unknown as vscode.ExtensionContext;
    activate(context);
    assert.deepEqual([...registered.commands.keys()].sort(), Object.values(COMMAND).sort());
    assert.ok(registered.views.has(VIEW_ID));
    assert.equal(registered.statusText, '$(shield) Airlock');
    assert.ok(registered.executed.some((e) => e.id === 'setContext' && e.args[0] === HAS_RESULTS && e.args[1] === false));
    // Review Changes with no folder open explains itself instead of failing.
    await registered.commands.get(COMMAND.reviewChanges)?.();
    assert.ok(!registered.log.some((line) => line.startsWith('error')), registered.log.join('\n'));
    await registered.commands.get(COMMAND.clearFlags)?.();
    for (const d of subscriptions) {
      d.dispose();
    }
  });
});
