import random

import numpy as np
import pytest
import torch


@pytest.fixture(autouse=True)
def _deterministic():
    """Tests only: fix all RNGs so metric assertions are stable."""
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
    yield
