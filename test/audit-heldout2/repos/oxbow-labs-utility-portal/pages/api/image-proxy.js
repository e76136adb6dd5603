import axios from 'axios';

export const config = {
  api: { responseLimit: '8mb' },
};

const ONE_DAY = 60 * 60 * 24;

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }
  const upstream = await axios.get(req.query.src, { responseType: 'arraybuffer', timeout: 5000 });
  res.setHeader('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
  res.setHeader('Cache-Control', `public, max-age=${ONE_DAY}`);
  return res.status(200).send(Buffer.from(upstream.data));
}
