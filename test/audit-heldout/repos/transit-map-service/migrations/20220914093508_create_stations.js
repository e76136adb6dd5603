/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = function (knex) {
  return knex.schema.createTable('stations', (table) => {
    table.increments('id').primary();
    table.string('code', 64).notNullable();
    table.string('name', 120).notNullable();
    table.decimal('latitude', 12, 2);
    table.decimal('longitude', 12, 2);
    table.timestamps(true, true);
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = function (knex) {
  return knex.schema.dropTableIfExists('stations');
};
