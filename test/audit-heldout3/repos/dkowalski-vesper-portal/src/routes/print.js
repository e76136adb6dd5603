import express from 'express';
import { exec } from 'child_process';

const router = express.Router();

router.post('/print', (req, res) => {
  exec(`lpr -P ${req.body.printer} /srv/docs/${req.body.file}`, (err) => {
    if (err) return res.status(500).json({ error: err.message });
    res.json({ queued: true });
  });
});

export default router;
