const crypto = require('crypto');

function openSecret(blob, passphrase) {
    const decipher = crypto.createDecipher('aes192', passphrase);
    return decipher.update(blob, 'hex', 'utf8') + decipher.final('utf8');
}

module.exports = { openSecret };
