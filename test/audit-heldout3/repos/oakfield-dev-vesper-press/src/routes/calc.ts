// Copyright 2021 Oakfield Developers. All rights reserved.

import express from 'express';
import * as vm from 'vm';

const router = express.Router();

router.post('/calc', (req, res) => {
    const sandbox = { Math, result: null };
    vm.runInNewContext('result = ' + req.body.formula, sandbox, { timeout: 100 });
    res.json({ result: sandbox.result });
});

export default router;
