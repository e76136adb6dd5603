import os
import ssl

from Crypto.Cipher import AES, ARC4, DES, DES3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from OpenSSL import SSL


# Encrypt sensitive data before storage
def encrypt_data(data, key):
    # expect: CWE-327
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(data)


def encrypt_data_gcm(data, key):
    # ok: CWE-327
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, ciphertext, tag


def encrypt_block(key, block):
    # expect: CWE-327
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block) + enc.finalize()


def encrypt_block_cbc(key, block):
    iv = os.urandom(16)
    # ok: CWE-327
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(block) + enc.finalize()


def legacy_des(key, data):
    # expect: CWE-327
    return DES.new(key, DES.MODE_CBC, iv=b"\0" * 8).encrypt(data)


def legacy_3des(key, data):
    # expect: CWE-327
    return DES3.new(key, DES3.MODE_CFB).encrypt(data)


def stream_rc4(key, data):
    # expect: CWE-327
    return ARC4.new(key).encrypt(data)


def modern(key, data):
    nonce = os.urandom(12)
    # ok: CWE-327
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def triple_des_cryptography(key):
    # expect: CWE-327
    return Cipher(algorithms.TripleDES(key), modes.CBC(os.urandom(8)))


def old_client_context():
    # expect: CWE-327
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def sslv3_socket(sock):
    # expect: CWE-327
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3)


def client_context():
    # ok: CWE-327
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def floor_tls10():
    ctx = ssl.create_default_context()
    # expect: CWE-327
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def floor_tls12():
    ctx = ssl.create_default_context()
    # ok: CWE-327
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def pyopenssl_ctx():
    # expect: CWE-327
    return SSL.Context(SSL.TLSv1_METHOD)


def pyopenssl_ctx_modern():
    # ok: CWE-327
    return SSL.Context(SSL.TLS_METHOD)


def make_keys():
    from Crypto.PublicKey import DSA, RSA
    from cryptography.hazmat.primitives.asymmetric import dsa, rsa
    from OpenSSL import crypto

    # expect: CWE-326
    legacy = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    # ok: CWE-326
    modern = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    # expect: CWE-326
    sig = dsa.generate_private_key(key_size=1024)
    # expect: CWE-326
    old = RSA.generate(1024)
    # ok: CWE-326
    fine = RSA.generate(4096)
    bits = 512
    # expect: CWE-326
    tiny = DSA.generate(bits)
    pk = crypto.PKey()
    # expect: CWE-326
    pk.generate_key(crypto.TYPE_RSA, 1024)
    # ok: CWE-326
    pk.generate_key(crypto.TYPE_RSA, 2048)
    return legacy, modern, sig, old, fine, tiny
