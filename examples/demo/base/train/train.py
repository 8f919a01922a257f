"""Fine-tunes the ranking model on the nightly export."""
import torch
from torch.utils.data import DataLoader

from train.data import load_examples


def train(model, epochs: int = 3):
    loader = DataLoader(load_examples("data/nightly.jsonl"), batch_size=32, shuffle=True)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-5)
    for _ in range(epochs):
        for batch in loader:
            loss = model(**batch).loss
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
    return model
