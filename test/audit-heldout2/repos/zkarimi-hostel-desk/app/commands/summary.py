import argparse
import csv
import json
import sys
from collections import Counter


def read_rows(path):
    with open(path, newline='', encoding='utf-8') as fh:
        return list(csv.DictReader(fh))


def summarise(rows, column='check_in'):
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
        if not row.get('guest_name'):
            problems.append('line %d: missing guest_name' % lineno)
    return problems


def dedupe(rows, key='guest_name'):
    seen = set()
    out = []
    for row in rows:
        k = (row.get(key) or '').strip().lower()
        if k in seen:
            continue
        seen.add(k)
        out.append(row)
    return out


def build_parser():
    parser = argparse.ArgumentParser(description='Utilities for bookings exports.')
    parser.add_argument('source', help='CSV file with bookings')
    parser.add_argument('-o', '--output', default='-', help='where to write the report')
    parser.add_argument('--strict', action='store_true', help='fail on validation errors')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    rows = read_rows(args.source)
    problems = validate(rows)
    if problems and args.strict:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    write_json({'rows': len(rows), 'by_check_in': summarise(rows)}, args.output)
    return 0


if __name__ == '__main__':
    sys.exit(main())
