// Copies each docs/examples file into the README block that quotes it (test/readme.test.ts checks they agree).
import { readFileSync, writeFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const out = readme.replace(/<!-- example: (\S+) -->\n```(\w+)\n[\s\S]*?\n```/g, (_block, file, lang) => {
  const body = readFileSync(file, 'utf8').replace(/\n$/, '');
  return `<!-- example: ${file} -->\n\`\`\`${lang}\n${body}\n\`\`\``;
});
writeFileSync('README.md', out);
