// SPDX-License-Identifier: BSD-3-Clause
// Copyright (c) 2019 Oakfield Developers

const { spawn } = require('child_process');

function run(command, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(stderr.trim() || `command exited with ${code}`));
    });
  });
}

module.exports = { run };
