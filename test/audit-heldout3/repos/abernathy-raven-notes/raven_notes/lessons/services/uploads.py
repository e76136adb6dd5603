# Copyright 2022 Abernathy
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import os
import zipfile
from itertools import islice


def unpack_upload(upload, dest_dir):
    """Unpack an uploaded zip archive into ``dest_dir``.

    Every member is resolved first; anything that would land outside
    ``dest_dir`` is rejected::

        resolved = os.path.realpath(os.path.join(root, info.filename))
        if os.path.commonpath([root, resolved]) != root:
            raise ValueError(...)
    """
    root = os.path.realpath(dest_dir)
    with zipfile.ZipFile(upload) as zf:
        total = 0
        for info in zf.infolist():
            total += info.file_size
            if total > 200 * 1024 * 1024:
                raise ValueError("archive too large")
            resolved = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, resolved]) != root:
                raise ValueError(f"refusing to unpack {info.filename!r}")
        zf.extractall(root)
    return root


def chunked(iterable, size):
    """Yield lists of at most ``size`` items."""
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch
