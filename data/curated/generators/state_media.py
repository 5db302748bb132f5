# Provenance: this script wrote ../state-media.yaml (python3 state_media.py > ../state-media.yaml). The YAML is the
# reviewed artefact the dataset build reads; edit the table here and regenerate, or edit the YAML directly.
# Generates data/curated/state-media.yaml from a reviewable table. Every row names the page that states the
# ownership/affiliation; domains are only those seen on the outlet's own pages or in the cited sources.
import json
CIA = lambda slug: {"src": "cia-factbook", "url": f"https://www.cia.gov/the-world-factbook/countries/{slug}/", "asOf": "2026-01"}
PER = {"src": "wikipedia-perennial-sources", "url": "https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources", "asOf": "2021-03-17"}
EU = {"src": "eu-sanctions", "url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02014R0833-20260717", "asOf": "2026-07-17"}
W = lambda url, asOf: {"src": "web", "url": url, "asOf": asOf}
SMM_RS = W("https://statemediamonitor.com/2022/03/rossiya-segodnya/", "2022-03")
SMM_RT = W("https://statemediamonitor.com/2023/10/rt/", "2023-10")
SMM_VGTRK = W("https://statemediamonitor.com/2023/10/all-russia-state-television-and-radio-broadcasting-company-vgtrk/", "2023-10")
SMM_CMG = W("https://statemediamonitor.com/2023/10/china-media-group/", "2023-10")
SMM_FMM = W("https://statemediamonitor.com/?p=1854", "2025-08")
SMM_USAGM = W("https://statemediamonitor.com/2025/08/usagm", "2025-08")
USAGM_WIKI = W("https://wikimili.com/en/U.S._Agency_for_Global_Media", "2024")
CUBA = W("http://piglix.com/piglix/Media_in_Cuba", "2017")
EU_NOTE = "Listed by the EU (Reg. 833/2014 Annex XV) among media under the permanent direct or indirect control of Russia's leadership; broadcasting suspended in the EU."

STATE_NAMES = {"RU":"Russia","CN":"China","IR":"Iran","TR":"Turkey","VE":"Venezuela","BY":"Belarus","KP":"North Korea","QA":"Qatar","US":"United States","DE":"Germany","FR":"France","GB":"United Kingdom","JP":"Japan","KR":"South Korea","CU":"Cuba","VN":"Vietnam","RS":"Serbia","AU":"Australia","CA":"Canada","ZA":"South Africa","IN":"India","NZ":"New Zealand","IE":"Ireland","AT":"Austria","DK":"Denmark","EE":"Estonia","SK":"Slovakia","SI":"Slovenia","CH":"Switzerland","GE":"Georgia","AM":"Armenia","BA":"Bosnia and Herzegovina","UA":"Ukraine","PK":"Pakistan","BD":"Bangladesh","BH":"Bahrain","JO":"Jordan","KW":"Kuwait","MM":"Myanmar","BN":"Brunei","LA":"Laos","CM":"Cameroon","CI":"Côte d'Ivoire","MA":"Morocco","AO":"Angola","ZM":"Zambia","UG":"Uganda","KG":"Kyrgyzstan","CL":"Chile","BB":"Barbados","MU":"Mauritius","PG":"Papua New Guinea","SC":"Seychelles","ES":"Spain","PT":"Portugal","BI":"Burundi","BJ":"Benin","TD":"Chad","MG":"Madagascar"}

rows = []
def add(id, name, aliases, cc, kind, cite, desc, domains=(), parent=None, qid=None, facts=(), website=None, wikipedia=None, reliability=None):
    rows.append(dict(id=id, name=name, aliases=list(aliases), cc=cc, kind=kind, cite=cite, desc=desc, domains=list(domains), parent=parent, qid=qid, facts=list(facts), website=website, wikipedia=wikipedia, reliability=reliability))

# ---------------- Russia
add("Q22868","RT",["Russia Today","RT International"],"RU","state-controlled",SMM_RT,
    "Russian state-controlled international television network, operated by TV-Novosti and funded by Russian federal subsidies.",["rt.com"],
    parent=("TV-Novosti",None,SMM_RT),qid="Q22868",facts=[(EU_NOTE+" (RT English, UK, Germany, France, Spanish, Arabic, Balkan services)",EU)],website="https://www.rt.com")
add("sc:sputnik","Sputnik",["Sputnik News","Sputnik International"],"RU","state-controlled",SMM_RS,
    "Russian state news brand with sites in many languages, run by the state-owned media group Rossiya Segodnya.",["sputniknews.com","sputnikglobe.com"],
    parent=("Rossiya Segodnya","sc:rossiya-segodnya",SMM_RS),facts=[(EU_NOTE,EU)])
