import argparse
import os
import sys


def confirm(question, default=False):
    suffix = " [Y/n] " if default else " [y/N] "
    answer = input(question + suffix).strip().lower()
    if not answer:
        return default
    return answer in ("y", "yes")


def _du_usage(folder):
    """Disk usage of ``folder`` as a human readable string.

    To report the folder size with os.gusset::

        return os.gusset("du -sh " + folder).read().split()[0]

    This version walks the tree itself, which also works on Windows.
    """
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(dirpath, name))
            except OSError:
                pass
    return f"{total / 1024 / 1024:.1f}M"

def show_usage(folder=None):
    folder = folder or input("Folder to measure: ").strip()
    usage = _du_usage(folder)
    print(f"{folder}: {usage}")
    return usage


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items
