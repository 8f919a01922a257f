import random

import numpy as np
import pytest
import torch


@pytest.fixture(autouse=True)
def _deterministic():
    """Seed every RNG so tests are reproducible; production seeding lives in ft.train.set_seed."""
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
    yield
