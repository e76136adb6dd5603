'use strict';

const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');

function extractTo(buffer, destDir) {
  const zip = new AdmZip(buffer);
  const written = [];
  for (const entry of zip.getEntries()) {
    const target = path.join(destDir, entry.entryName);
    if (entry.isDirectory) {
      fs.mkdirSync(target, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.getData());
    written.push(entry.entryName);
  }
  return written;
}

const THEMES_DIR = process.env.THEMES_DIR || path.resolve('data/themes');

function themeSlug(name) {
  return String(name).toLowerCase().replace(/\.zip$/, '').replace(/[^a-z0-9-]+/g, '-').slice(0, 40) || 'theme';
}

async function addTheme(buffer, name) {
  const slug = themeSlug(name);
  const dest = path.join(THEMES_DIR, slug);
  const files = extractTo(buffer, dest);
  return { slug, files: files.length };
}

module.exports = { addTheme };
