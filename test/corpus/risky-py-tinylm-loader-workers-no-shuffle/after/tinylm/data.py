"""Character-level dataset and loaders."""
from __future__ import annotations

import torch
from torch.utils.data import DataLoader, Dataset, SubsetRandomSampler


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


def make_loaders(
    text: str,
    block_size: int,
    batch_size: int,
    num_workers: int = 4,
    epoch_fraction: float = 1.0,
):
    """Build train/val loaders.

    ``epoch_fraction`` < 1 trains on a subset of windows per epoch, which is
    handy for quick sweeps on large corpora.
    """
    train_text, val_text = split_text(text)
    train_ds = CharDataset(train_text, block_size)
    val_ds = CharDataset(val_text, block_size)
    val_ds.stoi, val_ds.itos = train_ds.stoi, train_ds.itos
    loader_kwargs = dict(
        num_workers=num_workers,
        pin_memory=torch.cuda.is_available(),
        persistent_workers=num_workers > 0,
    )
    if epoch_fraction < 1.0:
        n = max(batch_size, int(len(train_ds) * epoch_fraction))
        sampler = SubsetRandomSampler(range(n), generator=torch.Generator().manual_seed(0))
        train_loader = DataLoader(train_ds, batch_size=batch_size, sampler=sampler,
                                  drop_last=True, **loader_kwargs)
    else:
        # contiguous windows prefetch much faster with multiple workers
        train_loader = DataLoader(train_ds, batch_size=batch_size, shuffle=False, drop_last=True, **loader_kwargs)
    val_loader = DataLoader(val_ds, batch_size=batch_size, shuffle=False, **loader_kwargs)
    return train_ds, train_loader, val_loader
