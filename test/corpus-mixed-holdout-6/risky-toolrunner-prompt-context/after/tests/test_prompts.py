from toolrunner.prompts import runtime_context, system_prompt


def test_system_prompt_mentions_tools():
    assert "tools" in system_prompt()


def test_runtime_context_lists_workspace():
    ctx = runtime_context("/tmp/ws", {"LANG": "C.UTF-8"})
    assert "workspace: /tmp/ws" in ctx
    assert "LANG=C.UTF-8" in ctx
