import torch

from tinylm.model import TinyLM


def test_forward_shape():
    model = TinyLM(vocab_size=11, d_model=16, n_layers=1)
    out = model(torch.zeros(2, 5, dtype=torch.long))
    assert out.shape == (2, 5, 11)


def test_overfits_single_batch():
    model = TinyLM(vocab_size=5, d_model=32, n_layers=1)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randint(0, 5, (4, 8))
    first = None
    for _ in range(50):
        loss = torch.nn.functional.cross_entropy(model(x).flatten(0, 1), x.flatten())
        opt.zero_grad()
        loss.backward()
        opt.step()
        first = loss.item() if first is None else first
    assert loss.item() < 0.5 * first
