import torch

from recsys.model import MatrixFactorization
from recsys.train import bpr_loss


def test_bpr_loss_prefers_positive():
    pos = torch.tensor([3.0, 2.0])
    neg = torch.tensor([0.0, -1.0])
    assert bpr_loss(pos, neg) < bpr_loss(neg, pos)


def test_state_dict_roundtrip(tmp_path):
    model = MatrixFactorization(3, 4, dim=2)
    torch.save(model.state_dict(), tmp_path / "m.pt")
    other = MatrixFactorization(3, 4, dim=2)
    other.load_state_dict(torch.load(tmp_path / "m.pt", weights_only=True))
    assert torch.equal(model.user.weight, other.user.weight)
