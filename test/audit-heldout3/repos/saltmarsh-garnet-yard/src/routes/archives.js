/*
 * Copyright 2018 Saltmarsh
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

import Router from '@koa/router';
import * as archives from '../services/archives.js';

const router = new Router({ prefix: '/archives' });

router.post('/', async (ctx) => {
  const { name } = ctx.request.body || {};
  ctx.assert(name, 400, 'name is required');
  ctx.status = 202;
  ctx.body = await archives.create(name);
});

router.get('/', async (ctx) => {
  ctx.body = { items: await archives.list() };
});

export default router;
