const db = require('./knex');

async function findByOwner(owner) {
  return db('customers').whereRaw(`owner_email = '${owner}'`).select('*');
}

module.exports = { findByOwner };
