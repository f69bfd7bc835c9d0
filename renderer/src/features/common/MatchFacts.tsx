/**
 * What the registry said about a looked-up vehicle (description, colour, VIN)
 * next to what AutoGrab matched, so the salesperson can check one against the
 * other. Rows without a value are left out.
 */
import { useTranslation } from 'react-i18next';

/** Props of {@link MatchFacts}. */
export interface MatchFactsProps {
  upstreamVehicle: string | null;
  /** The catalogue vehicle's title, when it should be shown beside the registry's description. */
  matchedTitle?: string | null;
  colour: string | null;
  vin: string | null;
}

/** The registry facts as a description list; nothing when there are none. */
export function MatchFacts({ upstreamVehicle, matchedTitle = null, colour, vin }: MatchFactsProps) {
  const { t } = useTranslation();
  const rows = [
    { key: 'registry', label: t('outcome.registry'), value: upstreamVehicle, testId: 'registry-description' },
    { key: 'matched', label: t('outcome.matched'), value: matchedTitle },
    { key: 'colour', label: t('outcome.colour'), value: colour },
    { key: 'vin', label: t('outcome.vin'), value: vin, className: 'mono' },
  ].filter((row) => row.value);
  if (rows.length === 0) return null;
  return (
    <dl className="facts">
      {rows.map((row) => (
        <div key={row.key} className="fact">
          <dt>{row.label}</dt>
          <dd className={row.className} data-testid={row.testId}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
