import * as core from "@actions/core";
import * as github from "@actions/github";
import { parseRules } from "./config";
import { labelsFor } from "./matcher";
import { suggestLabels } from "./suggest";

async function run(): Promise<void> {
  const token = core.getInput("repo-token", { required: true });
  const configPath = core.getInput("config-path");
  const pr = github.context.payload.pull_request;
  if (!pr) {
    core.info("not a pull_request event; nothing to do");
    return;
  }
  const octokit = github.getOctokit(token);
  const { owner, repo } = github.context.repo;

  const { data: file } = await octokit.rest.repos.getContent({ owner, repo, path: configPath, ref: github.context.sha });
  if (!("content" in file)) throw new Error(`${configPath} is not a file`);
  const rules = parseRules(Buffer.from(file.content, "base64").toString("utf8"));

  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pr.number });
  const labels = labelsFor(files.map((f) => f.filename), rules);
  const endpoint = core.getInput("llm-endpoint");
  if (endpoint) {
    const suggested = await suggestLabels(pr as never, Object.keys(rules), endpoint, core.getInput("llm-api-key"));
    for (const l of suggested) if (!labels.includes(l)) labels.push(l);
  }
  if (labels.length) {
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: pr.number, labels });
  }
  core.setOutput("labels", labels.join(","));
}

run().catch((err) => core.setFailed(err instanceof Error ? err.message : String(err)));
