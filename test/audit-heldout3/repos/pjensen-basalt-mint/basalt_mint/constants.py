# Copyright 2024 Chidi Odili. All rights reserved.

# Keep this list in sync with the admin settings page
ROLES = ['billing', 'editor', 'owner']

DEFAULT_ROLE = ROLES[0]


def can_edit(role):
    return role in ROLES[1:]
