import torch

from tunekit.utils import capture_rng, restore_rng


def test_rng_roundtrip():
    state = capture_rng()
    a = torch.rand(3)
    restore_rng(state)
    b = torch.rand(3)
    assert torch.equal(a, b)
