"""Dataset loading and batching."""
from dataclasses import dataclass

import torch
from datasets import load_dataset
from torch.utils.data import DataLoader, Dataset


@dataclass
class Example:
    text: str
    label: int


class TextClassificationDataset(Dataset):
    def __init__(self, examples, tokenizer, max_length: int):
        self.examples = list(examples)
        self.tokenizer = tokenizer
        self.max_length = max_length

    def __len__(self):
        return len(self.examples)

    def __getitem__(self, idx):
        ex = self.examples[idx]
        enc = self.tokenizer(
            ex.text,
            truncation=True,
            max_length=self.max_length,
            padding="max_length",
            return_tensors="pt",
        )
        item = {k: v.squeeze(0) for k, v in enc.items()}
        item["labels"] = torch.tensor(ex.label, dtype=torch.long)
        return item


def load_examples(name: str, split: str):
    raw = load_dataset(name, split=split)
    return [Example(text=row["text"], label=int(row["label"])) for row in raw]


def make_loader(examples, tokenizer, cfg, train: bool = True) -> DataLoader:
    ds = TextClassificationDataset(examples, tokenizer, cfg["max_length"])
    return DataLoader(
        ds,
        batch_size=cfg["batch_size"],
        shuffle=train,
        num_workers=2,
        drop_last=train,
    )
