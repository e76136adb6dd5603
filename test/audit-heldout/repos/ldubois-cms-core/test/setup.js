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

global.sampleArticles = () => [
  { id: 1, slug: 'slug-1', headline: 'headline-1', author: 'author-1', wordCount: 1, publishedAt: '2023-03-15' },
  { id: 2, slug: 'slug-2', headline: 'headline-2', author: 'author-2', wordCount: 6, publishedAt: '2023-04-15' },
];
