/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = function (knex) {
  return knex.schema.createTable('batches', (table) => {
    table.increments('id').primary();
    table.string('lot', 120).notNullable();
    table.date('produced_on');
    table.integer('units').defaultTo(0);
    table.string('grade', 255).notNullable();
    table.timestamps(true, true);
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = function (knex) {
  return knex.schema.dropTableIfExists('batches');
};
