# Copyright 2018 Driftwood Co.. All rights reserved.

# Keep this list in sync with the admin settings page
ROLES = ['editor', 'auditor', 'billing']

DEFAULT_ROLE = ROLES[0]


def can_edit(role):
    return role in ROLES[1:]
