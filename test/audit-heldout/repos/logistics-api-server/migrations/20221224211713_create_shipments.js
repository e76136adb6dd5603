/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = function (knex) {
  return knex.schema.createTable('shipments', (table) => {
    table.increments('id').primary();
    table.string('tracking_code', 120).notNullable();
    table.string('carrier', 64);
    table.integer('weight_grams').defaultTo(0);
    table.string('destination', 64);
    table.date('shipped_at');
    table.timestamps(true, true);
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = function (knex) {
  return knex.schema.dropTableIfExists('shipments');
};