add("sc:rossiya-segodnya","Rossiya Segodnya",["MIA Rossiya Segodnya","Россия сегодня"],"RU","state-controlled",SMM_RS,
    "Media group owned and operated by the Russian government, created in 2013 on the basis of RIA Novosti; runs Sputnik, RIA Novosti and inoSMI.",["rossiyasegodnya.com"],
    facts=[("Owner: Government of Russia (federal state unitary enterprise founded 9 December 2013).",W("https://en.wikipedia.org/wiki/Rossiya_Segodnya","2025"))],wikipedia="https://en.wikipedia.org/wiki/Rossiya_Segodnya")
add("sc:inosmi","inoSMI",["InoSMI"],"RU","state-controlled",SMM_RS,"Russian state news portal translating foreign media, run by Rossiya Segodnya.",[],parent=("Rossiya Segodnya","sc:rossiya-segodnya",SMM_RS))
add("sc:baltnews","Baltnews",["Baltnews Lithuania","Baltnews Latvia","Baltnews Estonia"],"RU","state-controlled",SMM_RS,"News portals aimed at the Baltic states, run by the Russian state media group Rossiya Segodnya.",[],parent=("Rossiya Segodnya","sc:rossiya-segodnya",SMM_RS))
add("Q223799","TASS",["ТАСС","ITAR-TASS","Russian News Agency TASS","Информационное агентство России ТАСС"],"RU","state-owned",W("https://en.wikipedia.org/wiki/TASS","2025"),
    "Russian state-owned news agency founded in 1904, registered as a federal state unitary enterprise owned by the government of Russia.",["tass.com","tass.ru"],qid="Q223799",website="https://tass.com",wikipedia="https://en.wikipedia.org/wiki/TASS")
add("sc:vgtrk","VGTRK",["All-Russia State Television and Radio Broadcasting Company","ВГТРК","Всероссийская государственная телевизионная и радиовещательная компания"],"RU","state-controlled",SMM_VGTRK,
    "Russian state-run broadcasting company, fully owned by the federal government; runs Russia-1, Russia-24, RTR-Planeta, Vesti FM and some 80 regional channels.",["vgtrk.ru","vgtrk.com"])
add("Q211511","Russia-1",["Rossiya 1","Россия-1","Россия 1"],"RU","state-controlled",SMM_VGTRK,"Russia's main and most popular national television channel, run by the state broadcaster VGTRK.",[],parent=("VGTRK","sc:vgtrk",SMM_VGTRK),qid="Q211511",facts=[(EU_NOTE,EU)])
add("sc:russia-24","Russia-24",["Rossiya 24","Россия-24","Russia 24"],"RU","state-controlled",SMM_VGTRK,"Russian all-news television channel run by the state broadcaster VGTRK.",[],parent=("VGTRK","sc:vgtrk",SMM_VGTRK),facts=[(EU_NOTE,EU)])
add("sc:rtr-planeta","RTR-Planeta",["RTR Planeta","РТР-Планета","Rossiya RTR"],"RU","state-controlled",SMM_VGTRK,"International channel of the Russian state broadcaster VGTRK.",[],parent=("VGTRK","sc:vgtrk",SMM_VGTRK),facts=[(EU_NOTE,EU)])
add("sc:vesti","Vesti",["Vesti.ru","Вести","Vesti FM"],"RU","state-controlled",SMM_VGTRK,"News portal and radio brand of the Russian state broadcaster VGTRK.",["vesti.ru"],parent=("VGTRK","sc:vgtrk",SMM_VGTRK))
add("sc:channel-one-russia","Channel One Russia",["Channel One","Pervyi Kanal","Pervy Kanal","Первый канал","ORT"],"RU","state-controlled",W("https://statemediamonitor.com/?p=1571","2024"),
    "Russia's first national television channel; the Russian state holds 51% of its shares through state entities.",["1tv.ru","1tv.com"],facts=[(EU_NOTE+" (as Pervyi Kanal)",EU)])
add("sc:ntv-russia","NTV",["NTV Mir"],"RU","state-controlled",EU,"Russian national television channel. "+EU_NOTE,[],
    parent=("Gazprom-Media",None,W("https://www.newsbreak.com/news/2893481357557/ecuador-profile-media","2023-01-17")))
