import json
import os
import tempfile
from pathlib import Path

from app.settings import settings


def report_path(report_id: str) -> Path:
    return Path(settings.data_dir) / f"{report_id}.json"


def read_report(report_id: str) -> dict | None:
    path = report_path(report_id)
    if not path.is_file():
        return None
    return json.loads(path.read_text())


def write_report(report_id: str, body: str) -> None:
    path = report_path(report_id)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w") as fh:
        fh.write(body)
    os.replace(tmp, path)
