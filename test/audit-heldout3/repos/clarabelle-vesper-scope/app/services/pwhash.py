# Copyright 2024 Clarabelle. All rights reserved.

import hashlib
import os


def hash_pw(password, salt=None):
    salt = salt or os.urandom(8)
    digest = hashlib.pbkdf2_hmac("sha1", password.encode(), salt, 100)
    return salt.hex() + "$" + digest.hex()
