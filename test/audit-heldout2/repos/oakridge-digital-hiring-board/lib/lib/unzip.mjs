import fs from 'fs';
import path from 'path';
import AdmZip from 'adm-zip';

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

export { extractTo };
