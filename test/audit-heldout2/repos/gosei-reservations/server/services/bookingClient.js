'use strict';

const axios = require('axios');

class BookingClient {
    constructor({ baseURL, token, timeout = 10000 }) {
        this.http = axios.create({
            baseURL,
            timeout,
            headers: { Authorization: `Bearer ${token}` },
        });
    }

    async list(params = {}) {
        const { data } = await this.http.get('/bookings', { params });
        return data.items;
    }

    async get(id) {
        try {
            const { data } = await this.http.get(`/bookings/${encodeURIComponent(id)}`);
            return data;
        } catch (err) {
            if (err.response && err.response.status === 404) return null;
            throw err;
        }
    }

    async create(fields) {
        const { data } = await this.http.post('/bookings', fields);
        return data;
    }
}

module.exports = { BookingClient };
