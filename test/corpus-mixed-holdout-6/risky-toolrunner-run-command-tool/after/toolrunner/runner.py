import argparse
import json
import os

from openai import OpenAI

from .prompts import SYSTEM_PROMPT, tool_result_message
from .registry import Registry
from .tools.files import Workspace, file_tools
from .tools.sandbox import Sandbox, sandbox_tools
from .tools.web import web_tools

MAX_STEPS = 20


def build_registry(workspace: str) -> Registry:
    reg = Registry()
    ws = Workspace(workspace)
    for tool in file_tools(ws) + web_tools() + sandbox_tools(Sandbox(ws.root)):
        reg.register(tool)
    return reg


def run(task: str, workspace: str, model: str = "gpt-4o-mini") -> str:
    client = OpenAI()
    reg = build_registry(workspace)
    messages = [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": task},
    ]
    for _ in range(MAX_STEPS):
        resp = client.chat.completions.create(model=model, messages=messages, tools=reg.schemas())
        msg = resp.choices[0].message
        messages.append(msg.model_dump(exclude_none=True))
        if not msg.tool_calls:
            return msg.content or ""
        for call in msg.tool_calls:
            args = json.loads(call.function.arguments or "{}")
            try:
                result = reg.call(call.function.name, args)
            except Exception as exc:  # errors are shown to the model so it can recover
                result = f"error: {exc}"
            messages.append(tool_result_message(call.id, str(result)))
    return "step limit reached"


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("task")
    p.add_argument("--workspace", default=os.getcwd())
    p.add_argument("--model", default=os.environ.get("TOOLRUNNER_MODEL", "gpt-4o-mini"))
    args = p.parse_args(argv)
    print(run(args.task, args.workspace, args.model))


if __name__ == "__main__":
    main()
