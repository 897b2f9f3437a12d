import { isPosition } from '../lexicon';
// Sports and the teams that play them, in English, French, Spanish, Portuguese and Italian: "basketball",
// "wheelchair rugby", "Olympic", "fútbol", "basket-ball", "calcio".
const SPORT =
  /(?<!\p{L})(?:basketball|football|soccer|rugby|cricket|hockey|baseball|softball|volleyball|handball|netball|lacrosse|tennis|golf|athletics|swimming|cycling|rowing|skiing|wheelchair|olympic|paralympic|fútbol|futbol|futebol|baloncesto|balonmano|básquet|basquete|basket|basket-ball|cyclisme|ciclismo|natation|natación|olympique|paralympique|olímpic[oa]|paralímpic[oa]|calcio|pallacanestro)s?(?!\p{L})/iu;

/**
 * The role names a sport or a sports team ("a former member of the Australia women's national wheelchair
 * basketball team", "joueur de l'équipe de France de rugby", "capitán de la selección de fútbol"): a player's,
 * a coach's or a team official's, no public office, though "national" or "member" are in it.
 */
export function isSportsRole(role: string): boolean {
  if (SPORT.test(role)) return true;
  // ("Kansas City Chiefs tight end", "Chelsea left back": a player's position in two words)
  const ws = role.toLowerCase().split(/\s+/);
  return ws.some((w, i) => i > 0 && isPosition(ws[i - 1], w));
}
