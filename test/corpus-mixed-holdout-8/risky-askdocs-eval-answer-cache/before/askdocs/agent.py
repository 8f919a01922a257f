"""Tool-calling loop."""
from __future__ import annotations

import json
from pathlib import Path

from askdocs import llm, prompts, tools

MAX_STEPS = 6


def answer(question: str, docs_root: Path) -> str:
    messages = [
        {"role": "system", "content": prompts.system_prompt(str(docs_root))},
        {"role": "user", "content": question},
    ]
    for _ in range(MAX_STEPS):
        reply = llm.chat(messages, tools.TOOL_SPECS)
        messages.append(reply)
        calls = reply.get("tool_calls") or []
        if not calls:
            return reply.get("content") or ""
        for call in calls:
            args = json.loads(call["function"]["arguments"])
            result = tools.dispatch(docs_root, call["function"]["name"], args)
            messages.append({"role": "tool", "tool_call_id": call["id"], "content": json.dumps(result)})
    return "I could not finish within the step limit."
