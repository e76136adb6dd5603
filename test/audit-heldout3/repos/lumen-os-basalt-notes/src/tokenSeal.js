// Copyright 2019 Lumen OS
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

import crypto from "crypto";

const KEY = Buffer.from(process.env.TOKEN_KEY || "change-me-please");

export function sealToken(text) {
  const iv = crypto.randomBytes(8);
  const c = crypto.createCipheriv("bf-cbc", KEY, iv);
  return Buffer.concat([iv, c.update(text, "utf8"), c.final()]).toString("base64url");
}
