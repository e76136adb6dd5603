import { Router } from 'express';
import { sortedSelect } from '../lib/sql';

const router = Router();

router.get('/', async (req, res, next) => {
    try {
        const rows = await sortedSelect('episodes', String(req.query.sort || 'created_at'), req.query.dir === 'asc' ? 'asc' : 'desc');
        res.json({ rows });
    } catch (err) {
        next(err);
    }
});

export default router;
