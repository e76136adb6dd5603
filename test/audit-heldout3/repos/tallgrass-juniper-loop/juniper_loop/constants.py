# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2020 Tallgrass contributors

# Keep this list in sync with the admin settings page
ROLES = ['auditor', 'viewer', 'owner']

DEFAULT_ROLE = ROLES[0]


def can_edit(role):
    return role in ROLES[1:]