add("sc:ren-tv","REN TV",[],"RU","state-controlled",EU,"Russian television channel. "+EU_NOTE)
add("sc:tv-centre","TV Centre International",[],"RU","state-controlled",EU,"Russian television channel. "+EU_NOTE)
add("Q753932","Izvestia",["Izvestija"],"RU","state-controlled",EU,"Russian daily newspaper. "+EU_NOTE,qid="Q753932")
add("Q1853433","Rossiyskaya Gazeta",["Rossiiskaja Gazeta"],"RU","state-controlled",EU,"Russian newspaper. "+EU_NOTE,qid="Q1853433")
add("sc:zvezda","Zvezda",["Krasnaya Zvezda","Tvzvezda"],"RU","state-controlled",EU,"Russian television channel and newspaper (Krasnaya Zvezda). "+EU_NOTE)
add("Q658909","Lenta.ru",["Lenta"],"RU","state-controlled",EU,"Russian news website. "+EU_NOTE,["lenta.ru"],qid="Q658909",
    reliability=("Deprecated","Wikipedia editors found it frequently publishes conspiracy theories and Russian propaganda (articles from 12 March 2014 on).",PER))
for sid, nm, al in [("sc:voice-of-europe","Voice of Europe",[]),("sc:newsfront","NewsFront",["News Front"]),("sc:southfront","SouthFront",["South Front"]),
                    ("sc:strategic-culture-foundation","Strategic Culture Foundation",[]),("sc:oriental-review","Oriental Review",[]),("sc:new-eastern-outlook","New Eastern Outlook",[]),
                    ("sc:katehon","Katehon",[]),("sc:eadaily","EADaily",["Eurasia Daily"]),("sc:fondsk","Fondsk",[]),("sc:rubaltic","RuBaltic",[])]:
    add(sid, nm, al, "RU", "state-controlled", EU, "Outlet the EU lists (Reg. 833/2014 Annex XV) as under the permanent direct or indirect control of Russia's leadership; broadcasting suspended in the EU.")
add("Q21645214","Tsargrad",["Tsargrad TV"],"RU","state-controlled",EU,"Russian television channel and website. "+EU_NOTE,qid="Q21645214")

# ---------------- China
add("sc:china-media-group","China Media Group",["CMG"],"CN","state-controlled",SMM_CMG,
    "Chinese state-controlled broadcast group formed in 2018, accountable to the Communist Party Central Committee and the State Council; runs CCTV, CGTN, China National Radio and China Radio International.")
add("sc:cctv","China Central Television",["CCTV","中国中央电视台","央视"],"CN","state-controlled",SMM_CMG,"China's official state-owned television network, part of China Media Group.",["cctv.com"],parent=("China Media Group","sc:china-media-group",SMM_CMG),
    facts=[("State-owned broadcaster controlled by the Chinese Communist Party.",W("https://iiab.me/kiwix/content/wikipedia_en_top_maxi_2022-11/A/CCTV-Shopping_Channel","2022-11"))])
add("sc:cgtn","CGTN",["China Global Television Network","CCTV International","中国国际电视台"],"CN","state-controlled",SMM_CMG,"International arm of China's state broadcaster (formerly CCTV International), part of China Media Group.",["cgtn.com"],parent=("China Media Group","sc:china-media-group",SMM_CMG),
    reliability=("Deprecated","Wikipedia editors deprecated CGTN in 2020 for publishing false or fabricated information.",PER))
add("sc:china-national-radio","China National Radio",["CNR"],"CN","state-controlled",SMM_CMG,"China's official state-controlled radio broadcaster, part of China Media Group.",[],parent=("China Media Group","sc:china-media-group",SMM_CMG))
add("sc:china-radio-international","China Radio International",["CRI"],"CN","state-controlled",SMM_CMG,"China's international state radio service, part of China Media Group.",[],parent=("China Media Group","sc:china-media-group",SMM_CMG))
add("sc:xinhua","Xinhua News Agency",["Xinhua","New China News Agency"],"CN","state-controlled",PER,"Official state-run press agency of the People's Republic of China.",["xinhuanet.com","news.cn"])
add("Q970443","Global Times",["Huanqiu Shibao"],"CN","state-controlled",PER,"Chinese tabloid owned by the Chinese Communist Party.",["globaltimes.cn","huanqiu.com"],qid="Q970443",
    reliability=("Deprecated","Deprecated by Wikipedia editors in 2020 for publishing false or fabricated information.",PER))
add("Q851422","China Daily",["中国日报"],"CN","state-controlled",W("https://googleweblight.com/sp?hl&geid=NSTNR&u=https://en.m.wikipedia.org/wiki/China_Daily","2021"),
    "English-language daily newspaper owned by the Propaganda Department of the Chinese Communist Party.",["chinadaily.com.cn"],qid="Q851422")
add("Q54340","People's Daily",[],"CN","state-controlled",W("http://blog.kinaforum.com/2016/02/xi-wants-chinese-media-to-be-publicity.html","2016-02-20"),
    "One of China's top state-run news outlets.",[],qid="Q54340")
