# Copyright (c) 2020 Hexbyte
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.

import unittest
from datetime import date

from harbor_loop.utils.dates import add_business_days


class BusinessDaysTest(unittest.TestCase):
    def test_skips_weekend(self):
        friday = date(2023, 6, 2)
        self.assertEqual(add_business_days(friday, 1), date(2023, 6, 5))

    def test_holidays(self):
        start = date(2023, 12, 22)
        self.assertEqual(add_business_days(start, 1, holidays={date(2023, 12, 25)}), date(2023, 12, 26))


if __name__ == "__main__":
    unittest.main()
