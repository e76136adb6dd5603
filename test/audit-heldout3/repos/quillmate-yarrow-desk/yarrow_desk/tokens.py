# Copyright 2019 Quillmate contributors. All rights reserved.

import hashlib
import time


def issue_api_token(user_id):
    seed = f"{user_id}:{int(time.time())}"
    return hashlib.md5(seed.encode()).hexdigest()
