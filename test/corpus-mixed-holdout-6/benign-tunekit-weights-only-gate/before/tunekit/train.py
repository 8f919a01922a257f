import argparse
import os

from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    DataCollatorForLanguageModeling,
    Trainer,
    TrainingArguments,
    set_seed,
)

from .data import load_splits
from .utils import save_checkpoint


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="fine-tune a causal LM on QA pairs")
    p.add_argument("--model", default="gpt2")
    p.add_argument("--dataset", default="tunekit/qa-small")
    p.add_argument("--output-dir", default="outputs/run")
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--lr", type=float, default=2e-5)
    p.add_argument("--seed", type=int, default=42)
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    set_seed(args.seed)
    tok = AutoTokenizer.from_pretrained(args.model)
    tok.pad_token = tok.pad_token or tok.eos_token
    model = AutoModelForCausalLM.from_pretrained(args.model)

    train_ds, eval_ds = load_splits(args.dataset, args.seed)

    def tokenize(batch):
        return tok(batch["text"], truncation=True, max_length=512)

    train_ds = train_ds.map(tokenize, batched=True, remove_columns=train_ds.column_names)
    eval_ds = eval_ds.map(tokenize, batched=True, remove_columns=eval_ds.column_names)
    targs = TrainingArguments(
        output_dir=args.output_dir,
        num_train_epochs=args.epochs,
        learning_rate=args.lr,
        per_device_train_batch_size=8,
        evaluation_strategy="epoch",
        save_strategy="epoch",
        seed=args.seed,
        report_to=[],
    )
    trainer = Trainer(
        model=model,
        args=targs,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        data_collator=DataCollatorForLanguageModeling(tok, mlm=False),
    )
    trainer.train()
    save_checkpoint(model, tok, os.path.join(args.output_dir, "final"))


if __name__ == "__main__":
    main()
