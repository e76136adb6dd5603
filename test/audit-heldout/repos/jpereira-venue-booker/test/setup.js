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

global.sampleEvents = () => [
  { id: 1, name: 'name-1', venue: 'venue-1', startsAt: '2023-03-15', capacity: 1 },
  { id: 2, name: 'name-2', venue: 'venue-2', startsAt: '2023-04-15', capacity: 6 },
];
