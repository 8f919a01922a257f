import json
from pathlib import Path

from torch.utils.data import Dataset

SYSTEM_MESSAGE = "You are a concise assistant that follows instructions."
PROMPT_TEMPLATE = "<|system|>\n" + SYSTEM_MESSAGE + "\n### Instruction:\n{instruction}\n\n### Response:\n"
IGNORE_INDEX = -100


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
        """Tokenize one example.

        Prompt positions (system message + instruction) and padding get IGNORE_INDEX in ``labels`` so
        cross-entropy ignores them and the model is only trained on the response tokens.
        """
        row = self.rows[i]
        prompt = PROMPT_TEMPLATE.format(instruction=row["instruction"])
        enc = self.tok(prompt + row["response"], truncation=True, max_length=self.max_len,
                       padding="max_length", return_tensors="pt")
        item = {k: v.squeeze(0) for k, v in enc.items()}
        item["labels"] = item["input_ids"].clone()
        n_prompt = len(self.tok(prompt, add_special_tokens=False)["input_ids"])
        item["labels"][:n_prompt] = IGNORE_INDEX
        item["labels"][item["attention_mask"] == 0] = IGNORE_INDEX
        return item