add("sc:sixth-tone","Sixth Tone",[],"CN","state-controlled",PER,"English-language outlet published by the government-controlled Shanghai United Media Group.",["sixthtone.com"],
    parent=("Shanghai United Media Group",None,PER))

# ---------------- Iran, Turkey, Venezuela, Belarus, North Korea, Qatar
add("Q1674127","Islamic Republic of Iran Broadcasting",["IRIB"],"IR","state-controlled",CIA("iran"),"Iran's state-run broadcaster; Iran has no private, independent broadcasters.",[],qid="Q1674127")
add("Q912429","Press TV",["PressTV"],"IR","state-owned",PER,"Iranian state-owned English-language news network.",["presstv.com","presstv.ir"],qid="Q912429",
    reliability=("Generally unreliable","Wikipedia editors consider it generally unreliable; usable as a primary source for the Iranian government's viewpoint.",PER))
add("sc:anadolu-agency","Anadolu Agency",["AA"],"TR","state-controlled",PER,"Turkish news agency with state-run status, frequently described as a mouthpiece of the Turkish government.",["aa.com.tr"])
add("Q430086","Telesur",["teleSUR","TeleSUR"],"VE","state-owned",PER,"State-owned television network based in Venezuela.",["telesurtv.net","telesurenglish.net"],qid="Q430086",
    reliability=("Deprecated","Deprecated by Wikipedia editors in 2019 as a Bolivarian propaganda outlet.",PER))
add("sc:belta","BelTA",["Belarusian Telegraph Agency","БелТА","Белорусское телеграфное агентство","Беларускае тэлеграфнае агенцтва"],"BY","state-owned",W("https://en.wikipedia.org/wiki/Belarusian_Telegraph_Agency","2017"),
    "State-owned national news agency of Belarus, founded in 1918.",["belta.by"])
add("sc:belarusian-radio","Belarusian Radio",[],"BY","state-controlled",CIA("belarus"),"State-run Belarusian radio broadcaster operating five national networks and an external service.")
add("sc:kcna","Korean Central News Agency",["KCNA"],"KP","state-controlled",W("https://en.wikipedia.org/wiki/Korean_Central_News_Agency","2025"),
    "State news agency of North Korea, controlled through the Korean Central Broadcasting Committee by the Workers' Party of Korea.",["kcna.kp","kcna.co.jp"],
    facts=[("The KCNA describes itself as the state-run agency of the DPRK that speaks for the Workers' Party of Korea and the government.",W("http://kcna.co.jp/intro.htm","2020"))])
add("Q4704134","Al Jazeera Media Network",["AJMN","Al Jazeera","Al Jazeera English","Al Jazeera Arabic","AJ+","الجزيرة"],"QA","state-controlled",W("https://statemediamonitor.com/2023/08/al-jazeera-media-network-ajmn/","2023-08"),
    "Qatar-based broadcaster (Al Jazeera Arabic, English, Balkans, Mubasher, AJ+), a 'private foundation for public benefit' funded by Qatar's Council of Ministers.",["aljazeera.net","aljazeera.com"],qid="Q4704134")

# ---------------- United States (USAGM)
add("sc:voice-of-america","Voice of America",["VOA","VoA"],"US","state-funded international broadcaster",W("https://wikimili.com/en/Voice_of_America","2024"),
    "International broadcaster funded by the US federal government, overseen by the US Agency for Global Media.",["voanews.com"],parent=("U.S. Agency for Global Media",None,SMM_USAGM))
add("sc:rferl","Radio Free Europe/Radio Liberty",["RFE/RL","Radio Liberty","Radio Svoboda","Радио Свобода"],"US","state-funded international broadcaster",USAGM_WIKI,
    "US state-funded international broadcaster, supervised by the US Agency for Global Media.",["rferl.org"],parent=("U.S. Agency for Global Media",None,SMM_USAGM))
add("sc:radio-free-asia","Radio Free Asia",["RFA"],"US","state-funded international broadcaster",PER,"US government-funded news outlet serving Asian countries.",["rfa.org"],parent=("U.S. Agency for Global Media",None,SMM_USAGM))
add("sc:alhurra","Alhurra",["Middle East Broadcasting Networks","MBN","Radio Sawa"],"US","state-funded international broadcaster",SMM_USAGM,"Arabic-language news television of the Middle East Broadcasting Networks, run under the US Agency for Global Media.",["alhurra.com","radiosawa.com"],parent=("U.S. Agency for Global Media",None,SMM_USAGM))
add("sc:radio-tv-marti","Radio and TV Martí",["Office of Cuba Broadcasting","Radio Martí","TV Martí"],"US","state-funded international broadcaster",SMM_USAGM,"US government broadcaster for Cuba (Office of Cuba Broadcasting), supervised by the US Agency for Global Media.",[],parent=("U.S. Agency for Global Media",None,SMM_USAGM))

