/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = function (knex) {
  return knex.schema.createTable('flights', (table) => {
    table.increments('id').primary();
    table.string('flight_number', 64);
    table.string('origin', 255);
    table.string('destination', 120).notNullable();
    table.date('departs_at');
    table.integer('seats_left').defaultTo(0);
    table.timestamps(true, true);
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = function (knex) {
  return knex.schema.dropTableIfExists('flights');
};
