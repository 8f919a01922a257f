import * as core from '@actions/core';
import * as github from '@actions/github';
import { readInputs } from './inputs.mjs';
import { classify, type FileChange } from './size.mjs';
import { isIgnored } from './ignore.mjs';
import { writeSummary } from './summary.mjs';
import { PullRequestApi } from './github.mjs';

export async function run(): Promise<void> {
  const inputs = readInputs();
  const pr = github.context.payload.pull_request;
  if (!pr) {
    core.info('Not a pull_request event; nothing to do.');
    return;
  }

  const api = new PullRequestApi(inputs.token);
  const changes: FileChange[] = (await api.listChangedFiles(pr.number)).filter(
    (f) => !isIgnored(f.filename, inputs.ignore),
  );

  const result = classify(changes, inputs.thresholds);
  core.info(`PR #${pr.number}: ${result.total} changed lines → ${result.label}`);

  const existing: string[] = (pr.labels ?? []).map((l: { name: string }) => l.name);
  await api.syncSizeLabel(pr.number, existing, inputs.prefix, result.label);

  core.setOutput('label', result.label);
  core.setOutput('total', String(result.total));
  await writeSummary(pr.number, result, changes);
}

run().catch((err: unknown) => {
  core.setFailed(err instanceof Error ? err.message : String(err));
});
