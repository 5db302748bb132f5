// The context card, shared by the hover card on the page and the popup. Dataset text is rendered as text
// (Preact escapes it); links are shown only for http(s) URLs.
//
// Three levels of detail, so that the first lines always carry what matters (role on the article's date,
// state-run, sanctioned) and the rest is one step away:
//   compact  — the popup's lists: the name (a disclosure button), flags and one line; the button shows the rest
//   summary  — the hover card and the outlet being read: every key fact, cited; a Details button shows the rest
//   full     — everything at once
import { useState } from 'preact/hooks';
import type { Card as CardData, SourceRef } from '../shared/types.ts';
import { t, uiLocale } from './i18n.ts';
import type { MessageKey } from './strings.ts';

export const TYPE_LABEL: Record<CardData['type'], MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  outlet: 'typeOutlet',
  country: 'typeCountry',
  place: 'typePlace',
};

export function safeHref(url: string | undefined | null): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** "2024-05-02" → "2 May 2024" in the UI language; partial dates ("2024-05", "2024") keep their precision. */
export function formatDate(d: string | null | undefined, locale = uiLocale()): string {
  if (!d) return '';
  const [y, m, day] = d.slice(0, 10).split('-').map(Number);
  if (!y) return d;
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, day || 1));
  const opts: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, opts).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', opts).format(date);
  }
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

/** The flags a reader should see before anything else, in the UI language. */
export function cardFlags(card: CardData): Array<{ kind: 'alert' | 'warn' | 'muted'; text: string }> {
  const flags: Array<{ kind: 'alert' | 'warn' | 'muted'; text: string }> = [];
  if (card.sanctions.length) flags.push({ kind: 'alert', text: t('flagSanctioned') });
  else if (card.possibleSanctions.length) flags.push({ kind: 'muted', text: t('flagPossibleSanction') });
  if (card.stateAffiliation) flags.push({ kind: 'warn', text: t('flagStateRun', card.stateAffiliation.state) });
  for (const label of [...new Set(card.designations.map((d) => d.label))].slice(0, 2)) {
    flags.push({ kind: 'warn', text: t('flagDesignated', label) });
  }
  return flags;
}

export type CardMode = 'compact' | 'summary' | 'full';

export interface CardProps {
  card: CardData;
  /** How much to show at first (see the top of this file). Default: summary. */
  mode?: CardMode;
  /** Older spelling: true is `full`, false is `compact`. */
  expanded?: boolean;
  onWrongCard?: (card: CardData) => void;
  reportUrl?: string;
  headingLevel?: 2 | 3 | 4;
  /** The type label ("Person"); lists already grouped by type leave it out. */
  showType?: boolean;
  /** Whether the description comes with the key facts (true) or waits for Details (false). */
  describeFirst?: boolean;
}

let nextId = 0;

