const billing = {
    secretKey: 'sk_live_emJDNoy57jHuzBQnQGFxzG53',
    currency: 'eur',
    webhookTolerance: 300,
};

module.exports = { billing };