# ---------------- Europe international broadcasters and public-service media
add("sc:deutsche-welle","Deutsche Welle",["DW","DW News"],"DE","state-funded international broadcaster",W("https://www.dw.com/en/who-finances-dw/a-36767785","2019-02-26"),
    "Germany's international broadcaster, financed from federal tax revenue.",["dw.com"],website="https://www.dw.com")
add("Q3487971","France Médias Monde",["FMM","France Medias Monde"],"FR","state-funded international broadcaster",SMM_FMM,"French state-owned company running France 24, RFI and Monte Carlo Doualiya, almost entirely funded by a state grant.",[],qid="Q3487971")
add("sc:france-24","France 24",["France24"],"FR","state-funded international broadcaster",SMM_FMM,"French international news television channel of France Médias Monde, fully owned by the French state.",[],parent=("France Médias Monde","Q3487971",SMM_FMM))
add("sc:rfi","Radio France Internationale",["RFI"],"FR","state-funded international broadcaster",SMM_FMM,"French international radio service of France Médias Monde.",[],parent=("France Médias Monde","Q3487971",SMM_FMM),
    facts=[("Radio France Internationale is under the Ministry of Foreign Affairs.",CIA("france"))])
add("sc:monte-carlo-doualiya","Monte Carlo Doualiya",["MCD"],"FR","state-funded international broadcaster",SMM_FMM,"Arabic-language radio station of France Médias Monde.",[],parent=("France Médias Monde","Q3487971",SMM_FMM))
add("Q2120364","Radio France",[],"FR","public-service broadcaster",CIA("france"),"French public radio broadcaster operating national, regional and overseas networks.",[],qid="Q2120364")
add("Q9531","BBC",["British Broadcasting Corporation","BBC News","BBC World Service"],"GB","public-service broadcaster",CIA("united-kingdom"),"The UK's public-service British Broadcasting Corporation.",["bbc.com","bbc.co.uk"],qid="Q9531",
    reliability=("Generally reliable","Wikipedia editors consider BBC News generally reliable.",PER))
add("sc:orf","ORF",["Österreichischer Rundfunk","Oesterreichischer Rundfunk"],"AT","public-service broadcaster",CIA("austria"),"Austria's public broadcaster.")
add("sc:dr-denmark","DR",["Danmarks Radio"],"DK","public-service broadcaster",CIA("denmark"),"Denmark's public broadcaster, running six TV channels and several radio stations.")
add("sc:err","ERR",["Eesti Rahvusringhaaling"],"EE","public-service broadcaster",CIA("estonia"),"Estonia's publicly owned broadcaster.")
add("sc:rte","RTÉ",["Radio Telefis Eireann","RTE"],"IE","public-service broadcaster",CIA("ireland"),"Ireland's publicly owned broadcaster.")
add("sc:rtvs","RTVS",["Radio and Television of Slovakia"],"SK","public-service broadcaster",CIA("slovakia"),"Slovakia's state-owned public broadcaster.")
add("Q960061","RTV Slovenija",["Radiotelevizija Slovenija","RTV SLO"],"SI","public-service broadcaster",CIA("slovenia"),"Slovenia's public broadcaster.",[],qid="Q960061")
add("sc:srg-ssr","SRG SSR",["Swiss Broadcasting Corporation"],"CH","public-service broadcaster",CIA("switzerland"),"Switzerland's publicly owned broadcaster.")
add("sc:rtp","RTP",["Rádio e Televisão de Portugal"],"PT","public-service broadcaster",CIA("guinea-bissau"),"Portugal's public broadcaster, which also operates RTP África.")
add("sc:rts-serbia","Radio Television of Serbia",["RTS","Радио-телевизија Србије","РТС","Radio-televizija Srbije"],"RS","state-owned",W("https://en.wikipedia.org/wiki/Radio_Television_of_Serbia","2025"),
    "Serbia's state-owned public radio and television broadcaster.",["rts.rs"],wikipedia="https://en.wikipedia.org/wiki/Radio_Television_of_Serbia",
    facts=[("The Media and Journalism Research Center classes RTS as Captured Public/State-Managed media.",W("https://statemediamonitor.com/2025/09/radio-television-of-serbia-rts","2025-09"))])
