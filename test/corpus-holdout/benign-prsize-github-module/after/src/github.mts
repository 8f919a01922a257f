import * as github from '@actions/github';

type Octokit = ReturnType<typeof github.getOctokit>;

export interface ChangedFile {
  filename: string;
  additions: number;
  deletions: number;
}

export class PullRequestApi {
  private readonly octokit: Octokit;

  constructor(
    token: string,
    private readonly repo = github.context.repo,
  ) {
    this.octokit = github.getOctokit(token);
  }

  async listChangedFiles(pullNumber: number): Promise<ChangedFile[]> {
    const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
      ...this.repo,
      pull_number: pullNumber,
      per_page: 100,
    });
    return files.map((f) => ({ filename: f.filename, additions: f.additions, deletions: f.deletions }));
  }

  async syncSizeLabel(pullNumber: number, existing: readonly string[], prefix: string, label: string): Promise<void> {
    for (const name of existing) {
      if (name.startsWith(prefix) && name !== label) {
        await this.octokit.rest.issues.removeLabel({ ...this.repo, issue_number: pullNumber, name });
      }
    }
    if (!existing.includes(label)) {
      await this.octokit.rest.issues.addLabels({ ...this.repo, issue_number: pullNumber, labels: [label] });
    }
  }
}
