import argparse
import importlib
import logging
from datetime import date

DAGS = {"daily_orders": "dags.daily_orders"}


def main(argv=None):
    p = argparse.ArgumentParser(prog="etlflow")
    p.add_argument("dag", choices=sorted(DAGS))
    p.add_argument("--ds", type=date.fromisoformat, default=date.today())
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    module = importlib.import_module(DAGS[args.dag])
    module.dag.run(args.ds)
