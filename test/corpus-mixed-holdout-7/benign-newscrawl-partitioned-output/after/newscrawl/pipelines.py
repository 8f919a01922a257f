"""Item pipelines: normalise text, then append to a per-day JSON Lines file."""
from __future__ import annotations

import datetime as dt
import hashlib
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
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("OUTPUT_DIR", "data/articles"))

    def open_spider(self, spider):
        # one directory per day keeps partitions small and easy to prune
        day_dir = self.output_dir / dt.date.today().isoformat()
        day_dir.mkdir(parents=True, exist_ok=True)
        self.fh = open(day_dir / f"{spider.name}.jsonl", "a", encoding="utf-8")

    def close_spider(self, spider):
        if self.fh:
            self.fh.close()

    def process_item(self, item, spider):
        url_key = hashlib.sha1(ItemAdapter(item).get("url", "").encode()).hexdigest()
        if url_key in self.seen:
            return item
        self.seen.add(url_key)
        self.fh.write(json.dumps(ItemAdapter(item).asdict(), ensure_ascii=False) + "\n")
        return item
