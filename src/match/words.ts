// Small word lists the linker needs. Kept by hand because they are about how news prose is written,
// not about any entity.

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/**
 * Common English and Russian words (folded) that are also the whole name of some entity ("Will",
 * "Who", "May", "Hope", "Ось"). A one-word name on this list is never indexed, unless it is an
 * acronym (written in capitals) or a country.
 */
export const COMMON_WORDS = set(`
a about above after again against all also am an and any are as at back be because been before being below
between both but by can could did do does doing down during each even ever every few first for from further
get got had has have having he her here hers herself him himself his how however i if in into is it its itself
just last least less like made make many may me might more most much must my myself new next no nor not now of
off often on once one only or other our ours out over own per same say says said see she should since so some
still such than that the their theirs them then there these they this those through thus to too under until up
upon us very was we well were what when where which while who whom whose why will with within without would yet
you your yours today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday january february
march april june july august september october november december spring summer autumn winter
people time year years day days week month government state states country city news report reports party
president minister police army court office house world war peace home life love hope faith grace joy
mark bill bush rose lily ivy will may june art amber crystal dawn eve fern gay holly iris pearl ruby sky star
storm summer sun moon river lake mountain island valley hill rock stone wood forest field green brown white black
red blue gray grey gold silver young old king queen prince princess lord lady sir dr mr mrs ms
apple amazon target gap shell total orange sprint visa chase express times post mail sun guardian independent
mirror observer herald tribune journal daily gazette record standard telegraph economist nation
north south east west central united national international general global federal union council committee
group company corporation bank club team school university college institute center centre foundation
court parliament senate congress assembly ministry police army navy church
politics business sports sport culture opinion science technology health lifestyle style travel weather
ball price cook wood hill rice stone black white green young king page bell rose
muslim muslims christian christians jewish catholic islamic arab arabs democrat democrats democratic republican republicans
progressive popular people peoples workers labor civic patriotic vice
liberal liberals conservative conservatives socialist socialists communist communists labour green greens
development alliance alignment progress future hope unity justice freedom solidarity renewal reform change
mr mrs ms dr rep sen gov st mt ft jr sr gen col lt sgt rev prof al el
он она оно они мы вы я ты это этот эта эти этого как так что кто где когда все всё весь вся уже ещё еще при для
по на в во из от до за под над о об обо про без через между и а но или да же ли бы не ни то к ко с со у
его её ее их сам сама само сами свой своя наш наша ваш мой моя твой тот та те там тут здесь если чтобы
только лишь также тоже потом затем после перед около вокруг против среди кроме вместо ради
мир вера надежда любовь слава победа роса лилия голос правда родина единство сила воля свобода справедливость
новый новая новое новые первый первая первое старый старая великий великая большой большая
республика республики федерация партия союз фронт альянс движение звезда самое самый самая самые самого самой такое такой такая такие ранее позже сейчас теперь вчера сегодня завтра однако поэтому кроме впрочем тогда всего
сын дочь мать отец брат сестра муж жена дед бабушка человек люди год годы день дни город страна
`);

/** Words never taken as a surname on their own, even after a full mention ("May" the month, not Theresa May). */
export const NOT_SURNAMES = set(`
a an and or but in on at of for to from by with as the his her its their this that who which may will
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december
`);

/** Words of a title written before a name ("Deputy Prime Minister", "Foreign Minister", "President"). */
export const TITLE_WORDS = set(`
president vice deputy prime minister premier chancellor secretary general foreign defence defense finance interior
home economy economic trade justice health education energy state senator sen rep representative governor gov
mayor speaker chairman chairwoman chair chief executive ceo director head leader king queen prince princess emperor
sheikh ambassador envoy commissioner spokesman spokeswoman spokesperson attorney judge justice general gen colonel col
lieutenant lt major maj captain capt admiral adm sergeant pope cardinal archbishop bishop patriarch rabbi imam
mr mrs ms dr sir lord lady dame prof professor first former acting interim then assistant under permanent
deputy-prime opposition party parliamentary senior junior supreme federal national security affairs
президент премьер министр председатель глава губернатор мэр посол спикер генсек генеральный секретарь
вице заместитель первый бывший экс лидер патриарх король королева принц канцлер депутат сенатор
`);

/** Capitalised words that may stand next to a name without being part of it. */
export const NEIGHBOUR_OK = set(`
the a an and or but in on at of for to from by with as after before during since until while when where who
which that this these those his her its their our my your he she it they we i
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms dr
later earlier meanwhile however instead yesterday today tomorrow tonight last next both even only once there here
what how why thus indeed perhaps maybe again still now then also so yet nor not no yes all many some most several
other another each every such although though because unless whether despite according like
`);

/** Abbreviations a dot may follow inside a name ("St. Petersburg", "Gen. Smith"). */
export const ABBREVIATIONS = set(`st mt ft jr sr gen col lt sgt gov sen rep rev prof dr mr mrs ms co corp inc ltd bros`);

/** Title words that may follow a country or organisation ("US President", "Serbian Prime Minister", "EU Foreign Ministers"). */
export const OFFICE_WORDS = set(`
president presidents vice deputy prime minister ministers premier chancellor foreign defence defense finance interior
secretary ambassador envoy leader leaders spokesman spokeswoman spokesperson mayor governor king queen
mp mps mep meps lawmaker lawmakers senator senators congressman congresswoman candidate candidates chairman
`);

/** Nationality words not formed from the country's name ("French", "Dutch"), with the country's ISO code. */
export const IRREGULAR_DEMONYMS: Record<string, string> = {
  french: 'FR', dutch: 'NL', swiss: 'CH', welsh: 'GB', scottish: 'GB', scots: 'GB', irish: 'IE', british: 'GB', english: 'GB',
  danish: 'DK', finnish: 'FI', polish: 'PL', spanish: 'ES', swedish: 'SE', turkish: 'TR', greek: 'GR', thai: 'TH',
  filipino: 'PH', cypriot: 'CY', saudi: 'SA', emirati: 'AE', argentine: 'AR', flemish: 'BE', belgian: 'BE', czech: 'CZ',
  slovak: 'SK', kiwi: 'NZ', peruvian: 'PE', icelandic: 'IS', norwegian: 'NO', portuguese: 'PT', lebanese: 'LB', maltese: 'MT',
  американский: 'US', британский: 'GB', немецкий: 'DE', французский: 'FR', английский: 'GB', китайский: 'CN', японский: 'JP',
};
