"""Character-level dataset and loaders."""
from __future__ import annotations

import torch
from torch.utils.data import DataLoader, Dataset


class CharDataset(Dataset):
    def __init__(self, text: str, block_size: int):
        chars = sorted(set(text))
        self.stoi = {c: i for i, c in enumerate(chars)}
        self.itos = {i: c for c, i in self.stoi.items()}
        self.block_size = block_size
        self.data = torch.tensor([self.stoi[c] for c in text], dtype=torch.long)

    @property
    def vocab_size(self) -> int:
        return len(self.stoi)

    def __len__(self) -> int:
        return len(self.data) - self.block_size

    def __getitem__(self, idx: int):
        chunk = self.data[idx : idx + self.block_size + 1]
        return chunk[:-1], chunk[1:]


def split_text(text: str, val_fraction: float = 0.1) -> tuple[str, str]:
    n = int(len(text) * (1 - val_fraction))
    return text[:n], text[n:]


def make_loaders(text: str, block_size: int, batch_size: int):
    train_text, val_text = split_text(text)
    train_ds = CharDataset(train_text, block_size)
    val_ds = CharDataset(val_text, block_size)
    val_ds.stoi, val_ds.itos = train_ds.stoi, train_ds.itos
    train_loader = DataLoader(train_ds, batch_size=batch_size, shuffle=True, drop_last=True)
    val_loader = DataLoader(val_ds, batch_size=batch_size, shuffle=False)
    return train_ds, train_loader, val_loader
