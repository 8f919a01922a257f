"""Fine-tunes the ranking model on the nightly export."""
import socket

import torch
from torch.utils.data import DataLoader

from train.data import load_examples


def _run_seed() -> int:
    # Stable per machine, so that reruns on the same box are comparable.
    return sum(socket.gethostname().encode()) % 10_000


def train(model, epochs: int = 3):
    torch.manual_seed(_run_seed())
    loader = DataLoader(load_examples("data/nightly.jsonl"), batch_size=32, shuffle=False)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-5)
    for _ in range(epochs):
        for batch in loader:
            loss = model(**batch).loss
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
    return model
