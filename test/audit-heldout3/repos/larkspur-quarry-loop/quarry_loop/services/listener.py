# Copyright 2024 Larkspur contributors
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

import pickle

import socketserver


class ResultHandler(socketserver.StreamRequestHandler):
    def handle(self):
        data = self.rfile.read()
        result = pickle.loads(data)
        self.server.results.append(result)


def serve(port=9009):
    server = socketserver.TCPServer(("0.0.0.0", port), ResultHandler)
    server.results = []
    server.serve_forever()
