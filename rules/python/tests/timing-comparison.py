import hashlib
import hmac
import secrets

from flask import Flask, abort, request

app = Flask(__name__)
API_TOKEN = secrets.token_hex(32)


# Verify user password
def verify_password(stored_hash, provided_password):
    # expect: CWE-208, CWE-916
    return stored_hash == hashlib.sha256(provided_password.encode()).hexdigest()


def verify_password_safe(stored_hash, provided_password):
    # expect: CWE-916
    computed = hashlib.sha256(provided_password.encode()).hexdigest()
    # ok: CWE-208
    return hmac.compare_digest(stored_hash, computed)


@app.before_request
def check_token():
    # expect: CWE-208
    if request.headers.get("X-Api-Token") != API_TOKEN:
        abort(401)


def verify_webhook(body, key, received_signature):
    expected_signature = hmac.new(key, body, hashlib.sha256).hexdigest()
    # expect: CWE-208
    if expected_signature == received_signature:
        return True
    return False


def verify_webhook_safe(body, key, received_signature):
    expected_signature = hmac.new(key, body, hashlib.sha256).hexdigest()
    # ok: CWE-208
    return hmac.compare_digest(expected_signature, received_signature)


def token_present(token):
    # ok: CWE-208
    return token is not None and token != ""


def token_shape(token):
    # ok: CWE-208
    return len(token) == 64


def token_kind(token_type, expected_type):
    # ok: CWE-208
    return token_type == expected_type


def same_user(a, b):
    # ok: CWE-208
    return a.username == b.username


def check_otp(user, otp):
    # expect: CWE-208
    return user.otp == otp


def test_token_roundtrip():
    token = secrets.token_hex(8)
    # ok: CWE-208
    assert token == token.strip()
