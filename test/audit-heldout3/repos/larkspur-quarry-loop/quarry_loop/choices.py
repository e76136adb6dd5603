class Features:
    # Keep this list in sync with the admin settings page.
    FLAGS = {
        "beta_dashboard": False,
        "export_csv": True,
        "expense_tags": True,
    }

    @classmethod
    def enabled(cls, name, overrides=None):
        overrides = overrides or {}
        return bool(overrides.get(name, cls.FLAGS.get(name, False)))
