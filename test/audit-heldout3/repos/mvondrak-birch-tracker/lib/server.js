// SPDX-License-Identifier: Apache-2.0
// Copyright (c) 2019 Kenji Tanaka

import Hapi from '@hapi/hapi';
import plants from './routes/plants.js';

export async function init() {
  const server = Hapi.server({ port: Number(process.env.PORT) || 3000, host: 'localhost' });
  await server.register(plants);
  await server.start();
  return server;
}
