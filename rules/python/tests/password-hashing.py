import hashlib
import os
from hashlib import md5, sha1

import bcrypt
from Crypto.Protocol.KDF import PBKDF2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from passlib.hash import argon2, pbkdf2_sha256

ITERATIONS = 1000
STRONG_ITERATIONS = 600_000


def hash_password(password):
    # expect: CWE-328
    return hashlib.md5(password.encode()).hexdigest()


def hash_password_bcrypt(password):
    # ok: CWE-328, CWE-916
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())


def cache_key(url):
    # ok: CWE-328
    return hashlib.md5(url.encode()).hexdigest()


def file_checksum(path):
    # ok: CWE-328
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def store_user(db, username, pwd):
    # expect: CWE-328
    digest = sha1(pwd.encode("utf-8")).hexdigest()
    db.save(username, digest)


def legacy_check(user, candidate):
    # expect: CWE-328
    hashed_pw = md5(candidate.encode()).hexdigest()
    # expect: CWE-208
    return hashed_pw == user.password_digest


def etag(body):
    # ok: CWE-328
    return md5(body, usedforsecurity=False).hexdigest()


def new_md5_password(password):
    # expect: CWE-328
    return hashlib.new("md5", password.encode()).hexdigest()


def sha256_password(password):
    # expect: CWE-916
    return hashlib.sha256(password.encode()).hexdigest()


def sha256_of_document(doc):
    # ok: CWE-916
    return hashlib.sha256(doc).hexdigest()


def derive_key(password, salt):
    # expect: CWE-916
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)


def derive_key_const(password, salt):
    # expect: CWE-916
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)


def derive_key_strong(password, salt):
    # ok: CWE-916
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, STRONG_ITERATIONS)


def derive_key_310k(password, salt):
    # ok: CWE-916
    return hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 310_000)


def kdf_cryptography(password):
    salt = os.urandom(16)
    # expect: CWE-916
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=10_000)
    return kdf.derive(password)


def kdf_cryptography_ok(password):
    salt = os.urandom(16)
    # ok: CWE-916
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=480_000)
    return kdf.derive(password)


def kdf_pycryptodome(password, salt):
    # expect: CWE-916
    return PBKDF2(password, salt, 32)


def kdf_pycryptodome_ok(password, salt):
    # ok: CWE-916
    return PBKDF2(password, salt, 32, count=1_000_000)


def passlib_weak(password):
    # expect: CWE-916
    return pbkdf2_sha256.using(rounds=5000).hash(password)


def cheap_bcrypt(password):
    # expect: CWE-916
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4))


def new_sha256_password(password):
    # ok: CWE-328
    return hashlib.new("sha256", password.encode()).hexdigest()


PASSWORD_HASHERS = [
    # ok: CWE-328
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    # expect: CWE-328
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",
    # expect: CWE-328
    "django.contrib.auth.hashers.SHA1PasswordHasher",
]


class QuickPBKDF2Hasher(PBKDF2PasswordHasher):
    # expect: CWE-916
    iterations = 20_000


class StrongPBKDF2Hasher(PBKDF2PasswordHasher):
    # ok: CWE-916
    iterations = 1_200_000


class RetryPolicy:
    # ok: CWE-916
    iterations = 3


def argon_hash(password):
    # ok: CWE-916
    return argon2.using(rounds=3, memory_cost=65536).hash(password)
