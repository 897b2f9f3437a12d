import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Tagger, type Span } from '../../../utils/ner/tagger';
import { NER_MODEL_PATH } from '../../../utils/ner/modelUrl';

const ROOT = resolve(__dirname, '../../..');
const SEED = resolve(ROOT, '../shared/seed/000_538fcc85f3fa229b.txt');
let tagger: Tagger;

beforeAll(() => {
  // the committed model file, found where the extension package will serve it from
  const bytes = readFileSync(resolve(ROOT, 'public', NER_MODEL_PATH.replace(/^\//, '')));
  tagger = Tagger.fromModel(bytes);
});

function check(text: string, spans: Span[]) {
  let last = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(['person', 'org', 'place', 'misc']).toContain(s.type);
    last = s.end;
  }
}
const named = (text: string, spans: Span[], type: string) =>
  spans.filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));

describe('Tagger', () => {
  it('loads from an ArrayBuffer as well as a Uint8Array', () => {
    const bytes = readFileSync(resolve(ROOT, 'public', NER_MODEL_PATH.slice(1)));
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const t2 = Tagger.fromModel(ab);
    const text = 'Chancellor Angela Merkel met Emmanuel Macron in Berlin on Monday.';
    expect(t2.tag(text)).toEqual(tagger.tag(text));
  });

  it('rejects a file that is not a model', () => {
    expect(() => Tagger.fromModel(new TextEncoder().encode('<html>404</html>'))).toThrow();
  });

  it('tags people, places and organisations in plain news sentences', () => {
    const text =
      'Kremlin spokesperson Dmitry Peskov said on Tuesday that Russia would respond. ' +
      'The European Union and NATO met in Brussels, where Jens Stoltenberg spoke.';
    const spans = tagger.tag(text);
    check(text, spans);
    const people = named(text, spans, 'person');
    expect(people).toContain('Dmitry Peskov');
    expect(people).toContain('Jens Stoltenberg');
    expect(named(text, spans, 'place')).toEqual(expect.arrayContaining(['Russia', 'Brussels']));
    expect(named(text, spans, 'org')).toEqual(expect.arrayContaining(['European Union', 'NATO']));
  });

  it('never puts a title into a person span', () => {
    const text =
      'Russian President Vladimir Putin met Mr. Kirby. Later, Maj. Gen. Patrick Ryder and Secretary Antony Blinken spoke to Dr. Jane Goodall.';
    const spans = tagger.tag(text);
    const people = named(text, spans, 'person');
    expect(people).toEqual(expect.arrayContaining(['Vladimir Putin', 'Patrick Ryder', 'Antony Blinken']));
    for (const p of people) expect(p).not.toMatch(/^(President|Russian|Mr\.|Maj\.|Gen\.|Secretary|Dr\.)\s/);
  });

  it('never runs a person span across a lower-case word ("Carter defended Lee"), but keeps particles', () => {
    // the session 12 model tags "Carter defended Lee" and "Lopez hugged Ramirez" as one person each
    // (the model before it, "Trump assailed Williams")
    const text =
      'Later, Morgan blamed Davies for the defeat, while Carter defended Lee. Lopez hugged Ramirez after the match, and Silva congratulated Costa. Over the weekend, Trump assailed Williams as part of the “Never Trumpers”.';
    const people = named(text, tagger.tag(text), 'person');
    for (const p of people) expect(p).not.toMatch(/ \p{Ll}{4,} /u);
    expect(people).toEqual(expect.arrayContaining(['Carter', 'Lee', 'Lopez', 'Ramirez']));
    const particles = 'The list named Ludwig van Beethoven and Bashar al-Assad.';
    expect(named(particles, tagger.tag(particles), 'person')).toEqual(['Ludwig van Beethoven', 'Bashar al-Assad']);
  });

  it.skipIf(!existsSync(SEED))('finds the six officials of the seed article with clean names', () => {
    const text = readFileSync(SEED, 'utf8');
    const spans = tagger.tag(text);
    check(text, spans);
    const people = new Set(named(text, spans, 'person'));
    for (const name of [
      'John Kirby',
      'Vladimir Putin',
      'Kim Jong-un',
      'Choe Son-hui',
      'Dmitry Peskov',
      'Patrick Ryder',
    ])
      expect(people).toContain(name);
    // later mentions by surname are people too
    expect(people).toContain('Kirby');
    expect(people).toContain('Putin');
    // dates are not names: "on Dec. 30, Jan. 2 and Jan. 6" (the model as committed calls one "Jan." an organisation)
    const dates = text.indexOf('Dec. 30, Jan. 2 and Jan. 6');
    expect(dates).toBeGreaterThanOrEqual(0);
    expect(spans.filter((s) => s.start < dates + 26 && s.end > dates)).toEqual([]);
    // page furniture lines are not entities
    for (const line of ['Back To Top', 'MOST POPULAR', 'LATEST NEWS']) {
      const at = text.indexOf(line);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(spans.filter((s) => s.start < at + line.length && s.end > at)).toEqual([]);
    }
  });

  it('types a lone surname as the person named in full earlier, even where the word is also a country', () => {
    const text = 'The film was directed by Neil Jordan. Jordan defended his decision to shoot it in Dublin.';
    const spans = tagger.tag(text);
    expect(named(text, spans, 'person')).toEqual(['Neil Jordan', 'Jordan']);
    expect(named(text, spans, 'place')).toEqual(['Dublin']);
    // without an earlier full name, the country stays a place
    const alone = 'Jordan defended its decision. The film was directed by Neil Jordan.';
    expect(named(alone, tagger.tag(alone), 'place')).toContain('Jordan');
  });

  it('types a lone first word of an organisation named in full earlier as that organisation', () => {
    const text = 'Magna International bought a seat maker. Magna said the deal closed on Friday.';
    const spans = tagger.tag(text);
    expect(named(text, spans, 'org')).toEqual(['Magna International', 'Magna']);
    expect(named(text, spans, 'person')).toEqual([]);
  });

  it('keeps a lone title word only as the surname of a person named earlier', () => {
    const text =
      'Defender Tom Pope scored twice on Saturday. Pope said the team had earned the win. Director Mike Judge spoke in Austin. Judge said the film was done.';
    expect(named(text, tagger.tag(text), 'person')).toEqual(['Tom Pope', 'Pope', 'Mike Judge', 'Judge']);
    const titles = 'The Pope said the church would help. The Judge said the trial would go on.';
    expect(named(titles, tagger.tag(titles), 'person')).toEqual([]);
  });

  it('puts a regnal number into the name, but not the pronoun I', () => {
    const text = 'Queen Elizabeth II opened the session. Pope John Paul II visited Poland. Pedro I became emperor.';
    expect(named(text, tagger.tag(text), 'person')).toEqual(['Elizabeth II', 'John Paul II', 'Pedro I']);
    const pronoun = 'We spoke to Anna Berg I think on Monday.';
    expect(named(pronoun, tagger.tag(pronoun), 'person')).toEqual(['Anna Berg']);
  });

  it('tags every repeat of a name the document has, where the model left one untagged', () => {
    // the article of tests/fixtures/pages/peskov-putin-visit.html (written for this project), as extracted;
    // the model leaves "Pyongyang" in "to visit Pyongyang when" untagged
    const text = readFileSync(resolve(ROOT, 'tests/fixtures/pages/peskov-putin-visit.txt'), 'utf8');
    const spans = tagger.tag(text);
    const at = [...text.matchAll(/Pyongyang/g)].map((m) => m.index);
    expect(at).toHaveLength(2);
    for (const i of at) expect(spans.some((s) => s.start === i && s.end === i + 9)).toBe(true);
  });

  it('tags the surname of a person named in full earlier where it is also a common word, but not a date', () => {
    const text =
      'Prime Minister Theresa May met the envoy on Tuesday. Later, May said the talks had gone well. ' +
      'Talks resume on May 5. Former premier John Key spoke next. Mr Key praised the plan, and Key West stayed calm.';
    const spans = tagger.tag(text);
    const people = named(text, spans, 'person');
    expect(people).toEqual(expect.arrayContaining(['Theresa May', 'John Key']));
    const at = (s: string) => text.indexOf(s);
    const tagged = (i: number, len: number) => spans.some((s) => s.start === i && s.end === i + len);
    expect(tagged(at('May said'), 3)).toBe(true);
    expect(tagged(at('Key praised'), 3)).toBe(true);
    expect(spans.some((s) => s.start === at('May 5'))).toBe(false);
    expect(people).not.toContain('Key West');
    expect(spans.some((s) => s.type === 'person' && s.start === at('Key West'))).toBe(false);
  });

  it('handles hostile input without throwing', () => {
    const inputs = [
      '',
      ' ',
      'x'.repeat(50000),
      'Angela Merkel'.repeat(2000),
      '👍🏽🎉🔥'.repeat(1000),
      'قال الرئيس فلاديمير بوتين إن روسيا ستنتصر. אמר ראש הממשלה',
      '\u0000\u0001\u0002 Putin \u001b[31m Moscow \u007f\ufeff\u200b',
      '\ud800 broken \udc00 surrogates \ud83d',
      '. . . ( ( ( " " \' \' - - — — ...',
      'A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.'.repeat(100),
    ];
    for (const text of inputs) {
      const spans = tagger.tag(text);
      expect(Array.isArray(spans)).toBe(true);
      check(text, spans);
    }
    expect(tagger.tag('')).toEqual([]);
    // not a string at all
    expect(tagger.tag(undefined as unknown as string)).toEqual([]);
  });

  it('tags 2 MB of text', () => {
    const para =
      'WASHINGTON (AP) — Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday, the State Department said.\n';
    let text = '';
    while (text.length < 2_000_000) text += para;
    const spans = tagger.tag(text);
    check(text, spans);
    const reps = Math.ceil(2_000_000 / para.length);
    expect(named(text, spans, 'person').filter((p) => p === 'Antony Blinken').length).toBe(reps);
  }, 120_000);
});
