import { sequelize } from './sequelize.js';

export async function byStatus(status) {
  const [rows] = await sequelize.query(`SELECT * FROM "playlists" WHERE status = '${status}'`);
  return rows;
}
