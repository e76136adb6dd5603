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

global.sampleBooks = () => [
  { id: 1, isbn: 'isbn-1', title: 'title-1', author: 'author-1', pages: 1, published: '2023-03-15' },
  { id: 2, isbn: 'isbn-2', title: 'title-2', author: 'author-2', pages: 6, published: '2023-04-15' },
];
