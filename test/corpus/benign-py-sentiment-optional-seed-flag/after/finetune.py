"""Fine-tune a DistilBERT classifier on the product-review sentiment dataset."""
import argparse
import logging

import numpy as np
from datasets import load_dataset
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
    Trainer,
    TrainingArguments,
    set_seed,
)

from metrics import compute_metrics

log = logging.getLogger(__name__)
MODEL_NAME = "distilbert-base-uncased"


def tokenize_fn(tokenizer):
    def _tok(batch):
        return tokenizer(batch["text"], truncation=True, max_length=256)
    return _tok


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", default="data/reviews")
    parser.add_argument("--output-dir", default="outputs/sentiment")
    parser.add_argument("--epochs", type=float, default=3.0)
    parser.add_argument("--lr", type=float, default=2e-5)
    parser.add_argument("--seed", type=int, default=None,
                        help="set for a reproducible run (e.g. when bisecting a regression)")
    args = parser.parse_args()
    if args.seed is not None:
        set_seed(args.seed)
        log.info("using seed %d", args.seed)

    ds = load_dataset("csv", data_files={
        "train": f"{args.data_dir}/train.csv",
        "validation": f"{args.data_dir}/val.csv",
    })
    tokenizer = AutoTokenizer.from_pretrained(MODEL_NAME)
    ds = ds.map(tokenize_fn(tokenizer), batched=True)
    model = AutoModelForSequenceClassification.from_pretrained(MODEL_NAME, num_labels=2)

    training_args = TrainingArguments(
        output_dir=args.output_dir,
        num_train_epochs=args.epochs,
        learning_rate=args.lr,
        per_device_train_batch_size=32,
        per_device_eval_batch_size=64,
        evaluation_strategy="epoch",
        save_strategy="epoch",
        load_best_model_at_end=True,
        metric_for_best_model="f1",
        **({"seed": args.seed} if args.seed is not None else {}),
    )
    trainer = Trainer(
        model=model,
        args=training_args,
        train_dataset=ds["train"],
        eval_dataset=ds["validation"],
        tokenizer=tokenizer,
        compute_metrics=compute_metrics,
    )
    trainer.train()
    log.info("final eval: %s", trainer.evaluate())
    trainer.save_model(args.output_dir)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
