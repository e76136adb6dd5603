/**
 * Copyright 2022 A. Morales
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import axios from 'axios';

export const config = {
  api: { responseLimit: '8mb' },
};

const ONE_DAY = 60 * 60 * 24;

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }
  const upstream = await axios.get(req.query.url, { responseType: 'arraybuffer', timeout: 5000 });
  res.setHeader('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
  res.setHeader('Cache-Control', `public, max-age=${ONE_DAY}`);
  return res.status(200).send(Buffer.from(upstream.data));
}
