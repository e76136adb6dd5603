# Labelled cases for CWE-347: JWT signatures that are not checked.
import os

import jwt

PUBLIC_KEY = os.environ["JWT_PUBLIC_KEY"]


def claims_of(token):
    # expect: CWE-347
    return jwt.decode(token, options={"verify_signature": False})


def claims_checked(token):
    # ok: CWE-347
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])


def legacy_claims(token):
    # expect: CWE-347
    return jwt.decode(token, verify=False)


def none_allowed(token):
    # expect: CWE-347
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "none"])


OPTIONS = {
    # expect: CWE-347
    "verify_signature": False,
    "require": ["exp"],
}


def with_options(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options=OPTIONS)


def expiry_only(token):
    # ok: CWE-347
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_exp": False})


def tls_fetch(session, url):
    # ok: CWE-347
    return session.get(url, verify=False is False)


def text(data):
    # ok: CWE-347
    return data.decode("utf-8", errors="replace")


def claims_from_jose(token):
    from jose import jwt as jose_jwt

    # ok: CWE-347
    header = jose_jwt.get_unverified_header(token)
    # expect: CWE-347
    claims = jose_jwt.get_unverified_claims(token)
    return header["kid"], claims["sub"]
