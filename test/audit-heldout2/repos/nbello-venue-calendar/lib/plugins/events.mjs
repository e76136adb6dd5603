async function eventsRoutes(fastify, opts) {
	fastify.get('/events/:id', async (request, reply) => {
		const { rows } = await fastify.pg.query('SELECT * FROM events WHERE id = $1', [request.params.id]);
		if (!rows.length) {
			return reply.code(404).send({ error: 'not found' });
		}
		return rows[0];
	});

	fastify.post('/events', async (request, reply) => {
		const { name, venue } = request.body || {};
		if (!name) {
			return reply.code(400).send({ error: 'name is required' });
		}
		const { rows } = await fastify.pg.query(
			'INSERT INTO events (name, venue) VALUES ($1, $2) RETURNING id',
			[name, venue || null]
		);
		reply.code(201);
		return rows[0];
	});
}

export default eventsRoutes;
