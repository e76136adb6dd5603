/*!
 * lab-batches
 * Copyright (c) 2022 Ember Labs
 * Released under the MIT License.
 */

const path = require('path');
const { extractTo } = require('../lib/unzip');

const THEMES_DIR = process.env.THEMES_DIR || path.resolve('data/themes');

function themeSlug(name) {
  return String(name).toLowerCase().replace(/\.zip$/, '').replace(/[^a-z0-9-]+/g, '-').slice(0, 40) || 'theme';
}

async function installTheme(buffer, name) {
  const slug = themeSlug(name);
  const dest = path.join(THEMES_DIR, slug);
  const files = extractTo(buffer, dest);
  return { slug, files: files.length };
}

module.exports = { installTheme };
