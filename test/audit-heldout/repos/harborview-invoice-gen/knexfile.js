// Update with your config settings.

/**
 * @type { Object.<string, import("knex").Knex.Config> }
 */
module.exports = {
  development: {
    client: 'sqlite3',
    connection: { database: 'invoice_gen_dev', user: 'dev' },
    migrations: { directory: './migrations' },
  },

  production: {
    client: 'sqlite3',
    connection: process.env.DATABASE_URL,
    pool: { min: 2, max: 10 },
    migrations: { tableName: 'knex_migrations' },
  },
};
