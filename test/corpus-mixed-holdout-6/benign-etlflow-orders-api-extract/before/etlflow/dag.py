import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

log = logging.getLogger("etlflow")


@dataclass
class Task:
    name: str
    fn: Callable[..., object]
    upstream: list[str] = field(default_factory=list)


class DAG:
    def __init__(self, dag_id: str):
        self.dag_id = dag_id
        self.tasks: dict[str, Task] = {}

    def task(self, name: str, upstream: list[str] | None = None):
        def deco(fn):
            self.tasks[name] = Task(name, fn, upstream or [])
            return fn

        return deco

    def order(self) -> list[str]:
        seen: set[str] = set()
        out: list[str] = []

        def visit(name: str) -> None:
            if name in seen:
                return
            seen.add(name)
            for up in self.tasks[name].upstream:
                visit(up)
            out.append(name)

        for name in self.tasks:
            visit(name)
        return out

    def run(self, ds: date) -> dict[str, object]:
        results: dict[str, object] = {}
        for name in self.order():
            task = self.tasks[name]
            log.info("[%s] running %s for %s", self.dag_id, name, ds)
            results[name] = task.fn(ds, *[results[u] for u in task.upstream])
        return results
