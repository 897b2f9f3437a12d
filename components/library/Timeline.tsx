import { formatDate } from '../../utils/format';
import { t, tn } from '../../utils/i18n';

const WEEK = 7 * 24 * 3600 * 1000;
/** At most this many weeks are drawn (the most recent); older ones are summed into the label. */
const MAX_WEEKS = 156;

/** Mentions per week as an SVG bar chart; every week between the first and last is drawn, empty ones too. */
export function Timeline({ weeks, label }: { weeks: [number, number][]; label: string }) {
  if (!weeks.length) return <p class="muted">{t('tlNone')}</p>;
  const counts = new Map(weeks);
  const last = weeks[weeks.length - 1][0];
  const first = Math.max(weeks[0][0], last - (MAX_WEEKS - 1) * WEEK);
  const older = weeks.filter(([w]) => w < first).reduce((s, [, n]) => s + n, 0);
  const bars: [number, number][] = [];
  for (let w = first; w <= last; w += WEEK) bars.push([w, counts.get(w) ?? 0]);
  const max = Math.max(...bars.map(([, n]) => n), 1);
  const W = 640;
  const H = 120;
  const T = 16; // room for the scale label above the bars
  const bw = W / bars.length;
  const barW = Math.max(1, Math.min(28, bw * 0.8));
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} ${T + H + 18}`} role="img" aria-label={t('tlLabel', label)}>
        {bars.map(([w, n], i) => {
          const h = (n / max) * H;
          return (
            <rect key={w} x={i * bw + (bw - barW) / 2} y={T + H - h} width={barW} height={h} class="bar">
              <title>{t('tlWeek', formatDate(w), tn(n, 'articlesOne', 'articlesMany'))}</title>
            </rect>
          );
        })}
        <line x1="0" y1={T + H} x2={W} y2={T + H} class="axis" />
        {/* Dates under the first and last bars' edges (not the chart's), so a short span is not misread. */}
        <text x={(bw - barW) / 2} y={T + H + 14} class="tick">
          {formatDate(first)}
        </text>
        {bars.length > 1 && (
          <text x={W - (bw - barW) / 2} y={T + H + 14} class="tick" text-anchor="end">
            {formatDate(last)}
          </text>
        )}
        <text x="2" y="10" class="tick">
          {t('tlMax', max)}
        </text>
      </svg>
      {older > 0 && <figcaption class="muted">{t('tlOlder', older)}</figcaption>}
    </figure>
  );
}
