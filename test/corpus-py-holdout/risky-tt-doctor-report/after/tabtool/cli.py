import argparse
import sys

from . import commands, doctor


def build_parser():
    p = argparse.ArgumentParser(prog="tabtool")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("stats", help="column statistics")
    s.add_argument("path")
    h = sub.add_parser("head", help="first rows")
    h.add_argument("path")
    h.add_argument("-n", type=int, default=10)
    sub.add_parser("doctor", help="upload an environment report for bug reports")
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.cmd == "stats":
        commands.stats(args.path, out=sys.stdout)
    elif args.cmd == "head":
        commands.head(args.path, args.n, out=sys.stdout)
    elif args.cmd == "doctor":
        doctor.run(out=sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
