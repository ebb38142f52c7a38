// Parses every built-in `.ftl` file with Project Fluent's reference parser (@fluent/syntax) and
// fails on any syntax error (a Junk entry) or annotation, so that the files are valid Fluent for
// every tool a translator may use, not only for the Rust parser cookiedoc is built on.
//
//   node fluent-syntax.mjs LOCALES_DIR
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FluentParser } from '@fluent/syntax';

const root = process.argv[2];
if (!root) {
  console.error('usage: node fluent-syntax.mjs LOCALES_DIR');
  process.exit(2);
}
const parser = new FluentParser({ withSpans: true });
let files = 0;
let messages = 0;
let failures = 0;
for (const locale of readdirSync(root).sort()) {
  const file = join(root, locale, 'cookiedoc.ftl');
  if (!existsSync(file)) continue;
  const source = readFileSync(file, 'utf8');
  const resource = parser.parse(source);
  files += 1;
  for (const entry of resource.body) {
    if (entry.type === 'Junk') {
      failures += 1;
      const line = source.slice(0, entry.span.start).split('\n').length;
      for (const annotation of entry.annotations) {
        console.log(`FAIL ${locale}/cookiedoc.ftl:${line}: ${annotation.code} ${annotation.message}`);
      }
    } else if (entry.type === 'Message' || entry.type === 'Term') {
      messages += 1;
    }
  }
}
console.log(`summary: @fluent/syntax parsed ${files} files, ${messages} messages and terms, ${failures} errors`);
process.exit(failures || !files ? 1 : 0);
