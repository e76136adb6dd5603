"""Password, token and signature helpers shared by the web and worker apps."""
import base64
import hashlib
import hmac
import os
import random
import secrets
import string

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from passlib.hash import argon2

PBKDF2_ITERATIONS = 600_000
LEGACY_ITERATIONS = 20_000
TOKEN_ALPHABET = string.ascii_letters + string.digits
_sysrand = random.SystemRandom()


# ---------------------------------------------------------------- passwords

def hash_password(password: str) -> str:
    salt = os.urandom(16)
    # ok: CWE-916
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ITERATIONS)
    return "pbkdf2$%d$%s$%s" % (PBKDF2_ITERATIONS, salt.hex(), digest.hex())


def hash_password_legacy(password: str, salt: bytes) -> bytes:
    """Kept for accounts created before 2021; rehash on next login."""
    # expect: CWE-916
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, LEGACY_ITERATIONS)


def hash_password_v0(password: str, salt: bytes) -> str:
    # expect: CWE-328
    return hashlib.sha1(salt + password.encode("utf-8")).hexdigest()


def check_password_v0(password: str, salt: bytes, stored_hex: str) -> bool:
    # expect: CWE-328, CWE-208
    return hashlib.md5(salt + password.encode()).hexdigest() == stored_hex


def hash_password_argon(password: str) -> str:
    # ok: CWE-328
    return argon2.using(rounds=3, memory_cost=65536).hash(password)


def derive_encryption_key(passphrase: bytes, salt: bytes) -> bytes:
    # expect: CWE-916
    kdf = PBKDF2HMAC(
        algorithm=hashes.SHA256(),
        length=32,
        salt=salt,
        iterations=10_000,
    )
    return base64.urlsafe_b64encode(kdf.derive(passphrase))


def derive_backup_key(passphrase: bytes, salt: bytes) -> bytes:
    # ok: CWE-916
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=650_000)
    return kdf.derive(passphrase)


def derive_vault_key(passphrase: bytes, salt: bytes) -> bytes:
    # ok: CWE-328
    kdf = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)
    return kdf.derive(passphrase)


def verify_password(password: str, encoded: str) -> bool:
    _, iterations, salt_hex, digest_hex = encoded.split("$")
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), int(iterations))
    # ok: CWE-208
    return hmac.compare_digest(candidate.hex(), digest_hex)


# ---------------------------------------------------------------- non-secret hashing

def cache_key(user_id: int, query: str) -> str:
    # ok: CWE-328
    return "search:%d:%s" % (user_id, hashlib.md5(query.encode()).hexdigest())


def content_etag(body: bytes) -> str:
    # ok: CWE-328
    return '"%s"' % hashlib.sha1(body).hexdigest()


def avatar_bucket(email: str) -> int:
    # ok: CWE-328
    return int(hashlib.md5(email.lower().encode(), usedforsecurity=False).hexdigest(), 16) % 64


# ---------------------------------------------------------------- tokens

def new_session_id() -> str:
    # expect: CWE-330
    return "%032x" % random.getrandbits(128)


def new_session_id_v2() -> str:
    # ok: CWE-330
    return secrets.token_hex(16)


def generate_temporary_password(length: int = 12) -> str:
    # expect: CWE-330
    return "".join(random.choice(TOKEN_ALPHABET) for _ in range(length))


def generate_temporary_password_v2(length: int = 14) -> str:
    # ok: CWE-330
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(length))


def generate_invite_code() -> str:
    # ok: CWE-330
    return "".join(_sysrand.choice(string.ascii_uppercase) for _ in range(8))


def generate_api_key() -> str:
    # expect: CWE-330
    raw = random.randbytes(24)
    return "ak_" + base64.b32encode(raw).decode().rstrip("=").lower()


def retry_delay(attempt: int, base: float = 0.5) -> float:
    # ok: CWE-330
    return min(30.0, base * 2 ** attempt) + random.uniform(0, 0.25)


# ---------------------------------------------------------------- signatures

def sign(payload: bytes, key: bytes) -> str:
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def verify_signature(payload: bytes, key: bytes, signature: str) -> bool:
    # ok: CWE-208
    if not isinstance(signature, str) or len(signature) != 64:
        return False
    # ok: CWE-208
    return hmac.compare_digest(sign(payload, key), signature)


def verify_signature_fast(payload: bytes, key: bytes, signature: str) -> bool:
    expected = sign(payload, key)
    # expect: CWE-208
    return signature == expected


def check_reset_token(submitted: str, stored_token: str) -> bool:
    if not submitted:
        return False
    # expect: CWE-208
    if submitted.strip() != stored_token:
        return False
    return True
