import argparse
import json
import logging
import sys
from pathlib import Path

from datatool import __version__
from datatool.cache import Cache

log = logging.getLogger("datatool")


def cmd_stats(args) -> int:
    path = Path(args.file)
    with path.open() as f:
        n = sum(1 for _ in f)
    print(json.dumps({"file": str(path), "lines": n}))
    return 0


def cmd_clean_cache(args) -> int:
    removed = Cache(args.cache_dir).prune(max_age_days=args.max_age)
    log.info("removed %d cache entries", removed)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="datatool")
    p.add_argument("--version", action="version", version=__version__)
    p.add_argument("--cache-dir", default=".datatool-cache")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("stats")
    s.add_argument("file")
    s.set_defaults(func=cmd_stats)
    c = sub.add_parser("clean-cache")
    c.add_argument("--max-age", type=int, default=7)
    c.set_defaults(func=cmd_clean_cache)
    return p


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
