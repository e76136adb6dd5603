# Copyright 2020 Quillmate contributors. All rights reserved.

import unittest
from datetime import date

from lantern_portal.utils.dates import add_business_days


class BusinessDaysTest(unittest.TestCase):
    def test_skips_weekend(self):
        friday = date(2023, 6, 2)
        self.assertEqual(add_business_days(friday, 1), date(2023, 6, 5))

    def test_holidays(self):
        start = date(2023, 12, 22)
        self.assertEqual(add_business_days(start, 1, holidays={date(2023, 12, 25)}), date(2023, 12, 26))


if __name__ == "__main__":
    unittest.main()
