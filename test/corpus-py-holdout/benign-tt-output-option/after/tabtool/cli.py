import argparse
import sys
from importlib.metadata import PackageNotFoundError, version

from . import commands


def _version():
    try:
        return version("tabtool")
    except PackageNotFoundError:
        return "dev"


def build_parser():
    p = argparse.ArgumentParser(prog="tabtool")
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("stats", help="column statistics")
    s.add_argument("path")
    s.add_argument("-o", "--output", help="write the statistics to this file instead of stdout")
    h = sub.add_parser("head", help="first rows")
    h.add_argument("path")
    h.add_argument("-n", type=int, default=10)
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.cmd == "stats":
        if args.output:
            with open(args.output, "w", encoding="utf-8") as fh:
                commands.stats(args.path, out=fh)
        else:
            commands.stats(args.path, out=sys.stdout)
    elif args.cmd == "head":
        commands.head(args.path, args.n, out=sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
