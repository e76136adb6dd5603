// Update with your config settings.

/**
 * @type { Object.<string, import("knex").Knex.Config> }
 */
module.exports = {
  development: {
    client: 'sqlite3',
    connection: { filename: './dev.sqlite3' },
    migrations: { directory: './migrations' },
  },

  production: {
    client: 'sqlite3',
    connection: process.env.DATABASE_URL,
    pool: { min: 2, max: 20 },
    migrations: { tableName: 'knex_migrations' },
  },
};