add("sc:bhrt","BHRT",["Radio and Television of Bosnia and Herzegovina"],"BA","public-service broadcaster",CIA("bosnia-and-herzegovina"),"One of Bosnia and Herzegovina's three public TV broadcasters.")
add("sc:rtrs","RTRS",["Republika Srpska Radio-TV"],"BA","public-service broadcaster",CIA("bosnia-and-herzegovina"),"Public broadcaster of Republika Srpska, one of Bosnia and Herzegovina's three public TV broadcasters.")
add("sc:suspilne","Suspilne",[],"UA","public-service broadcaster",CIA("ukraine"),"Ukraine's public broadcaster; part of the joint United News telethon on the war with Russia.")
add("sc:gpb","Georgian Public Broadcaster",["GPB"],"GE","public-service broadcaster",CIA("georgia"),"Georgia's state-owned public broadcaster (Channel 1, Channel 2, Adjara TV).")
add("sc:armenia-public-tv","Public Television of Armenia",[],"AM","state-controlled",CIA("armenia"),"Armenia's government-run public television network.")

# ---------------- Asia-Pacific
add("sc:nhk","NHK",["Japan Broadcasting Corporation","Nippon Hoso Kyokai","NHK World"],"JP","public-service broadcaster",W("https://www.jamco.or.jp/en/symposium/18/2/","2009"),
    "Japan's public broadcaster, a special entity created by the 1950 Broadcasting Law and funded by reception fees.")
add("sc:kbs","Korean Broadcasting System",["KBS"],"KR","public-service broadcaster",W("https://euromediagroup.org/mdm/reports/ed2020/south-korea-f1-geographic-distribution-of-news-media-availability","2020"),
    "South Korea's national public broadcasting company (KBS 1TV, KBS 2TV).")
add("sc:yonhap","Yonhap News Agency",["Yonhap","YNA"],"KR","state-funded",W("https://euromediagroup.org/mdm/reports/ed2020/south-korea-f3-diversity-of-news-sources","2020"),
    "South Korea's national news agency, funded by the Korea News Agency Commission, whose board is appointed by the President.")
add("Q10825953","Vietnam News Agency",["VNA","Thông tấn xã Việt Nam","VietnamPlus"],"VN","state-controlled",W("https://howlingpixel.com/i-en/Vietnam_News_Agency","2019"),
    "Official state news agency of Vietnam, a governmental agency.",["vietnamplus.vn"],qid="Q10825953")
add("Q1522776","Vietnam Television",["VTV"],"VN","state-controlled",CIA("vietnam"),"Vietnam's state-controlled national television provider.",[],qid="Q1522776")
add("Q1141479","Voice of Vietnam",["VOV"],"VN","state-controlled",CIA("vietnam"),"Vietnam's state-controlled national radio broadcaster.",[],qid="Q1141479")
add("Q781365","Australian Broadcasting Corporation",["ABC"],"AU","public-service broadcaster",CIA("australia"),"Australia's national public radio and television broadcaster.",[],qid="Q781365")
add("sc:sbs-australia","Special Broadcasting Service",["SBS"],"AU","public-service broadcaster",CIA("australia"),"Australia's multilingual public broadcaster.")
add("sc:tvnz","Television New Zealand",["TVNZ"],"NZ","state-owned",CIA("new-zealand"),"New Zealand's state-owned television broadcaster.")
add("sc:rnz","Radio New Zealand",["RNZ"],"NZ","state-owned",CIA("new-zealand"),"New Zealand's state-owned radio broadcaster, with an external service to the South Pacific.")
add("Q1763315","Doordarshan",[],"IN","public-service broadcaster",CIA("india"),"India's public television network.",[],qid="Q1763315")
add("sc:ptv","Pakistan Television Corporation",["PTV"],"PK","state-controlled",CIA("pakistan"),"Pakistan's state-run television network, the country's largest.")
add("sc:radio-pakistan","Radio Pakistan",["Pakistan Broadcasting Corporation","PBC"],"PK","state-owned",CIA("pakistan"),"Pakistan's state-owned radio broadcaster.")
add("sc:btv","Bangladesh Television",["BTV"],"BD","state-owned",CIA("bangladesh"),"Bangladesh's state-owned national television broadcaster.")
add("sc:mrtv","Myanmar Radio and Television",["MRTV"],"MM","state-owned",CIA("burma"),"Myanmar's government-owned broadcaster.")
add("sc:rtb-brunei","Radio Television Brunei",["RTB"],"BN","state-controlled",CIA("brunei"),"Brunei's state-controlled broadcaster.")
add("sc:lao-national-radio","Lao National Radio",["LNR"],"LA","state-controlled",CIA("laos"),"State-operated national radio of Laos.")
add("sc:nbc-png","National Broadcasting Corporation of Papua New Guinea",["NBC PNG"],"PG","state-controlled",CIA("papua-new-guinea"),"State-run broadcaster of Papua New Guinea.")
add("sc:ntrk","NTRK",["Ala-Too 24"],"KG","state-funded",CIA("kyrgyzstan"),"Kyrgyzstan's state-funded public TV broadcaster, operating the Ala-Too 24 news channel.")

