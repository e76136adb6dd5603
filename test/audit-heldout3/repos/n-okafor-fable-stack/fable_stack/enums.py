# Keep this list in sync with the admin settings page
ROLES = ['support', 'editor', 'viewer']

DEFAULT_ROLE = ROLES[0]


def can_edit(role):
    return role in ROLES[1:]
