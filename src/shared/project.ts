// Where readers report a wrong or missing card. The link opens the reader's own browser on the tracker with a
// prefilled issue; the extension itself sends nothing.
import type { Card } from './types.ts';

export const REPORT_ISSUE_URL = 'https://github.com/source-context/source-context/issues/new';

export function reportUrl(card: Pick<Card, 'id' | 'name'>, pageUrl: string, articleDate: string | null): string {
  const title = `Wrong or missing card: ${card.name} (${card.id})`;
  const body = [`Entity: ${card.name} (${card.id})`, `Page: ${pageUrl}`, `Article date: ${articleDate ?? 'unknown'}`, '', 'What is wrong:'].join('\n');
  return `${REPORT_ISSUE_URL}?${new URLSearchParams({ title, body }).toString()}`;
}
