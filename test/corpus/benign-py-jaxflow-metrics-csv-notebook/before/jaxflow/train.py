"""Train a small MLP classifier with JAX + optax."""
import argparse
import secrets

import jax
import jax.numpy as jnp
import numpy as np
import optax

from jaxflow.data import batches, load_arrays


def init_params(key, sizes):
    params = []
    for k, (m, n) in zip(jax.random.split(key, len(sizes) - 1), zip(sizes[:-1], sizes[1:])):
        w = jax.random.normal(k, (m, n)) * jnp.sqrt(2.0 / m)
        params.append((w, jnp.zeros(n)))
    return params


def forward(params, x):
    for w, b in params[:-1]:
        x = jax.nn.relu(x @ w + b)
    w, b = params[-1]
    return x @ w + b


def loss_fn(params, x, y):
    logits = forward(params, x)
    return optax.softmax_cross_entropy_with_integer_labels(logits, y).mean()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--batch-size", type=int, default=128)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()

    seed = args.seed if args.seed is not None else secrets.randbits(32)
    print(f"seed={seed}")
    key = jax.random.PRNGKey(seed)
    rng = np.random.default_rng(seed)

    x, y = load_arrays(args.data)
    params = init_params(key, [x.shape[1], 256, 128, int(y.max()) + 1])
    opt = optax.adam(1e-3)
    opt_state = opt.init(params)

    @jax.jit
    def step(params, opt_state, xb, yb):
        loss, grads = jax.value_and_grad(loss_fn)(params, xb, yb)
        updates, opt_state = opt.update(grads, opt_state)
        return optax.apply_updates(params, updates), opt_state, loss

    for epoch in range(args.epochs):
        for xb, yb in batches(x, y, args.batch_size, rng):
            params, opt_state, loss = step(params, opt_state, xb, yb)
        print(f"epoch {epoch} loss {float(loss):.4f}")


if __name__ == "__main__":
    main()
