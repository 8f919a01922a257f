from dataclasses import dataclass


@dataclass
class Config:
    seed: int = 0
    lr: float = 3e-4
    steps: int = 10_000
    batch_size: int = 128
    obs_dim: int = 16
