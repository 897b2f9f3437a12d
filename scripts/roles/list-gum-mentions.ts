/**
 * Lists the person, organisation and place mentions GUM annotates in its news documents, as an aid to
 * annotating them for the roles benchmark (tests/fixtures/roles/gum-*.json): a checklist so no named person
 * is missed. It prints GUM's spans only; the roles in the fixtures were written by reading the text.
 *
 *   npx tsx scripts/roles/list-gum-mentions.ts ../shared/data/ner/gum-news/GUM_news_afghan.tsv [...]
 */
import { readFileSync } from 'node:fs';

const KEEP = new Set(['person', 'organization', 'place']);
for (const file of process.argv.slice(2)) {
  // entity id → type, Wikipedia identity, tokens
  const spans = new Map<string, { type: string; identity: string; tokens: string[]; sentence: string }>();
  let n = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 7 || !/^\d+-\d+$/.test(cols[0])) continue;
    const [tokId, , token, entity, , , identity] = cols;
    if (entity === '_') continue;
    const ids = identity.split('|');
    entity.split('|').forEach((e) => {
      const m = /^([a-z]+)(?:\[(\d+)\])?$/.exec(e);
      if (!m || !KEEP.has(m[1])) return;
      const key = m[2] ?? `single-${n++}`;
      let s = spans.get(key);
      if (!s) {
        const idn = (ids.find((x) => x.endsWith(`[${m[2]}]`)) ?? (ids.length === 1 ? ids[0] : '_')).replace(
          /\[\d+\]$/,
          '',
        );
        spans.set(key, (s = { type: m[1], identity: idn, tokens: [], sentence: tokId.split('-')[0] }));
      }
      s.tokens.push(token);
    });
  }
  console.log(`=== ${file}`);
  for (const s of spans.values()) {
    const text = s.tokens.join(' ');
    // Mentions with a capitalised word after the first, or a Wikipedia identity: the named ones.
    const named = s.identity !== '_' || s.tokens.slice(1).some((t) => /^\p{Lu}/u.test(t)) || /^\p{Lu}/u.test(text);
    if (named) console.log(`  ${s.sentence.padStart(3)} ${s.type.padEnd(12)} ${s.identity.padEnd(30)} ${text}`);
  }
}
