import argparse
import json

import joblib
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

from trainyard.data import load_frame, split
from trainyard.metrics import report


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=None, help="fix the split/model seed for a reproducible run")
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    df = load_frame("data/customers.csv")
    X_train, X_test, y_train, y_test = split(df, seed=args.seed)
    model = GradientBoostingClassifier(random_state=args.seed).fit(X_train, y_train)
    metrics = report(y_test, model.predict_proba(X_test)[:, 1], threshold=args.threshold)
    metrics["seed"] = args.seed
    joblib.dump(model, "artifacts/model.joblib")
    print(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
