# Copyright 2024 Abernathy
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import pytest

from alder_grid.utils.helpers import safe_int, truncate


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
