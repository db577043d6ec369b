// Countries: canonical name, other names, demonyms (adjectives), capital.
import moreCountries from './moreCountries.json';
//
// Kept as compact rows because the list is data, not logic. The capital matters for metonymy
// ("Kyiv would share more information" means Ukraine's government).

export interface CountryEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capital: string | null;
  /** From the generated list (moreCountries.json), not a curated row. */
  readonly generated?: boolean;
}

// name | aliases | demonyms | capital
const ROWS = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani|Baku
Bangladesh||Bangladeshi|Dhaka
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Brazil||Brazilian|Brasilia
Bulgaria||Bulgarian|Sofia
Cambodia||Cambodian|Phnom Penh
Canada||Canadian|Ottawa
Chile||Chilean|Santiago
China|People's Republic of China|Chinese|Beijing
Colombia||Colombian|Bogota
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Egypt||Egyptian|Cairo
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish|Helsinki
France||French|Paris
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran||Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kosovo||Kosovar|Pristina
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Malaysia||Malaysian|Kuala Lumpur
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Morocco||Moroccan|Rabat
Myanmar|Burma|Myanmar,Burmese|Naypyidaw
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|the Netherlands,Holland|Dutch|Amsterdam
New Zealand||New Zealand|Wellington
Nigeria||Nigerian|Abuja
North Korea|DPRK,Democratic People's Republic of Korea|North Korean|Pyongyang
Norway||Norwegian|Oslo
Pakistan||Pakistani|Islamabad
Peru||Peruvian|Lima
Philippines|the Philippines|Filipino,Philippine|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Saudi Arabia||Saudi|Riyadh
Serbia||Serbian|Belgrade
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea,ROK|South Korean|Seoul
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Thailand||Thai|Bangkok
Turkey|Turkiye,Türkiye|Turkish|Ankara
Ukraine||Ukrainian|Kyiv
United Arab Emirates|UAE|Emirati|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|British|London
United States|U.S.,US,USA,U.S.A.,America,United States of America|American|Washington
Venezuela||Venezuelan|Caracas
Vietnam||Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
Zimbabwe||Zimbabwean|Harare
`;

const CURATED: readonly CountryEntry[] = ROWS.trim()
  .split('\n')
  .map((row) => {
    const [name = '', aliases = '', demonyms = '', capital = ''] = row.split('|');
    const list = (cell: string): string[] => (cell ? cell.split(',') : []);
    return { name, aliases: list(aliases), demonyms: list(demonyms), capital: capital || null };
  });

/** The curated rows, then every other country and territory by name (scripts/buildGazetteer.ts). */
export const COUNTRIES: readonly CountryEntry[] = [
  ...CURATED,
  ...moreCountries.countries.map((c) => ({ name: c.name, aliases: [], demonyms: [], capital: null, generated: true })),
];
