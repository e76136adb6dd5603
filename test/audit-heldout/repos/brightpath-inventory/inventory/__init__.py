# Copyright (c) 2019, Brightpath
# All rights reserved.
#
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.

"""Inventory package."""

__version__ = "2.2.1"
