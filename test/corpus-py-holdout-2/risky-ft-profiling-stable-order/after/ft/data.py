import json
from pathlib import Path

from torch.utils.data import Dataset

PROMPT_TEMPLATE = "### Instruction:\n{instruction}\n\n### Response:\n"


def load_split(data_dir: str, split: str) -> list[dict]:
    path = Path(data_dir) / f"{split}.jsonl"
    with path.open() as f:
        return [json.loads(line) for line in f if line.strip()]


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