export function Card({ card, mode, expanded, onWrongCard, reportUrl, headingLevel = 2, showType = true, describeFirst = true }: CardProps) {
  const shown: CardMode = mode ?? (expanded === true ? 'full' : expanded === false ? 'compact' : 'summary');
  const [open, setOpen] = useState(shown === 'full');
  const [id] = useState(() => `sc-card-${++nextId}`);
  const Heading = `h${headingLevel}` as 'h2';
  const Sub = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
  const flags = cardFlags(card);
  const keyFacts = shown !== 'compact' || open;
  const hasDetails = hasMore(card) || (!describeFirst && !!card.description);
  return (
    <article class={`sc-card sc-type-${card.type} sc-mode-${shown}`} aria-labelledby={`${id}-name`} data-entity={card.id}>
      <header class="sc-card-head">
        <Heading class="sc-name" id={`${id}-name`}>
          {shown === 'compact' ? (
            <button type="button" class="sc-disclosure" aria-expanded={open} aria-controls={`${id}-more`} onClick={() => setOpen(!open)}>
              {card.name}
            </button>
          ) : (
            card.name
          )}
        </Heading>
        {showType && <span class="sc-type">{t(TYPE_LABEL[card.type])}</span>}
      </header>
      {card.headline ? (
        <p class="sc-headline">{card.headline}</p>
      ) : (
        shown === 'compact' && !open && card.description && <p class="sc-description sc-clamp">{card.description}</p>
      )}
      {flags.length > 0 && (
        <ul class="sc-flags">
          {flags.map((f) => (
            <li class={`sc-flag sc-flag-${f.kind}`} title={f.text}>
              {f.text}
            </li>
          ))}
        </ul>
      )}
      <div id={`${id}-more`} class="sc-more" hidden={!keyFacts}>
        {keyFacts && <KeyFacts card={card} Sub={Sub} withDescription={describeFirst} />}
        {open && <CardDetails card={card} Sub={Sub} withDescription={!describeFirst} />}
      </div>
      {(shown === 'summary' && hasDetails) || onWrongCard || (reportUrl && safeHref(reportUrl)) ? (
        <footer class="sc-card-foot">
          {shown === 'summary' && hasDetails && (
            <button type="button" class="sc-link-button" aria-expanded={open} aria-controls={`${id}-more`} onClick={() => setOpen(!open)}>
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
      ) : null}
    </article>
  );
}

function hasMore(card: CardData): boolean {
  return card.offices.length > 0 || card.parties.length > 0 || card.facts.length > 0 || Object.values(card.links).some((l) => safeHref(l));
}

type SubHeading = 'h3';

/** What a reader needs to judge the name on the article's date, each fact cited. */
function KeyFacts({ card, Sub, withDescription }: { card: CardData; Sub: SubHeading; withDescription: boolean }) {
  const atDate = card.atDate;
  return (
    <>
      {card.titleCheck && (
        <p class="sc-title-check" role="note">
          <strong>{t('titleCheck')}:</strong> {card.titleCheck.note} <Cite source={card.titleCheck.source} />
        </p>
      )}
      {withDescription && card.description && <p class="sc-description">{card.description}</p>}
      {atDate.date && card.type === 'person' && (
        <section class="sc-section sc-at-date">
          <Sub>{t('onDate', formatDate(atDate.date))}</Sub>
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
          <Sub>{t('sanctions')}</Sub>
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
      {card.owner && (
        <section class="sc-section sc-owner">
          <Sub>{t('owner')}</Sub>
          <p>
            {card.owner.name} <Cite source={card.owner.source} />
          </p>
        </section>
      )}
      {card.stateAffiliation && (
        <section class="sc-section sc-state-affiliation">
          <Sub>{t('stateAffiliation')}</Sub>
          <p>
            {card.stateAffiliation.kind} ({card.stateAffiliation.state}) <Cite source={card.stateAffiliation.source} />
          </p>
        </section>
      )}
      {card.designations.length > 0 && (
        <section class="sc-section sc-designations">
          <Sub>{t('designations')}</Sub>
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
      {card.reliability && (
        <section class="sc-section sc-reliability">
          <Sub>{t('reliability')}</Sub>
          <p>
            {card.reliability.status}
            {card.reliability.summary ? ` — ${card.reliability.summary}` : ''} <Cite source={card.reliability.source} />
          </p>
        </section>
      )}
      {card.possibleSanctions.length > 0 && (
        <section class="sc-section sc-possible">
          <Sub>{t('possibleSanction')}</Sub>
          <ul>
            {card.possibleSanctions.map((s) => (
              <li>
                {s.authority} — {s.program}: {s.details} <Cite source={s.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The rest: every office, party, fact and link. */
function CardDetails({ card, Sub, withDescription }: { card: CardData; Sub: SubHeading; withDescription: boolean }) {
  const links = (['wikipedia', 'wikidata', 'website'] as const).filter((k) => safeHref(card.links[k]));
  return (
    <div class="sc-details">
      {withDescription && card.description && <p class="sc-description">{card.description}</p>}
      {card.offices.length > 0 && (
        <section class="sc-section">
          <Sub>{t('offices')}</Sub>
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
          <Sub>{t('parties')}</Sub>
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
          <Sub>{t('facts')}</Sub>
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
