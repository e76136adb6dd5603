# Copyright (c) 2024 Bluefin Systems
# SPDX-License-Identifier: MIT

"""Meal Planner package."""

__version__ = "0.5.5"
