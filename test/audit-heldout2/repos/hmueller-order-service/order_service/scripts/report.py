import argparse
import csv
import json
import sys
import tempfile
from collections import Counter


def export_tmp(rows):
    path = tempfile.mktemp(suffix='.csv')
    with open(path, 'w', newline='') as fh:
        csv.writer(fh).writerows(rows)
    return path


def load_rows(path):
    with open(path, newline='', encoding='utf-8') as fh:
        return list(csv.DictReader(fh))


def summarise(rows, column='total'):
    counts = Counter(row.get(column) or 'unknown' for row in rows)
    return counts.most_common()


def write_json(data, path):
    if path == '-':
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump(data, fh, indent=2)


def validate(rows):
    problems = []
    for lineno, row in enumerate(rows, start=2):
        if not row.get('reference'):
            problems.append('line %d: missing reference' % lineno)
    return problems


def build_parser():
    parser = argparse.ArgumentParser(description='Utilities for orders exports.')
    parser.add_argument('source', help='CSV file with orders')
    parser.add_argument('-o', '--output', default='-', help='where to write the report')
    parser.add_argument('--strict', action='store_true', help='fail on validation errors')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    rows = load_rows(args.source)
    problems = validate(rows)
    if problems and args.strict:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    write_json({'rows': len(rows), 'by_total': summarise(rows)}, args.output)
    return 0


if __name__ == '__main__':
    sys.exit(main())
