"""Dataset loading and batching."""
import random
from dataclasses import dataclass

import torch
from datasets import load_dataset
from torch.utils.data import DataLoader, Dataset


@dataclass
class Example:
    text: str
    label: int


class TextClassificationDataset(Dataset):
    def __init__(self, examples, tokenizer, max_length: int, word_dropout: float = 0.0):
        self.examples = list(examples)
        self.word_dropout = word_dropout
        self.tokenizer = tokenizer
        self.max_length = max_length

    def __len__(self):
        return len(self.examples)

    def __getitem__(self, idx):
        ex = self.examples[idx]
        text = ex.text
        if self.word_dropout > 0:
            words = text.split()
            kept = [w for w in words if random.random() >= self.word_dropout]
            text = " ".join(kept or words)
        enc = self.tokenizer(
            text,
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
    dropout = cfg.get("word_dropout", 0.0) if train else 0.0
    ds = TextClassificationDataset(examples, tokenizer, cfg["max_length"], word_dropout=dropout)
    return DataLoader(
        ds,
        batch_size=cfg["batch_size"],
        shuffle=train,
        num_workers=2,
        drop_last=train,
    )
