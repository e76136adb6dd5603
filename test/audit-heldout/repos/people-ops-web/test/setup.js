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

global.sampleEmployees = () => [
  { id: 1, fullName: 'full-name-1', department: 'department-1', salary: 3.25, hiredOn: '2023-03-15', remote: true },
  { id: 2, fullName: 'full-name-2', department: 'department-2', salary: 4.25, hiredOn: '2023-04-15', remote: false },
];
