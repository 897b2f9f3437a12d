import { LEX } from '../lexicon';
import type { RoleWords } from '../roleWords';
import { unElide } from '../roleWords';
import { isCandidacy } from './isCandidacy';
import { isSportsRole } from './isSportsRole';

// Heads that are offices wherever they appear (and their plurals: "councillors A and B")...
const STRONG_OFFICE =
  /\b(ministers?|senator|congress(wo)?man|ambassador|envoy|governor|mayor|spokes(person|man|woman)|(under)?secretary|dictator|strongman|chancellor|premier|king|queen|prince|emperor|pope|lawmaker|legislator|diplomat|attach[eé]|consul|charg[eé] d['’]affaires|general|admiral|colonel|commander|prosecutor|attorney-general|secretary-general|sheriff|coroner|magistrate|ombudsman|superintendent|council(l)?or|council(wo)?man|alderman|ayatollah|sultan|emir|speaker|constable|mp|mep|msp|rep\.|sen\.|gov\.)(?:s(?![\p{L}]))?(?![\p{L}])/iu;
// ...and heads that are offices only in a public body ("FBI director", not "film director").
const WEAK_OFFICE =
  /\b(president|vice-president|director|chairman|chairwoman|chair|chief|head|leader|official|officer|coordinator|adviser|advisor|commissioner|deputy|judge|justice|representative|aide|negotiator|counterpart|administrator|sergeant|lieutenant|member|whip)s?\b/i;
// A government's lawyer: "U.S. Attorney", "district attorney", "state attorney" (not "her attorney").
const PUBLIC_ATTORNEY = /\b(U\.S\.|US|United States|district|state|county|city) attorney\b/i;
// Private bodies: the president of a teachers' association or a firm holds no public office, nor does a
// national Red Cross's (a relief society, whatever the country before it).
// (and a league or an institute, "the National Abortion Rights Action League", but for the Arab League)
const PRIVATE_BODY =
  /\b(association|federation|company|corporation|firm|club|foundation|society|red cross|red crescent|(?<!arab )league|institute)\b/i;
// Weak office heads that name jobs as often as offices.
// (and a firm's "chief executive": "chief executive of the Construction Industry Council")
const JOB_LIKE = /\b(director|chairman|chairwoman|chair|head|coordinator|adviser|advisor|chief executive)\b/i;
const PUBLIC_BODY =
  /\b(government|ministry|department|state|federal|national|council|agency|commission|parliament|congress|senate|house|kremlin|pentagon|white house|police|army|navy|air force|military|intelligence|nato|un|united nations|eu|european union|party|opposition|supreme|court|cabinet|presidential|foreign|defen[cs]e|interior|treasury|security (?:council|chief|service|services|forces|adviser|minister)|homeland security|state security|national security|organi[sz]ation for security|osce|country's|nation's|labour|labor|conservative|tory|liberal democrats?|socialist|communist|nationalist|republican|democratic|prosecution|nsc|fbi|cia|nsa|cdc|fda|epa|doj|dhs|administration|central bank|county|region|regional|province|provincial|municipal|regulator's|regulator’s|fire|nasa|noaa|fema|faa|irs|mi5|mi6|gchq|fed|federal reserve|central bank|ecb|imf|international monetary fund|world bank|bundesbank|world health organi[sz]ation|unesco|unicef|wto|oecd|iaea|interpol|african union|arab league)\b|\bu\.n\.(?!\p{L})/iu;

// "general manager", "General Director", "director general": a firm's or an airport's head, no general (the
// public body, if any, makes it an office: "Director General of the WHO").
const JOB_GENERAL =
  /\bgeneral (manager|director|counsel|partner|contractor|practitioner)\b|\b(director|manager) general\b/gi;
// (a team's name in the plural is no office: "Kansas City Chiefs tight end", not "Joint Chiefs of Staff")
const strongOffice = (role: string) =>
  STRONG_OFFICE.test(role.replace(JOB_GENERAL, '$1$2').replace(/\b(Chiefs|Leaders|Officials)\b(?! of Staff)/gu, ''));

// Roles read from a relative clause of heading something ("préside", "dirige", "encabeza"), and the public
// bodies of Spanish, French, Portuguese and Italian papers that make such a role an office.
const TIES_HEAD =
  /^(préside|présidait|dirige|dirigeait|preside|presidía|dirigía|encabeza|encabezaba|lidera|gobierna|gouverne|presiede|guida|chefia)\s/u;
const PUBLIC_BODY_INTL =
  /(?<!\p{L})(assemblée|sénat|conseil (municipal|régional|départemental|constitutionnel|d'état)|parlement|gouvernement|ministère|mairie|préfecture|cour|tribunal|parquet|congreso|senado|ayuntamiento|gobierno|ministerio|parlamento|asamblea|audiencia|juzgado|fiscalía|diputación|junta de|câmara|senado|prefeitura|governo|camera|comune|regione|procura)(?!\p{L})/u;

// An owner's kin: a possessive, at most two lower-case modifiers, a kinship head that ends the role.
const KIN_OF =
  /['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:son|daughter|child|children|grandson|granddaughter|grandchild|brother|sister|father|mother|wife|husband|widow|uncle|aunt|cousin|nephew|niece|stepson|stepdaughter|fiancée?|girlfriend|boyfriend)$/u;

// A firm's grades of vice president: "Senior Vice President", "Executive Vice President".
const FIRM_GRADE = /^(senior|executive|assistant|associate|group|regional|corporate)$/i;

/**
 * parts[i] is "Vice" of a firm's vice president, not a rank ("Vice Adm.") nor a country's vice president:
 * a grade before it ("Senior Vice President") or a body after it ("Vice President of Sales for Dräger").
 */
function firmsVice(parts: string[], i: number): boolean {
  if (parts[i] !== 'Vice' || !/^President$/i.test(parts[i + 1] ?? '')) return false;
  return FIRM_GRADE.test(parts[i - 1] ?? '') || /^(of|for|at)$/.test(parts[i + 2] ?? '');
}

// A candidacy for an office, the role's head before "for".
const RUNNING_FOR =
  /^(?:(?:the|their|his|her|its|a|an)\s+)?(?:[\p{L}-]+\s+)?(?:nominee|candidate|hopeful|challenger)s?\s+for\b/iu;

const COURT_JUDGE =
  /(?:^|\s)(?:Judge|Justice)$|\b(?:district|circuit|appeals|appellate|federal|county|superior|supreme|court|magistrate|high court) judges?\b|\bjudges? (?:of|at|on) the (?:[\p{Lu}][\p{L}.]*\s)*(?:court|Court|Circuit|bench|Bench)\b/u;

// "of the X Party" or "of the X Party (XP)": a party named and nothing else.
const PARTY_ONLY = /^of (?:the )?(?:\p{Lu}[\p{L}.'’-]*\s)*Party(?:\s\(\p{Lu}+\))?$/u;
// Armed groups fighting a state hold no public office: "rebel commander", "separatist military leader".
// (nor do extremist or criminal groups: "U.S. neo-Nazi leader", "cartel boss")
const INSURGENT =
  /\b(rebels?|separatists?|guerrillas?|insurgents?|militants?|militia|neo-nazis?|extremists?|terrorists?|gang|cartel|mafia)\b/i;

/** True when a role names a public office or military rank rather than a job. */
export function isOfficialRole(role: string | null, rw: RoleWords | null = null): boolean {
  if (!role) return false;
  // (French "premier" is "first" but in "Premier ministre": "des géologues de premier plan" is no premier)
  if (rw?.lang === 'fr') role = role.replace(/(?<!\p{L})premi(?:er|ère)s?(?! ministre)(?!\p{L})/giu, '');
  // "their nominee for governor", "a candidate for mayor": running for an office is not holding it.
  if (RUNNING_FOR.test(role) && !/[;,]/.test(role)) return false;
  // "Libertarian Party nominee for Governor of Virginia", "le candidat socialiste": a candidacy's head noun.
  if (isCandidacy(role, rw)) return false;
  // "Judge", "U.S. District Judge", "a federal judge", "judge of the Court of Appeal": a court's judge
  // (a talent show's are "judges" in lower case, without a court).
  if (COURT_JUDGE.test(role)) return true;
  // (a judge named so alone in news is a court's: "judge", "a judge", "the judge")
  if (/^(?:(?:a|the|presiding|trial)\s+)?judge$/i.test(role)) return true;
  // A rebel or separatist leader commands fighters, not a public body (a separatist government's post is one).
  if (INSURGENT.test(role) && !/\b(government|president|minister|premier)\b/i.test(role)) return false;
  const parts = role.split(/[\s,]+/);
  // "Queen Elizabeth II's third child", "the senator's wife": the office is the owner's, the role kinship.
  if (!rw && KIN_OF.test(role)) return false;
  if (PUBLIC_ATTORNEY.test(role)) return true;
  // (a spokesperson speaks for a body: "spokesman for the Association of Lloyd's State Chairmen" is a job)
  if (PRIVATE_BODY.test(role) && !STRONG_OFFICE.test(role.replace(/spokes(?:person|man|woman)/giu, ''))) return false;
  // "member of the national wheelchair basketball team": a sport's player or team, unless an office is named
  // ("sports minister", "ministre des Sports", whose word is no sport's name).
  if (isSportsRole(role) && !STRONG_OFFICE.test(role) && !(rw && parts.some((w) => rw.isOfficeHead(w)))) return false;
  // (a clergyman's "Rev." is a rank of his church, no office)
  if (parts.some((w, i) => LEX.ranks.has(w) && w !== 'Rev.' && !firmsVice(parts, i))) return true;
  if (rw) {
    const low = role.toLowerCase().replace(/’/g, "'");
    // "préside le groupe socialiste à l'Assemblée", "preside la Sala de lo Penal de la Audiencia Nacional": a
    // relative clause that puts someone at the head of a public body (not "dirige un fonds").
    if (TIES_HEAD.test(low)) return PUBLIC_BODY_INTL.test(low);
    // "garde des Sceaux", "defensor del pueblo": an office whose head alone names none.
    if (rw.officePhrases.some((p) => low.includes(p))) return true;
    // "presidente del club", "directeur de la société": the head of a private body holds no public office, nor
    // does a union's or an employers' federation's ("secretario general de Comisiones Obreras (CCOO)", "président
    // du Medef") or a firm's officer ("consejero delegado"). "general" after a head ("secrétaire générale") is
    // no military rank here.
    const bare = (w: string) =>
      unElide(w)
        .toLowerCase()
        .replace(/^[(«"“]+|[)»"”.;:]+$/gu, '');
    const privateBody = parts.some((w) => rw.privateBodies.has(bare(w))) || !!rw.privateBodyPhrases?.test(low);
    const strong = STRONG_OFFICE.test(role.replace(/(?<!\p{L})g[eé]n[eé]ra(?:l|le|les|ux)(?!\p{L})/giu, ''));
    if (privateBody && !strong) return false;
    // "o filho do presidente", "l'avocat du ministre": after a head that is no office and its "de", the
    // office is someone else's (the father's, the client's).
    const head = parts.findIndex((w) => rw.isHead(w));
    if (head >= 0 && !rw.isOfficeHead(parts[head]) && rw.isOf(parts[head + 1] ?? '')) return false;
    // "son premier enfant", "sa première fille": French "premier" before a head that is no office
    // is "first", not the English "premier".
    if (head > 0 && !rw.isOfficeHead(parts[head]) && /^premi(?:er|ère)s?$/iu.test(parts[head - 1])) return false;
    // "presidente eleito", "ministre des Affaires étrangères", "Bundeskanzler".
    if (parts.some((w) => rw.isOfficeHead(w))) return true;
  }
  // ("president", "former president" named alone in news: a country's; a firm's president is named with the firm)
  if (!rw && /^(?:the\s+)?(?:former\s+|ex-)?president$/.test(role)) return true;
  // A head of state or government's title, capitalised on its own: "President", "President-elect", "Prime Minister".
  // (Ireland's "Taoiseach" and "Tánaiste", its prime minister and deputy, written in Irish)
  if (
    /^(former |ex-)?(Vice[- ])?(President|Prime Minister|Premier|Taoiseach|Tánaiste)([- ]elect)?$/i.test(role) &&
    /^\p{Lu}/u.test(role)
  )
    return true;
  // A country's director or chairman may run a film or a firm ("French director"): not enough alone.
  const office = strongOffice(role) || (WEAK_OFFICE.test(role) && !JOB_LIKE.test(role));
  // "Russian President", "North Korean leader": an office of a country; "former Iranian president" too (a past
  // holder's office is an office).
  const held = role.replace(/^(?:former|ex-|late)\s+/i, '');
  if (office && LEX.demonymCountry.some(([d]) => held.startsWith(d + ' '))) return true;
  // "Zimbabwe President", "Sudan's president": an office of a named country.
  if (office && parts.some((w) => LEX.placeNames.has(w.replace(/['’]s?$/u, '')))) return true;
  // "North Korea’s leader", "South Africa’s president": a country of more than one word before its possessive.
  const owner = /^(?:the )?((?:\p{Lu}[\p{L}.-]*\s)+\p{Lu}[\p{L}.-]*)['’]s?\s/u.exec(role);
  if (office && owner && LEX.placeNames.has(owner[1])) return true;
  // "Dr. X of the Michigan Department of Health and Human Services": someone named by the public body they
  // work for, with no job noun, holds a post in it (not "of the Daily Courier", a private body).
  // A party's name alone ("of the Green Party") is membership, not a post in it.
  if (/^of (?:the )?\p{Lu}/u.test(role) && PUBLIC_BODY.test(role) && !PRIVATE_BODY.test(role) && !PARTY_ONLY.test(role))
    return true;
  // ("SpaceX spokesman", "spokesperson for Instagram": a spokesperson of a body the role names is a public one's only
  // where that body is one; a country's or a place's were taken above. A bare "spokesman" is, in news, a public
  // body's or an office holder's, "Masood's spokesman".)
  const body = role.replace(/spokes(?:person|man|woman)s?/giu, '');
  if (!rw && strongOffice(role) && !strongOffice(body) && /\p{Lu}\p{L}*(?!['’\p{L}])/u.test(body))
    return PUBLIC_BODY.test(role) && !PRIVATE_BODY.test(role);
  // A press secretary of a film, a company or a church is a job, of a government an office.
  if (strongOffice(role))
    return (
      !/\b(film|movie|team|club|company|firm|church|episcopal|diocese|archdiocese|university|university's|college)\b/i.test(
        role,
      ) || PUBLIC_BODY.test(role)
    );
  return WEAK_OFFICE.test(role) && PUBLIC_BODY.test(role);
}
