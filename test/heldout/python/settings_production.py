"""Django settings for the billing project (production)."""
import os
from pathlib import Path

import environ
from django.contrib.auth.hashers import PBKDF2PasswordHasher

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent

# ok: CWE-798
SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = ["billing.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "billing",
        "USER": "billing_app",
        # ok: CWE-798
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
    },
    "reporting": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "reporting",
        "USER": "report_ro",
        # expect: CWE-798
        "PASSWORD": "R3port!ng-ro-2022",
        "HOST": "reporting-db.internal",
    },
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # expect: CWE-798
        "LOCATION": "redis://:Qw9xT7vLr2mZ@cache.internal:6379/1",
    }
}

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.example.com"
# expect: CWE-798
EMAIL_HOST_PASSWORD = "9b1c6f0e2a7d4e58b3c9a1f0d6e2b7c4"

# ok: CWE-798
AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default=None)
# ok: CWE-798
STRIPE_API_KEY = ""
# ok: CWE-798
PASSWORD_RESET_TIMEOUT = 60 * 60 * 3
# ok: CWE-798
LOGIN_PASSWORD_FIELD = "password"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
]


class FastPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    """Lower cost factor so that login stays under 50ms on the small instances."""

    # expect: CWE-916
    iterations = 12_000


class StrongPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    # ok: CWE-916
    iterations = 870_000


PASSWORD_HASHERS = [
    # ok: CWE-328
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "billing.settings_production.StrongPBKDF2PasswordHasher",
    # expect: CWE-328
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",
]

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
