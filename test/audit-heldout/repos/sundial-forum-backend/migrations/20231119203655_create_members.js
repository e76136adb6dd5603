/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = function (knex) {
  return knex.schema.createTable('members', (table) => {
    table.increments('id').primary();
    table.string('handle', 120);
    table.string('email', 64).notNullable();
    table.date('joined_on');
    table.integer('karma').defaultTo(0);
    table.timestamps(true, true);
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = function (knex) {
  return knex.schema.dropTableIfExists('members');
};
