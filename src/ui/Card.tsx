// The context card, shared by the hover card on the page and the popup. Dataset text is rendered as text
// (Preact escapes it); links are shown only for http(s) URLs.
import { useState } from 'preact/hooks';
import type { Card as CardData, SourceRef } from '../shared/types.ts';
import { t, uiLocale } from './i18n.ts';
import type { MessageKey } from './strings.ts';

const TYPE_LABEL: Record<CardData['type'], MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  outlet: 'typeOutlet',
  country: 'typeCountry',
  place: 'typePlace',
};

export function safeHref(url: string | undefined | null): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** "2024-05-02" → "2 May 2024"; partial dates keep their precision. */
export function formatDate(d: string | null | undefined, locale = uiLocale()): string {
  if (!d) return '';
  const [y, m, day] = d.split('-').map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, day || 1));
  const opts: Intl.DateTimeFormatOptions = day ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(date);
}

function period(start: string | null, end: string | null): string {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return t('since', formatDate(start));
  if (end) return t('until', formatDate(end));
  return '';
}

export function Cite({ source }: { source: SourceRef }) {
  const href = safeHref(source.url);
  return (
    <span class="sc-cite">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.name}
        </a>
      ) : (
        source.name
      )}
      {source.asOf ? `, ${t('asOf', formatDate(source.asOf))}` : ''}
    </span>
  );
}

export interface CardProps {
  card: CardData;
  /** Starts expanded (hover card) or compact with a details toggle (popup list). */
  expanded?: boolean;
  onWrongCard?: (card: CardData) => void;
  reportUrl?: string;
  headingLevel?: 2 | 3;
}

export function Card({ card, expanded = true, onWrongCard, reportUrl, headingLevel = 2 }: CardProps) {
  const [open, setOpen] = useState(expanded);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const atDate = card.atDate;
  return (
    <article class={`sc-card sc-type-${card.type}`} aria-label={t('cardLabel', card.name)} data-entity={card.id}>
      <header class="sc-card-head">
        <Heading class="sc-name">{card.name}</Heading>
        <span class="sc-type">{t(TYPE_LABEL[card.type])}</span>
      </header>
      {card.headline && <p class="sc-headline">{card.headline}</p>}
      {card.titleCheck && (
        <p class="sc-title-check" role="note">
          <strong>{t('titleCheck')}:</strong> {card.titleCheck.note} <Cite source={card.titleCheck.source} />
        </p>
      )}
      {card.description && <p class="sc-description">{card.description}</p>}
      {atDate.date && card.type === 'person' && (
        <section class="sc-section sc-at-date">
          <h4>{t('onDate', formatDate(atDate.date))}</h4>
          {atDate.offices.length ? (
            <ul>
              {atDate.offices.map((o) => (
                <li>
                  {o.title}
                  {o.asOfOnly ? ` (${t('asOf', formatDate(o.source.asOf))})` : ''} <span class="sc-period">{period(o.start, o.end)}</span>{' '}
                  <Cite source={o.source} />
                </li>
              ))}
            </ul>
          ) : (
            <p class="sc-muted">{t('noOfficeOnDate', formatDate(atDate.date))}</p>
          )}
        </section>
      )}
      {card.sanctions.length > 0 && (
        <section class="sc-section sc-sanctions">
          <h4>{t('sanctions')}</h4>
          <ul>
            {card.sanctions.map((s) => (
              <li>
                {s.authority} — {s.program}
                {s.listed ? `, ${t('sanctionListed', formatDate(s.listed))}` : ''} <Cite source={s.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.stateAffiliation && (
        <section class="sc-section sc-state">
          <h4>{t('stateAffiliation')}</h4>
          <p>
            {card.stateAffiliation.kind} ({card.stateAffiliation.state}) <Cite source={card.stateAffiliation.source} />
          </p>
        </section>
      )}
      {card.designations.length > 0 && (
        <section class="sc-section sc-designations">
          <h4>{t('designations')}</h4>
          <ul>
            {card.designations.map((d) => (
              <li>
                {d.label} — {d.by}
                {d.date ? `, ${formatDate(d.date)}` : ''} <Cite source={d.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {open && <CardDetails card={card} />}
      <footer class="sc-card-foot">
        {!expanded && (
          <button type="button" class="sc-link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('hideDetails') : t('showDetails')}
          </button>
        )}
        {onWrongCard && (
          <button type="button" class="sc-link-button" onClick={() => onWrongCard(card)}>
            {t('wrongCard')}
          </button>
        )}
        {reportUrl && safeHref(reportUrl) && (
          <a href={safeHref(reportUrl)} target="_blank" rel="noopener noreferrer">
            {t('reportLink')}
          </a>
        )}
      </footer>
    </article>
  );
}

function CardDetails({ card }: { card: CardData }) {
  const links = (['wikipedia', 'wikidata', 'website'] as const).filter((k) => safeHref(card.links[k]));
  return (
    <div class="sc-details">
      {card.owner && (
        <section class="sc-section">
          <h4>{t('owner')}</h4>
          <p>
            {card.owner.name} <Cite source={card.owner.source} />
          </p>
        </section>
      )}
      {card.reliability && (
        <section class="sc-section">
          <h4>{t('reliability')}</h4>
          <p>
            {card.reliability.status}
            {card.reliability.summary ? ` — ${card.reliability.summary}` : ''} <Cite source={card.reliability.source} />
          </p>
        </section>
      )}
      {card.possibleSanctions.length > 0 && (
        <section class="sc-section sc-possible">
          <h4>{t('possibleSanction')}</h4>
          <ul>
            {card.possibleSanctions.map((s) => (
              <li>
                {s.authority} — {s.program}: {s.details} <Cite source={s.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.offices.length > 0 && (
        <section class="sc-section">
          <h4>{t('offices')}</h4>
          <ul>
            {card.offices.map((o) => (
              <li>
                {o.title} <span class="sc-period">{period(o.start, o.end)}</span> <Cite source={o.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.parties.length > 0 && (
        <section class="sc-section">
          <h4>{t('parties')}</h4>
          <ul>
            {card.parties.map((p) => (
              <li>
                {p.name} <span class="sc-period">{period(p.start, p.end)}</span> <Cite source={p.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.facts.length > 0 && (
        <section class="sc-section">
          <h4>{t('facts')}</h4>
          <ul>
            {card.facts.map((f) => (
              <li>
                {f.text} <Cite source={f.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {links.length > 0 && (
        <p class="sc-links">
          {links.map((k) => (
            <a href={safeHref(card.links[k])} target="_blank" rel="noopener noreferrer">
              {k === 'wikipedia' ? 'Wikipedia' : k === 'wikidata' ? 'Wikidata' : new URL(card.links[k]!).hostname}
            </a>
          ))}
        </p>
      )}
    </div>
  );
}
