/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.up = function (knex) {
  return knex.schema.createTable('listings', (table) => {
    table.increments('id').primary();
    table.string('address', 64);
    table.integer('bedrooms').defaultTo(0);
    table.decimal('price', 12, 2);
    table.date('listed_on');
    table.timestamps(true, true);
  });
};

/**
 * @param { import("knex").Knex } knex
 * @returns { Promise<void> }
 */
exports.down = function (knex) {
  return knex.schema.dropTableIfExists('listings');
};
