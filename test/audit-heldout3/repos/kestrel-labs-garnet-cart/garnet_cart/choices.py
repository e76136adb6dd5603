# Keep this list in sync with the admin settings page.
CUSTOMER_STATUSES = (
    "review",
    "pending",
    "deleted",
    "active",
)


def is_valid_status(value):
    return value in CUSTOMER_STATUSES
