/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = function (knex) {
  return knex.schema.createTable('invoices', (table) => {
    table.increments('id').primary();
    table.string('number', 64).notNullable();
    table.integer('customer_id').defaultTo(0);
    table.integer('amount_cents').defaultTo(0);
    table.date('due_date');
    table.boolean('paid').defaultTo(false);
    table.timestamps(true, true);
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = function (knex) {
  return knex.schema.dropTableIfExists('invoices');
};
