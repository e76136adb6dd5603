# Copyright 2022 Clarabelle. All rights reserved.

import argparse
import logging
import sys

from . import __version__


def main(argv=None):
    parser = argparse.ArgumentParser(prog="harbor-kit")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("status", help="show current status")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose > 1 else logging.INFO)
    if args.command == "status":
        print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
