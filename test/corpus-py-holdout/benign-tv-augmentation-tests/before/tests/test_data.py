import numpy as np
import torch

from data import NpzImages


def _write(tmp_path, n=8):
    path = tmp_path / "d.npz"
    np.savez(path, images=np.zeros((n, 3, 32, 32), dtype=np.uint8), labels=np.arange(n) % 10)
    return path


def test_len_and_item(tmp_path):
    ds = NpzImages(_write(tmp_path))
    assert len(ds) == 8
    img, label = ds[3]
    assert img.shape == (3, 32, 32)
    assert label.item() == 3


def test_pixels_scaled(tmp_path):
    ds = NpzImages(_write(tmp_path))
    assert float(ds[0][0].max()) <= 1.0
