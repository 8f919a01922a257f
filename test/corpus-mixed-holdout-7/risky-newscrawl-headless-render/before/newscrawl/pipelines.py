"""Item pipelines: normalise text, then append to a per-day JSON Lines file."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from itemadapter import ItemAdapter

_WS = re.compile(r"\s+")


class CleanTextPipeline:
    def process_item(self, item, spider):
        adapter = ItemAdapter(item)
        for field in ("title", "body"):
            value = adapter.get(field)
            if value:
                adapter[field] = _WS.sub(" ", value).strip()
        return item


class JsonLinesPipeline:
    def __init__(self, output_dir: str):
        self.output_dir = Path(output_dir)
        self.fh = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("OUTPUT_DIR", "data/articles"))

    def open_spider(self, spider):
        self.output_dir.mkdir(parents=True, exist_ok=True)
        day = dt.date.today().isoformat()
        self.fh = open(self.output_dir / f"{spider.name}-{day}.jsonl", "a", encoding="utf-8")

    def close_spider(self, spider):
        if self.fh:
            self.fh.close()

    def process_item(self, item, spider):
        self.fh.write(json.dumps(ItemAdapter(item).asdict(), ensure_ascii=False) + "\n")
        return item
