import argparse
import json
import sys


def main(argv=None):
    p = argparse.ArgumentParser(description="fail if eval metrics regress below a floor")
    p.add_argument("--metrics", required=True)
    p.add_argument("--min-exact-match", type=float, required=True)
    args = p.parse_args(argv)
    with open(args.metrics) as fh:
        metrics = json.load(fh)["metrics"]
    if metrics["exact_match"] < args.min_exact_match:
        print(f"exact_match {metrics['exact_match']:.3f} < {args.min_exact_match}", file=sys.stderr)
        return 1
    print(f"exact_match {metrics['exact_match']:.3f} ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
