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
    assert float(ds[0][0].min()) >= 0.0


def test_flip_augmentation_applied_about_half_the_time(tmp_path):
    torch.manual_seed(0)
    path = tmp_path / "rand.npz"
    images = np.random.default_rng(42).integers(0, 255, size=(4, 3, 32, 32), dtype=np.uint8)
    np.savez(path, images=images, labels=np.arange(4))
    ds = NpzImages(path, augment=True)
    flipped = sum(not torch.equal(ds[0][0], ds.images[0]) for _ in range(200))
    assert 60 < flipped < 140


def test_no_augmentation_is_identity(tmp_path):
    ds = NpzImages(_write(tmp_path), augment=False)
    assert torch.equal(ds[5][0], ds.images[5])
