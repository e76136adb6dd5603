# Copyright (c) 2022 Kestrel Labs
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

import os
import zipfile

PLUGIN_ROOT = "/opt/app/plugins"


def install_plugin(uploaded_file):
    with zipfile.ZipFile(uploaded_file) as archive:
        for entry in archive.infolist():
            if entry.is_dir():
                continue
            destination = os.path.join(PLUGIN_ROOT, entry.filename)
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            with archive.open(entry) as src, open(destination, "wb") as dst:
                dst.write(src.read())
