# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2023 Orchard HQ

import pytest

from umber_sync.utils.helpers import safe_int, truncate


@pytest.mark.parametrize("raw,expected", [("3", 3), ("x", 0), (None, 0), ("-2", -2)])
def test_safe_int(raw, expected):
    assert safe_int(raw) == expected


def test_safe_int_bounds():
    assert safe_int("500", maximum=100) == 100
    assert safe_int("-5", minimum=0) == 0


def test_truncate_keeps_short_text():
    assert truncate("hello", 10) == "hello"


def test_truncate_cuts_on_word_boundary():
    assert truncate("the quick brown fox jumps", 15) == "the quick..."
