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

global.sampleRecipes = () => [
  { id: 1, title: 'title-1', servings: 1, prepMinutes: 1, cuisine: 'cuisine-1' },
  { id: 2, title: 'title-2', servings: 6, prepMinutes: 6, cuisine: 'cuisine-2' },
];
