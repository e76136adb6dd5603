# Copyright (c) 2019 Lumen OS
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.

import marshal
import os

CACHE = "/tmp/.codecache"


def load_compiled(name):
    path = os.path.join(CACHE, name + ".bin")
    with open(path, "rb") as fh:
        code = marshal.load(fh)
    namespace = {}
    exec(code, namespace)
    return namespace
