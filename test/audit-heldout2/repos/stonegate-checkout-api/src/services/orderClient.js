/*!
 * checkout-api
 * Copyright (c) 2021 S. Tonegate
 * Released under the MIT License.
 */

'use strict';

const axios = require('axios');

class OrderClient {
    constructor({ baseURL, token, timeout = 10000 }) {
        this.http = axios.create({
            baseURL,
            timeout,
            headers: { Authorization: `Bearer ${token}` },
        });
    }

    async list(params = {}) {
        const { data } = await this.http.get('/orders', { params });
        return data.items;
    }

    async get(id) {
        try {
            const { data } = await this.http.get(`/orders/${encodeURIComponent(id)}`);
            return data;
        } catch (err) {
            if (err.response && err.response.status === 404) return null;
            throw err;
        }
    }

    async create(fields) {
        const { data } = await this.http.post('/orders', fields);
        return data;
    }
}

module.exports = { OrderClient };
