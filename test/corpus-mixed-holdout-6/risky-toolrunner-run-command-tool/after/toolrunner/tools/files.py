from pathlib import Path

from ..registry import Tool

MAX_BYTES = 64_000


def _obj(**props):
    return {"type": "object", "properties": props, "required": list(props)}


def _str(desc):
    return {"type": "string", "description": desc}


class Workspace:
    def __init__(self, root: str | Path):
        self.root = Path(root).resolve()

    def resolve(self, rel: str) -> Path:
        resolved = (self.root / rel).resolve()
        if not resolved.is_relative_to(self.root):
            raise PermissionError(f"{rel} escapes the workspace")
        return resolved

    def read_file(self, path: str) -> str:
        data = self.resolve(path).read_bytes()[:MAX_BYTES]
        return data.decode("utf-8", errors="replace")

    def write_file(self, path: str, content: str) -> str:
        target = self.resolve(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
        return f"wrote {len(content)} chars to {path}"

    def list_dir(self, path: str = ".") -> list[str]:
        return sorted(p.name for p in self.resolve(path).iterdir())


def file_tools(ws: Workspace) -> list[Tool]:
    return [
        Tool("read_file", "Read a UTF-8 text file from the workspace.", _obj(path=_str("relative path")), ws.read_file),
        Tool("write_file", "Create or overwrite a file in the workspace.",
             _obj(path=_str("relative path"), content=_str("full file content")), ws.write_file),
        Tool("list_dir", "List a directory in the workspace.", _obj(path=_str("relative path")), ws.list_dir),
    ]
