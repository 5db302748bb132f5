// Whether the text cites an outlet as the source of what it reports: "told the state-run RIA Novosti
// news agency", "according to TASS", "RT reported", "сообщает ТАСС", "передаёт РИА Новости".

// Up to three words (such as "state-run", "Russian", "pro-Kremlin") may stand between the verb and the name.
const BEFORE = new RegExp(
  String.raw`(?:\b(?:told|tells|telling|according\s+to|cited\s+by|quoted\s+by|quoting|citing|speaking\s+to|spoke\s+to|in\s+an?\s+interview\s+(?:with|to)|interview\s+with|reported\s+by|published\s+by|wrote\s+in|writing\s+in|said\s+in|said\s+on|told\s+reporters\s+from|reports?\s+from|report\s+by|per)` +
    String.raw`|(?:^|[\s,(«"“])(?:сообщил[аои]?|сообщают|заявил[аои]?|рассказал[аои]?|передает|передаёт|передают|сообщает|пишет|пишут|по\s+данным|по\s+сообщению|по\s+информации|со\s+ссылкой\s+на|в\s+интервью|цитирует|цитируют|утверждает|отметил[аи]?\s+в\s+беседе\s+с))` +
    String.raw`\s+(?:(?:the|a|an)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}$`,
  'iu',
);
const AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s*(?:(?:state[- ]run\s+)?(?:news\s+agency|agency|newspaper|news\s+channel|channel|television|tv|radio|broadcaster|website|outlet|daily|news|reporter|correspondent)\s*)?,?\s*` +
    String.raw`(?:reported|reports|reporting|said|says|quoted|quotes|cited|cites|wrote|writes|has\s+reported|had\s+reported|learned|learnt|claimed|claims|published|revealed|announced|сообщил[аои]?|сообщает|сообщают|передает|передаёт|пишет|утверждает|узнал[аои]?)\b`,
  'iu',
);

export function citedAround(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  // A sentence boundary cuts the context.
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const b = cut >= 0 ? before.slice(cut + 1) : before;
  if (BEFORE.test(b)) return true;
  const after = text.slice(end, end + 60);
  return AFTER.test(after);
}
