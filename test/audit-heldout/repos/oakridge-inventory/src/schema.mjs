// StockItem model

class StockItem {
  constructor(data = {}) {
    this.id = data.id != null ? Number(data.id) : null;
    this.sku = String(data.sku ?? '').trim();
    this.binLocation = String(data.binLocation ?? '').trim();
    this.onHand = Number.parseInt(data.onHand ?? 0, 10);
    this.reorderLevel = Number.parseInt(data.reorderLevel ?? 0, 10);
  }

  validate() {
    const errors = [];
    if (!this.sku) errors.push('sku is required');
    if (!this.binLocation) errors.push('binLocation is required');
    if (Number.isNaN(this.onHand) || this.onHand < 0) errors.push('onHand must be a non-negative number');
    if (Number.isNaN(this.reorderLevel) || this.reorderLevel < 0) errors.push('reorderLevel must be a non-negative number');
    return errors;
  }

  isValid() {
    return this.validate().length === 0;
  }

  toJSON() {
    return {
      id: this.id,
      sku: this.sku,
      binLocation: this.binLocation,
      onHand: this.onHand,
      reorderLevel: this.reorderLevel,
    };
  }

  static fromJSON(data) {
    return new StockItem(typeof data === 'string' ? JSON.parse(data) : data);
  }
}

function sumByOnHand(items) {
  return items.reduce((acc, item) => acc + (Number(item.onHand) || 0), 0);
}

function groupBySku(items) {
  const groups = {};
  for (const item of items) {
    const key = item.sku || 'unknown';
    (groups[key] = groups[key] || []).push(item);
  }
  return groups;
}

function parseAll(rows) {
  return rows.map((row) => new StockItem(row)).filter((item) => item.isValid());
}

export { StockItem, sumByOnHand, groupBySku, parseAll };