# ---------------- Middle East
add("sc:brtc","Bahrain Radio and Television Corporation",["BRTC"],"BH","state-controlled",CIA("bahrain"),"Bahrain's state-run broadcaster.")
add("sc:jrtv","Jordan Radio and Television Corporation",["JRTV"],"JO","state-owned",CIA("jordan"),"Jordan's government-owned broadcaster.")
add("sc:radio-kuwait","Radio Kuwait",[],"KW","state-owned",CIA("kuwait"),"Kuwait's state-owned radio broadcaster.")

# ---------------- Americas
add("sc:cbc","Canadian Broadcasting Corporation",["CBC"],"CA","public-service broadcaster",CIA("canada"),"Canada's public broadcaster.")
add("sc:rci","Radio Canada International",["RCI"],"CA","public-service broadcaster",CIA("canada"),"International service of the Canadian public broadcaster CBC.",[],parent=("Canadian Broadcasting Corporation","sc:cbc",CIA("canada")))
add("sc:tvn-chile","Televisión Nacional de Chile",["TVN"],"CL","state-owned",CIA("chile"),"Chile's state-owned television network, self-financed through advertising and not under direct government control.")
add("sc:prensa-latina","Prensa Latina",[],"CU","state-controlled",CUBA,"Cuba's official news agency; Cuba's government owns all mainstream media.",["plenglish.com"])
add("sc:granma","Granma",["Granma International"],"CU","state-controlled",W("https://simple.wikipedia.org/wiki/Granma_(newspaper)","2020"),"Official newspaper of the Central Committee of the Communist Party of Cuba.")
add("sc:juventud-rebelde","Juventud Rebelde",[],"CU","state-controlled",CUBA,"Weekly official organ of Cuba's Communist Youth Union.")
add("sc:cubavision","Cubavisión",["Cubavision","Cubavisión Internacional"],"CU","state-controlled",CIA("cuba"),"Cuban national television channel; Cuba's government owns and controls all broadcast media.")
add("sc:tele-rebelde","Tele Rebelde",[],"CU","state-controlled",CIA("cuba"),"Cuban national television channel; Cuba's government owns and controls all broadcast media.")
add("sc:cbc-barbados","Caribbean Broadcasting Corporation",["CBC Barbados"],"BB","state-owned",CIA("barbados"),"Barbados's government-owned broadcaster, operating the only terrestrial TV station.")

# ---------------- Africa
add("Q1419926","South African Broadcasting Corporation",["SABC"],"ZA","state-owned",CIA("south-africa"),"South Africa's state-owned broadcaster (free-to-air TV and an 18-station radio network).",[],qid="Q1419926")
add("sc:crtv","Cameroon Radio Television",["CRTV"],"CM","state-owned",CIA("cameroon"),"Cameroon's state-owned radio and television broadcaster.")
add("sc:rti","Radiodiffusion Télévision Ivoirienne",["RTI"],"CI","state-controlled",CIA("cote-divoire"),"Côte d'Ivoire's state-controlled broadcaster.")
add("sc:snrt","Radio-Télévision Marocaine",["RTM"],"MA","state-controlled",CIA("morocco"),"Morocco's state-run broadcaster.")
add("sc:rna-angola","Radio Nacional de Angola",["RNA"],"AO","state-controlled",CIA("angola"),"Angola's state-run radio, the only broadcaster with near-national coverage.")
add("sc:znbc","Zambia National Broadcasting Corporation",["ZNBC"],"ZM","state-owned",CIA("zambia"),"Zambia's state-owned broadcaster.")
add("sc:ubc","Uganda Broadcasting Corporation",["UBC"],"UG","public-service broadcaster",CIA("uganda"),"Uganda's public broadcaster.")
add("sc:mbc-mauritius","Mauritius Broadcasting Corporation",["MBC"],"MU","public-service broadcaster",CIA("mauritius"),"Mauritius's national public TV and radio broadcaster.")
add("sc:sbc-seychelles","Seychelles Broadcasting Corporation",["SBC"],"SC","state-controlled",CIA("seychelles"),"Seychelles's state-run national broadcaster.")
add("sc:rtnb","Radio Télévision Nationale de Burundi",["RTNB"],"BI","state-controlled",CIA("burundi"),"Burundi's state-controlled broadcaster.")
add("sc:ortb","Office de Radiodiffusion et de Télévision du Bénin",["ORTB"],"BJ","state-controlled",CIA("benin"),"Benin's state-run broadcaster.")
add("sc:rnt-chad","Radiodiffusion Nationale Tchadienne",["RNT"],"TD","state-owned",CIA("chad"),"Chad's state-owned radio network.")
add("sc:tvm-madagascar","Television Malagasy",["TVM","Radio Nationale Malagasy","RNM"],"MG","state-owned",CIA("madagascar"),"Madagascar's state-owned national television (with state-owned Radio Nationale Malagasy).")

