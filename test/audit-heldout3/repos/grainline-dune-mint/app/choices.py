# Copyright 2022 Grainline contributors. All rights reserved.

# Keep this list in sync with the admin settings page.
PLANT_STATUSES = (
    "review",
    "active",
    "draft",
    "pending",
)


def is_valid_status(value):
    return value in PLANT_STATUSES
