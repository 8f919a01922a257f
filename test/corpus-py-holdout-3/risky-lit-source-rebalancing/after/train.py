import argparse

import lightning as L

from datamodule import TabularDataModule
from module import Classifier


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--train", default="data/train.jsonl")
    p.add_argument("--val", default="data/val.jsonl")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--epochs", type=int, default=10)
    args = p.parse_args()

    L.seed_everything(args.seed, workers=True)
    dm = TabularDataModule(args.train, args.val, seed=args.seed)
    model = Classifier()
    trainer = L.Trainer(max_epochs=args.epochs, deterministic=True)
    trainer.fit(model, datamodule=dm)


if __name__ == "__main__":
    main()