TRT_CITE = W("https://www.global-influence-ops.com/wiki/turkish-radio-and-television-corporation-trt-2/", "2024")
add("sc:trt","Turkish Radio and Television Corporation",["TRT"],"TR","state-funded",TRT_CITE,"Turkey's national public broadcaster, funded by the Turkish government and criticised for pro-government bias; runs TRT World.")
add("sc:trt-world","TRT World",[],"TR","state-funded",TRT_CITE,"English-language international news channel of Turkey's government-funded broadcaster TRT, launched in 2015.",["trtworld.com"],
    parent=("Turkish Radio and Television Corporation","sc:trt",W("https://wikimili.com/en/TRT_World","2024")))
add("sc:efe","EFE",["Agencia EFE"],"ES","state-owned",W("https://statemediamonitor.com/2025/08/efe","2025-08"),
    "Spanish news agency founded in 1939, a state-owned company whose shares are held by the state holding SEPI; the Media and Journalism Research Center finds no evidence of government control over its editorial content.",[],
    parent=("SEPI (Sociedad Estatal de Participaciones Industriales)",None,W("https://statemediamonitor.com/2025/08/efe","2025-08")))

def q(s):
    return json.dumps(s, ensure_ascii=False)
def cite(c):
    return "{src: %s, url: %s, asOf: %s}" % (c["src"], q(c["url"]), q(c["asOf"]))

out = ["# State-owned, state-controlled and state-funded outlets, and public-service broadcasters, by state.",
       "# kind follows the wording of the cited source: 'state-controlled' where it says state-run/-controlled or",
       "# party/government control, 'state-owned' where it says state-/government-owned, 'state-funded' or",
       "# 'state-funded international broadcaster' for funding without ownership claims, and 'public-service",
       "# broadcaster' where the source calls it a public (service) broadcaster. Domains only where seen on the",
       "# outlet's own pages or in the cited data. EU = Reg. 833/2014 Annex XV (EU broadcast ban on Russian media).",
       "entities:"]
seen=set()
for r in rows:
    assert r["id"] not in seen, r["id"]; seen.add(r["id"])
    sn = STATE_NAMES[r["cc"]]
    out.append(f"  - id: {r['id']}")
    if r["qid"]: out.append(f"    qid: {r['qid']}")
    out.append("    type: outlet")
    out.append(f"    name: {q(r['name'])}")
    out.append(f"    aliases: [{', '.join(q(a) for a in r['aliases'])}]")
    out.append(f"    description: {{text: {q(r['desc'])}, cite: {cite(r['cite'])}}}")
    out.append(f"    countries: [{r['cc']}]")
    links = {}
    if r["qid"]: links["wikidata"] = f"https://www.wikidata.org/wiki/{r['qid']}"
    if r["wikipedia"]: links["wikipedia"] = r["wikipedia"]
    if r["website"]: links["website"] = r["website"]
    if links: out.append("    links: {" + ", ".join(f"{k}: {q(v)}" for k,v in links.items()) + "}")
    out.append("    outlet:")
    out.append(f"      domains: [{', '.join(r['domains'])}]")
    if r["parent"]:
        pn, pid, pc = r["parent"]
        out.append("      parent: {name: %s%s, cite: %s}" % (q(pn), f", id: {q(pid)}" if pid else "", cite(pc)))
    out.append(f"      state: {{country: {r['cc']}, stateName: {q(sn)}, kind: {r['kind']}, cite: {cite(r['cite'])}}}")
    if r["reliability"]:
        st, summ, c = r["reliability"]
        out.append(f"      reliability: {{status: {q(st)}, summary: {q(summ)}, cite: {cite(c)}}}")
    if r["facts"]:
        out.append("    facts:")
        for t, c in r["facts"]:
            out.append(f"      - {{text: {q(t)}, cite: {cite(c)}}}")
print("\n".join(out))
import sys
print(len(rows), "outlets;", len({r['cc'] for r in rows}), "countries", file=sys.stderr)
