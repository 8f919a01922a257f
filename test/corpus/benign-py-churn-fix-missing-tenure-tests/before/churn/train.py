"""Train and persist the churn classifier."""
import argparse
from pathlib import Path

import joblib
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from churn.features import CATEGORICAL, add_features, feature_columns


def build_pipeline() -> Pipeline:
    numeric = [c for c in feature_columns() if c not in CATEGORICAL]
    pre = ColumnTransformer([
        ("num", StandardScaler(), numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    return Pipeline([("pre", pre), ("clf", GradientBoostingClassifier())])


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("csv", type=Path)
    p.add_argument("--out", type=Path, default=Path("models/churn.joblib"))
    args = p.parse_args(argv)

    df = add_features(pd.read_csv(args.csv))
    X, y = df[feature_columns()], df["churned"]
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y)
    model = build_pipeline().fit(X_train, y_train)
    print(f"test accuracy: {model.score(X_test, y_test):.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, args.out)


if __name__ == "__main__":
    main()
