const snapshots = require('../plugins/snapshots');

async function snapshotsRoutes(fastify) {
    fastify.post('/snapshots', async (request, reply) => {
        const job = await snapshots.create(request.body.label);
        reply.code(202);
        return job;
    });

    fastify.get('/snapshots', async () => ({ items: await snapshots.list() }));
}

module.exports = snapshotsRoutes;
