"""Symmetric encryption and TLS context helpers for the sync agent."""
import os
import socket
import ssl

from Crypto.Cipher import AES, ARC4, DES, DES3
from Crypto.Hash import SHA256
from Crypto.Protocol.KDF import PBKDF2
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from OpenSSL import SSL


# ----------------------------------------------------------------- pycryptodome

def encrypt_record(key: bytes, plaintext: bytes) -> bytes:
    # expect: CWE-327
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(plaintext, AES.block_size))


def encrypt_record_v2(key: bytes, plaintext: bytes) -> bytes:
    nonce = get_random_bytes(12)
    # ok: CWE-327
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return nonce + tag + ciphertext


def decrypt_legacy_export(key: bytes, blob: bytes) -> bytes:
    iv, body = blob[:8], blob[8:]
    # expect: CWE-327
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return unpad(cipher.decrypt(body), DES3.block_size)


def decrypt_mainframe_field(key: bytes, blob: bytes) -> bytes:
    # expect: CWE-327
    return DES.new(key, DES.MODE_CBC, blob[:8]).decrypt(blob[8:])


def obfuscate_stream(key: bytes, data: bytes) -> bytes:
    # expect: CWE-327
    return ARC4.new(key).encrypt(data)


def key_from_passphrase(passphrase: str, salt: bytes) -> bytes:
    # expect: CWE-916
    return PBKDF2(passphrase, salt, dkLen=32, count=1000)


def key_from_passphrase_v2(passphrase: str, salt: bytes) -> bytes:
    # ok: CWE-916
    return PBKDF2(passphrase, salt, dkLen=32, count=600_000, hmac_hash_module=SHA256)


# ----------------------------------------------------------------- cryptography

def seal_block(key: bytes, block: bytes) -> bytes:
    # expect: CWE-327
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(block) + encryptor.finalize()


def seal_legacy(key: bytes, iv: bytes, data: bytes) -> bytes:
    # expect: CWE-327
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def seal(key: bytes, data: bytes, aad: bytes = b"") -> bytes:
    nonce = os.urandom(12)
    # ok: CWE-327
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def seal_chacha(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    # ok: CWE-327
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, data, None)


# ----------------------------------------------------------------- TLS

def legacy_device_context() -> ssl.SSLContext:
    # expect: CWE-327
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def client_context(cafile: str) -> ssl.SSLContext:
    # ok: CWE-327
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile)
    # ok: CWE-327
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def permissive_server_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(certfile, keyfile)
    # expect: CWE-327
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def wrap_for_printer(sock: socket.socket) -> ssl.SSLSocket:
    # expect: CWE-327
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1_1)


def modern_server_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    # ok: CWE-327
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(certfile, keyfile)
    # ok: CWE-327
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    return ctx


def pyopenssl_context() -> SSL.Context:
    # expect: CWE-327
    return SSL.Context(SSL.TLSv1_METHOD)


def pyopenssl_context_v2() -> SSL.Context:
    # ok: CWE-327
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    return ctx
