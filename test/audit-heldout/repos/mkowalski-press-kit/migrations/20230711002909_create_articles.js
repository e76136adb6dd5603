/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = function (knex) {
  return knex.schema.createTable('articles', (table) => {
    table.increments('id').primary();
    table.string('slug', 120).notNullable();
    table.string('headline', 64);
    table.string('author', 64);
    table.integer('word_count').defaultTo(0);
    table.date('published_at');
    table.timestamps(true, true);
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = function (knex) {
  return knex.schema.dropTableIfExists('articles');
};
