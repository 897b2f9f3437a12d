import { LEX, isTitleWord } from '../lexicon';

/**
 * The organisation or country a role belongs to, where the role states it:
 * "Kremlin spokesperson" → Kremlin; "North Korean Foreign Minister" → North
 * Korea; "ambassador to the European Union" → European Union.
 */
export function roleOrganisation(role: string | null): string | null {
  if (!role) return null;
  for (const [demonym, country] of LEX.demonymCountry) if (new RegExp(`^${esc(demonym)}\\b`).test(role)) return country;
  // Runs of capitalised words, joined across "of"/"for"/"the"/"and" ("Joint Chiefs of Staff").
  const words = role.split(/\s+/).map((w) => w.replace(/['’]s$|,$/u, ''));
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i])) continue;
    let j = i;
    while (
      j + 1 < words.length &&
      (/^\p{Lu}/u.test(words[j + 1]) ||
        (/^(of|for|the|and)$/.test(words[j + 1]) && /^\p{Lu}/u.test(words[j + 2] ?? '')))
    )
      j++;
    const run = words.slice(i, j + 1);
    // Office heads and ranks lead ("Secretary of State"), title words trail ("Pentagon Press Secretary").
    while (
      run.length &&
      (LEX.officeHeads.has(run[0].toLowerCase()) || LEX.ranks.has(run[0]) || /^(of|for|the|and)$/.test(run[0]))
    )
      run.shift();
    while (run.length && isTitleWord(run[run.length - 1]) && !LEX.orgHeads.has(run[run.length - 1])) run.pop();
    const name = run.join(' ');
    if (name && !(run.length === 1 && isTitleWord(name))) return name;
    i = j;
  }
  return null;
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
