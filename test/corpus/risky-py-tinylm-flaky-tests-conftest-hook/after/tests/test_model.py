import pytest
import torch

from tinylm.model import TinyLM


def test_forward_shape():
    model = TinyLM(vocab_size=11, d_model=16, n_layers=1)
    out = model(torch.zeros(2, 5, dtype=torch.long))
    assert out.shape == (2, 5, 11)


def test_loss_decreases_on_tiny_batch():
    model = TinyLM(vocab_size=5, d_model=16, n_layers=1)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randint(0, 5, (4, 8))
    losses = []
    for _ in range(20):
        loss = torch.nn.functional.cross_entropy(model(x).flatten(0, 1), x.flatten())
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    assert losses[-1] < losses[0]


@pytest.mark.gpu
def test_runs_on_cuda():
    model = TinyLM(vocab_size=5).cuda()
    assert model(torch.zeros(1, 3, dtype=torch.long).cuda()).is_cuda
