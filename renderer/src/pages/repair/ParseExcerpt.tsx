/** The lines around a parse error, the bad one marked and a caret under the parser's column. */
import { useTranslation } from 'react-i18next';
import type { RepairView } from '@renderer/stores/repair';

export function ParseExcerpt({ view }: { view: RepairView }) {
  const { t } = useTranslation();
  const bad = view.parseError?.line ?? null;
  const column = view.parseError?.column ?? null;
  if (!view.excerpt.length) return null;
  return (
    <figure className="parse-excerpt">
      <figcaption>
        {t('msg.repair.excerpt')}
        {bad !== null && column !== null && <> — {t('msg.repair.where', { line: bad, column })}</>}
      </figcaption>
      <pre data-testid="parse-excerpt">
        {view.excerpt.map((line) => (
          <div
            key={line.number}
            className={line.number === bad ? 'excerpt-line bad' : 'excerpt-line'}
            aria-current={line.number === bad ? 'true' : undefined}
            data-line={line.number}
          >
            <span className="excerpt-number" aria-label={t('msg.repair.lineNumber', { number: line.number })}>
              {line.number}
            </span>
            <code>{line.text || ' '}</code>
            {line.number === bad && column !== null && (
              <span className="excerpt-caret" aria-hidden="true">
                {`${' '.repeat(Math.max(0, column - 1))}^`}
              </span>
            )}
          </div>
        ))}
      </pre>
    </figure>
  );
}
