import jax
import jax.numpy as jnp
import optax

from config import Config
from model import MLP


def make_batch(key, cfg: Config):
    k1, k2 = jax.random.split(key)
    x = jax.random.normal(k1, (cfg.batch_size, cfg.obs_dim))
    y = jax.random.randint(k2, (cfg.batch_size,), 0, 4)
    return x, y


def main(cfg: Config = Config()):
    key = jax.random.PRNGKey(cfg.seed)
    key, init_key = jax.random.split(key)
    model = MLP()
    params = model.init(init_key, jnp.zeros((1, cfg.obs_dim)))
    tx = optax.adam(cfg.lr)
    opt_state = tx.init(params)

    @jax.jit
    def step(params, opt_state, x, y, dropout_key):
        def loss_fn(p):
            logits = model.apply(p, x, train=True, rngs={"dropout": dropout_key})
            return optax.softmax_cross_entropy_with_integer_labels(logits, y).mean()

        loss, grads = jax.value_and_grad(loss_fn)(params)
        updates, opt_state = tx.update(grads, opt_state)
        return optax.apply_updates(params, updates), opt_state, loss

    for i in range(cfg.steps):
        key, batch_key, dropout_key = jax.random.split(key, 3)
        x, y = make_batch(batch_key, cfg)
        params, opt_state, loss = step(params, opt_state, x, y, dropout_key)
        if i % 1000 == 0:
            print(f"step {i} loss {float(loss):.4f}")
    return params


if __name__ == "__main__":
    main()
