/** "Pentagon Press Secretary Maj. Gen." → "Pentagon Press Secretary, Maj. Gen.": the office, then the rank. */
export function tidyRole(role: string | null): string | null {
  if (!role) return null;
  // "L'acteur américain", "l’ancien ministre": the glued article is no part of the role.
  role = role.replace(/^[LlDd]['’](?=\p{L})/u, '');
  const m = /^(.*?\S)\s+((?:(?:Maj|Lt|Gen|Col|Capt|Cmdr|Adm|Brig|Sgt|Rear|Vice)\.?\s*)+)$/.exec(role);
  // (not where a comma already sets the rank off: "Israel's chief military spokesperson, Rear Admiral")
  if (m && !/(Maj|Lt|Gen|Col|Capt|Cmdr|Adm|Brig|Sgt|Rear|Vice)\.?$/.test(m[1]) && !m[1].endsWith(','))
    return `${m[1]}, ${m[2].trim()}`;
  return role;
}
