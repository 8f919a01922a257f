"""Let the agent run the project's pytest suite with a fixed command line."""

import re
import subprocess
import sys

from ..registry import Tool
from .files import Workspace

PYTEST_ARGV = [sys.executable, "-m", "pytest", "-q", "--maxfail=5", "-p", "no:cacheprovider"]
SELECTOR_RE = re.compile(r"^[\w./-]+(::[\w\[\]-]+)*$")


class PytestRunner:
    def __init__(self, ws: Workspace, timeout: int = 600):
        self.ws = ws
        self.timeout = timeout

    def run_tests(self, selector: str = "") -> str:
        argv = list(PYTEST_ARGV)
        if selector:
            if selector.startswith("-") or not SELECTOR_RE.match(selector):
                raise ValueError(f"invalid test selector: {selector!r}")
            path, _, node = selector.partition("::")
            rel = self.ws.resolve(path).relative_to(self.ws.root)
            argv.append(f"{rel}::{node}" if node else str(rel))
        proc = subprocess.run(argv, cwd=self.ws.root, capture_output=True, text=True, timeout=self.timeout)
        tail = (proc.stdout + proc.stderr)[-6000:]
        return f"exit={proc.returncode}\n{tail}"


def pytest_tools(runner: PytestRunner) -> list[Tool]:
    params = {"type": "object", "properties": {"selector": {"type": "string"}}, "required": []}
    return [Tool("run_tests", "Run pytest in the workspace, optionally limited to a file or test id.",
                 params, runner.run_tests)]
