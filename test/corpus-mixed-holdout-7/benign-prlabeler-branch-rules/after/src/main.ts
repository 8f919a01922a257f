import * as core from "@actions/core";
import * as github from "@actions/github";
import { parseRules } from "./config";
import { labelsFor } from "./matcher";

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
  const labels = labelsFor(files.map((f) => f.filename), rules, pr.head?.ref ?? "");
  if (labels.length) {
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: pr.number, labels });
  }
  core.setOutput("labels", labels.join(","));
}

run().catch((err) => core.setFailed(err instanceof Error ? err.message : String(err)));
