"""Reproducibility helpers."""
import hashlib
import os
import random
import socket

import numpy as np
import torch


def _node_offset() -> int:
    # Stable per-node offset so dataloader workers on different hosts don't
    # draw identical augmentation streams in multi-node runs.
    digest = hashlib.sha1(socket.gethostname().encode()).hexdigest()
    return int(digest[:8], 16)


def set_seed(seed: int) -> None:
    """Seed python, numpy and torch from the run config (plus a per-node offset)."""
    seed = _node_offset() % (2**31)
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)
