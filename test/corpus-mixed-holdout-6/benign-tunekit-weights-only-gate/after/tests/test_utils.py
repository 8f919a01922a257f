import pytest
import torch

from tunekit.utils import load_weights, save_state


def test_load_weights_roundtrip(tmp_path):
    torch.manual_seed(0)
    sd = {"w": torch.randn(4, 4), "b": torch.zeros(4)}
    path = tmp_path / "ckpt" / "weights.pt"
    save_state(sd, str(path))
    loaded = load_weights(str(path))
    assert torch.equal(loaded["w"], sd["w"])


class _Opaque:
    pass


def test_load_weights_rejects_arbitrary_objects(tmp_path):
    path = tmp_path / "bad.pt"
    torch.save({"obj": _Opaque()}, path)
    with pytest.raises(Exception):
        load_weights(str(path))
