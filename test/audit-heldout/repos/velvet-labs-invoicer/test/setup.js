const fs = require('fs');
const os = require('os');
const path = require('path');

let tmpDir;

beforeAll(() => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-'));
  process.env.NODE_ENV = 'test';
  process.env.STORAGE_ROOT = tmpDir;
});

afterAll(() => {
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

global.loadFixture = (name) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8'));

global.sampleInvoices = () => [
  { id: 1, number: 'number-1', customerId: 1, amountCents: 1, dueDate: '2023-03-15', paid: true },
  { id: 2, number: 'number-2', customerId: 6, amountCents: 6, dueDate: '2023-04-15', paid: false },
];
