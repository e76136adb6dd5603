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

global.sampleMembers = () => [
  { id: 1, handle: 'handle-1', email: 'email-1', joinedOn: '2023-03-15', karma: 1 },
  { id: 2, handle: 'handle-2', email: 'email-2', joinedOn: '2023-04-15', karma: 6 },
];
