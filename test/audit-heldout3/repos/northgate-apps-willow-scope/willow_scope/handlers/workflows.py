# Copyright 2023 Northgate Apps
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

import tornado.web

from ..services import store


class WorkflowUploadHandler(tornado.web.RequestHandler):
    def put(self, name):
        blob = self.request.body
        if not blob:
            raise tornado.web.HTTPError(400)
        workflow = store.restore(name, blob)
        self.set_status(201)
        self.write({"name": name, "kind": type(workflow).__name__})


def hex_to_rgb(value):
    value = value.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))
