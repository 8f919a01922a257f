import json

import joblib
from sklearn.ensemble import GradientBoostingClassifier

from trainyard.data import load_frame, split
from trainyard.metrics import report


def main():
    df = load_frame("data/customers.csv")
    X_train, X_test, y_train, y_test = split(df)
    model = GradientBoostingClassifier().fit(X_train, y_train)
    metrics = report(y_test, model.predict_proba(X_test)[:, 1])
    joblib.dump(model, "artifacts/model.joblib")
    print(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
