"""Evaluate a fine-tuned sentiment model on a labelled CSV and write predictions."""
import argparse
import csv
import logging
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import torch
from datasets import load_dataset
from sklearn.metrics import ConfusionMatrixDisplay, classification_report
from torch.utils.data import DataLoader
from transformers import AutoModelForSequenceClassification, AutoTokenizer, DataCollatorWithPadding

log = logging.getLogger("evaluate_model")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", default="outputs/sentiment")
    ap.add_argument("--data", default="data/reviews/test.csv")
    ap.add_argument("--report-dir", type=Path, default=Path("reports/eval"))
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args()

    tok = AutoTokenizer.from_pretrained(args.model_dir)
    model = AutoModelForSequenceClassification.from_pretrained(args.model_dir).eval()
    ds = load_dataset("csv", data_files={"test": args.data})["test"]
    texts, labels = ds["text"], ds["label"]
    enc = ds.map(lambda b: tok(b["text"], truncation=True, max_length=256), batched=True,
                 remove_columns=ds.column_names)

    # keep dataset order so predictions line up with the input rows
    loader = DataLoader(enc, batch_size=args.batch_size, shuffle=False,
                        collate_fn=DataCollatorWithPadding(tok))
    preds = []
    with torch.no_grad():
        for batch in loader:
            preds.extend(model(**batch).logits.argmax(-1).tolist())

    args.report_dir.mkdir(parents=True, exist_ok=True)
    with open(args.report_dir / "predictions.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label", "pred"])
        w.writerows(zip(texts, labels, preds))
    (args.report_dir / "report.txt").write_text(classification_report(labels, preds))
    ConfusionMatrixDisplay.from_predictions(labels, preds).plot()
    plt.savefig(args.report_dir / "confusion_matrix.png", dpi=150)
    log.info("wrote predictions and report to %s", args.report_dir)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
