"""Account security helpers shared by the web app and the worker.

Key material, password hashing, reset tokens and the client used to talk to
the identity provider.
"""
import base64
import hashlib
import hmac
import os
import random
import secrets
import string

import jwt
import requests
from Crypto.Cipher import AES, DES
from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

IDP_BASE = "https://idp.internal.example.com"
IDP_CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"
PBKDF2_ROUNDS = 310_000

# expect: CWE-798
LEGACY_SIGNING_SECRET = "b7f1c0de-legacy-signing-key-2019"
# ok: CWE-798
SIGNING_SECRET = os.environ["APP_SIGNING_SECRET"]


def new_service_keypair():
    # ok: CWE-326
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    return key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )


def new_device_keypair():
    # expect: CWE-326
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    return key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )


def new_legacy_dsa_key():
    # expect: CWE-326
    return dsa.generate_private_key(key_size=1024)


def new_export_key():
    # expect: CWE-326
    return RSA.generate(1024).export_key()


def hash_password_legacy(password):
    # expect: CWE-328
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def hash_password_v2(password, salt):
    # expect: CWE-328
    return hashlib.sha1(salt.encode("utf-8") + password.encode("utf-8")).hexdigest()


def hash_password(password, salt=None):
    salt = salt or os.urandom(16)
    # ok: CWE-328
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ROUNDS)
    return base64.b64encode(salt + digest).decode("ascii")


def verify_password(password, stored):
    raw = base64.b64decode(stored)
    salt, expected = raw[:16], raw[16:]
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ROUNDS)
    return hmac.compare_digest(candidate, expected)


def content_etag(body):
    # ok: CWE-328
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def encrypt_card_token_legacy(key, data):
    # expect: CWE-327
    cipher = DES.new(key, DES.MODE_ECB)
    return cipher.encrypt(data.ljust(((len(data) + 7) // 8) * 8, b"\0"))


def encrypt_profile_blob_legacy(key, data):
    # expect: CWE-327
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(data.ljust(((len(data) + 15) // 16) * 16, b"\0"))


def encrypt_profile_blob(key, data):
    nonce = os.urandom(12)
    # ok: CWE-327
    return nonce + AESGCM(key).encrypt(nonce, data, b"profile")


def password_reset_token_legacy(length=24):
    alphabet = string.ascii_letters + string.digits
    # expect: CWE-330
    return "".join(random.choice(alphabet) for _ in range(length))


def password_reset_token():
    # ok: CWE-330
    return secrets.token_urlsafe(32)


def issue_session_jwt(user_id, roles):
    claims = {"sub": str(user_id), "roles": list(roles)}
    # ok: CWE-798
    return jwt.encode(claims, SIGNING_SECRET, algorithm="HS256")


def issue_partner_jwt(partner_id):
    # expect: CWE-798
    return jwt.encode({"sub": partner_id, "aud": "partner-api"}, "pr0d-partner-hmac-secret!", algorithm="HS256")


def fetch_idp_metadata():
    # ok: CWE-295
    resp = requests.get(f"{IDP_BASE}/.well-known/openid-configuration", verify=IDP_CA_BUNDLE, timeout=10)
    resp.raise_for_status()
    return resp.json()


def fetch_idp_jwks():
    # expect: CWE-295
    resp = requests.get(f"{IDP_BASE}/.well-known/jwks.json", verify=False, timeout=10)
    resp.raise_for_status()
    return resp.json()
