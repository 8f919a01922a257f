import pytest

from toolrunner.registry import Registry
from toolrunner.tools.files import Workspace, file_tools


def test_read_write_roundtrip(tmp_path):
    ws = Workspace(tmp_path)
    ws.write_file("a/b.txt", "hello")
    assert ws.read_file("a/b.txt") == "hello"


def test_workspace_blocks_escape(tmp_path):
    (tmp_path / "ws").mkdir()
    ws = Workspace(tmp_path / "ws")
    with pytest.raises(PermissionError):
        ws.read_file("../secret.txt")


def test_registry_rejects_duplicates(tmp_path):
    reg = Registry()
    tools = file_tools(Workspace(tmp_path))
    reg.register(tools[0])
    with pytest.raises(ValueError):
        reg.register(tools[0])


def test_docker_argv_mounts_workspace(tmp_path):
    from toolrunner.tools.sandbox import Sandbox

    argv = Sandbox(tmp_path)._docker_argv()
    assert f"{tmp_path}:/workspace" in argv
    assert argv[-1] == "python:3.12-slim"
