# Copyright (c) 2024 Arbor Data
# SPDX-License-Identifier: MIT

__version__ = "0.7.4"
