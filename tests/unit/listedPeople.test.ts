/**
 * People of current news listed in the lexicon (`words.json` `personNames`): the tagger, trained on 1996 text,
 * leaves some untagged or types them as things. `spans` stand in for the tagger's output.
 */
import { describe, expect, it } from 'vitest';
import { runTagged, personNamed } from './helpers/taggedSpans';

describe('listed people of current news', () => {
  it('an untagged listed surname is a person wherever the text writes it', () => {
    const t = 'Critics were silent when Obama declined to send arms. Later, Senator Mary Lowe said so.';
    const es = runTagged(t, ['Mary Lowe']);
    expect(personNamed(es, 'Obama')?.mentions).toHaveLength(1);
  });

  it('a listed full name the tagger typed as an organisation is a person', () => {
    const t = 'Nancy Pelosi wants to wrap up the inquiry before the holidays, aides said on Monday.';
    const es = runTagged(t, [['Nancy Pelosi', 'org']]);
    expect(personNamed(es, 'Nancy Pelosi')).toBeDefined();
    expect(es.some((e) => e.name === 'Nancy Pelosi' && e.type === 'org')).toBe(false);
  });

  it('a listed surname stays a person beside a misread organisation that starts with it', () => {
    const t =
      'An aide at the Obama National Security Council had left by then. Obama declined to comment, and Obama aides agreed.';
    const es = runTagged(t, [['Obama National Security Council', 'org']]);
    expect(personNamed(es, 'Obama')).toBeDefined();
  });

  it('a listed name inside a longer capitalised run is not filled ("Trump Tower")', () => {
    const t = 'The crowd gathered outside Trump Tower on Fifth Avenue after the announcement on Friday.';
    const es = runTagged(t, [['Fifth Avenue', 'place']]);
    expect(personNamed(es, 'Trump')).toBeUndefined();
  });
});
