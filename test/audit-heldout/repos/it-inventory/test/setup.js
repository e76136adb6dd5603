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

global.sampleAssets = () => [
  { id: 1, tag: 'tag-1', owner: 'owner-1', purchasedOn: '2023-03-15', cost: 3.25 },
  { id: 2, tag: 'tag-2', owner: 'owner-2', purchasedOn: '2023-04-15', cost: 4.25 },
];
