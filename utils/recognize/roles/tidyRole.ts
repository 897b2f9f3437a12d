/** "Pentagon Press Secretary Maj. Gen." → "Pentagon Press Secretary, Maj. Gen.": the office, then the rank. */
export function tidyRole(role: string | null): string | null {
  if (!role) return null;
  // "L'acteur américain", "l’ancien ministre": the glued article is no part of the role.
  role = role.replace(/^[LlDd]['’](?=\p{L})/u, '');
  const m = /^(.*?\S)\s+((?:(?:Maj|Lt|Gen|Col|Capt|Cmdr|Adm|Brig|Sgt|Rear|Vice)\.?\s*)+)$/.exec(role);
  if (m && !/(Maj|Lt|Gen|Col|Capt|Cmdr|Adm|Brig|Sgt|Rear|Vice)\.?$/.test(m[1])) return `${m[1]}, ${m[2].trim()}`;
  return role;
}
