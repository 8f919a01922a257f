import * as core from '@actions/core';
import * as github from '@actions/github';
import { readInputs } from './inputs.mjs';
import { classify, type FileChange } from './size.mjs';
import { isIgnored } from './ignore.mjs';
import { writeSummary } from './summary.mjs';

export async function run(): Promise<void> {
  const inputs = readInputs();
  const { context } = github;
  const pr = context.payload.pull_request;
  if (!pr) {
    core.info('Not a pull_request event; nothing to do.');
    return;
  }

  const octokit = github.getOctokit(inputs.token);
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    ...context.repo,
    pull_number: pr.number,
    per_page: 100,
  });

  const changes: FileChange[] = files
    .filter((f) => !isIgnored(f.filename, inputs.ignore))
    .map((f) => ({ filename: f.filename, additions: f.additions, deletions: f.deletions }));

  const result = classify(changes, inputs.thresholds);
  core.info(`PR #${pr.number}: ${result.total} changed lines → ${result.label}`);

  const existing: string[] = (pr.labels ?? []).map((l: { name: string }) => l.name);
  const stale = existing.filter((name) => name.startsWith(inputs.prefix) && name !== result.label);
  for (const name of stale) {
    await octokit.rest.issues.removeLabel({ ...context.repo, issue_number: pr.number, name });
  }
  if (!existing.includes(result.label)) {
    await octokit.rest.issues.addLabels({ ...context.repo, issue_number: pr.number, labels: [result.label] });
  }

  core.setOutput('label', result.label);
  core.setOutput('total', String(result.total));
  await writeSummary(pr.number, result, changes);
}

run().catch((err: unknown) => {
  core.setFailed(err instanceof Error ? err.message : String(err));
});
