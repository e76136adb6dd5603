"use strict";

const axios = require("axios");

class InvoiceClient {
  constructor({ baseURL, token, timeout = 10000 }) {
    this.http = axios.create({
      baseURL,
      timeout,
      headers: { Authorization: `Bearer ${token}` },
    });
  }

  async list(params = {}) {
    const { data } = await this.http.get("/invoices", { params });
    return data.items;
  }

  async get(id) {
    try {
      const { data } = await this.http.get(`/invoices/${encodeURIComponent(id)}`);
      return data;
    } catch (err) {
      if (err.response && err.response.status === 404) return null;
      throw err;
    }
  }

  async create(fields) {
    const { data } = await this.http.post("/invoices", fields);
    return data;
  }
}

module.exports = { InvoiceClient };
