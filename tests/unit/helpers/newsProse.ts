/**
 * Running news prose for page fixtures in the unit tests: distinct sentences,
 * each well over 80 characters, so that a paragraph of one counts as prose.
 */
export const SENTENCES = [
  'The finance ministry said on Monday that the new budget would cut spending on roads by a fifth over three years.',
  'Opposition lawmakers called the plan reckless and said it would hurt rural towns that depend on state contracts.',
  'Economists at the central bank warned that growth had slowed for a second quarter and that inflation remained high.',
  'The prime minister defended the cuts in a speech to parliament, saying the country could not keep borrowing forever.',
  'Union leaders said they would meet later this week to decide whether to call a strike in the construction sector.',
  'Markets rose slightly after the announcement, with the currency gaining against the dollar for the first time in weeks.',
  'A vote on the budget is expected before the end of the month, and the governing coalition holds a narrow majority.',
];
