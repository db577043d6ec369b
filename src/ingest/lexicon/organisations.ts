// Well-known organisations, outlets and news agencies, with the common nouns that refer back to them
// ("the alliance" for NATO, "the bloc" for the EU). Anything not listed is typed from its name.

import type { EntityKind } from '../../domain/facts';

export interface OrganisationEntry {
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
  /** Nouns a definite description uses for it: "the alliance". */
  readonly nouns: readonly string[];
}

const org = (name: string, kind: EntityKind, aliases: string[], nouns: string[]): OrganisationEntry => ({
  name,
  kind,
  aliases,
  nouns,
});

export const ORGANISATIONS: readonly OrganisationEntry[] = [
  org('NATO', 'ORGANIZATION', ['North Atlantic Treaty Organization', 'Nato'], ['alliance', 'organization', 'organisation']),
  org('European Union', 'ORGANIZATION', ['EU', 'E.U.'], ['bloc', 'union']),
  org('United Nations', 'ORGANIZATION', ['UN', 'U.N.'], ['organization', 'organisation', 'body']),
  org('UN Security Council', 'ORGANIZATION', ['Security Council'], ['council']),
  org('International Monetary Fund', 'ORGANIZATION', ['IMF'], ['fund', 'lender']),
  org('World Bank', 'ORGANIZATION', [], ['bank', 'lender']),
  org('World Health Organization', 'ORGANIZATION', ['WHO'], ['organization', 'agency']),
  org('World Trade Organization', 'ORGANIZATION', ['WTO'], ['organization', 'body']),
  org('European Central Bank', 'AGENCY', ['ECB'], ['bank', 'central bank']),
  org('Federal Reserve', 'AGENCY', ['the Fed', 'Fed'], ['central bank', 'bank']),
  org('Bank of England', 'AGENCY', [], ['central bank', 'bank']),
  org('Bank of Japan', 'AGENCY', [], ['central bank', 'bank']),
  org('OPEC', 'ORGANIZATION', [], ['cartel', 'group']),
  org('African Union', 'ORGANIZATION', ['AU'], ['bloc', 'union']),
  org('G7', 'GROUP', ['Group of Seven'], ['group']),
  org('G20', 'GROUP', ['Group of 20'], ['group']),
  org('Red Cross', 'ORGANIZATION', ['International Committee of the Red Cross', 'ICRC'], ['organization', 'charity']),
  org('Amnesty International', 'ORGANIZATION', [], ['group', 'organization']),
  org('Human Rights Watch', 'ORGANIZATION', [], ['group', 'organization']),
  org('International Criminal Court', 'ORGANIZATION', ['ICC'], ['court']),
  org('Supreme Court', 'GOVERNMENT', [], ['court']),
  org('Pentagon', 'AGENCY', ['the Pentagon'], ['department']),
  org('Kremlin', 'GOVERNMENT', ['the Kremlin'], []),
  org('White House', 'GOVERNMENT', ['the White House'], []),
  org('NASA', 'AGENCY', [], ['agency', 'space agency']),
  org('European Space Agency', 'AGENCY', ['ESA'], ['agency', 'space agency']),
  org('Hamas', 'GROUP', [], ['group', 'militant group']),
  org('Hezbollah', 'GROUP', [], ['group', 'militant group']),
  org('FIFA', 'ORGANIZATION', [], ['governing body', 'body']),
  org('UEFA', 'ORGANIZATION', [], ['governing body', 'body']),
  org('International Olympic Committee', 'ORGANIZATION', ['IOC'], ['committee']),
  org('National Intelligence Service', 'AGENCY', ['NIS'], ['agency', 'spy agency', 'intelligence agency']),
  org('Apple', 'ORGANIZATION', [], ['company', 'firm', 'tech giant']),
  org('Google', 'ORGANIZATION', [], ['company', 'firm', 'tech giant']),
  org('Microsoft', 'ORGANIZATION', [], ['company', 'firm', 'tech giant']),
  org('Amazon', 'ORGANIZATION', [], ['company', 'firm', 'retailer']),
  org('Meta', 'ORGANIZATION', [], ['company', 'firm']),
  org('Tesla', 'ORGANIZATION', [], ['company', 'carmaker', 'automaker']),
  org('Boeing', 'ORGANIZATION', [], ['company', 'planemaker', 'manufacturer']),
  org('Airbus', 'ORGANIZATION', [], ['company', 'planemaker', 'manufacturer']),
];

/** News outlets and wire agencies: a quote "according to" them is reported through them. */
export const OUTLETS: readonly OrganisationEntry[] = [
  org('Yonhap News Agency', 'OUTLET', ['Yonhap'], ['agency', 'news agency']),
  org('Associated Press', 'OUTLET', ['AP', 'The Associated Press'], ['agency', 'news agency']),
  org('Reuters', 'OUTLET', [], ['agency', 'news agency']),
  org('Agence France-Presse', 'OUTLET', ['AFP'], ['agency', 'news agency']),
  org('Bloomberg', 'OUTLET', ['Bloomberg News'], ['agency']),
  org('BBC', 'OUTLET', ['British Broadcasting Corporation'], ['broadcaster']),
  org('CNN', 'OUTLET', [], ['network', 'broadcaster']),
  org('Al Jazeera', 'OUTLET', [], ['broadcaster', 'network']),
  org('The New York Times', 'OUTLET', ['New York Times'], ['newspaper', 'paper']),
  org('The Washington Post', 'OUTLET', ['Washington Post'], ['newspaper', 'paper']),
  org('The Wall Street Journal', 'OUTLET', ['Wall Street Journal', 'WSJ'], ['newspaper', 'paper']),
  org('Financial Times', 'OUTLET', ['FT'], ['newspaper', 'paper']),
  org('The Guardian', 'OUTLET', ['Guardian'], ['newspaper', 'paper']),
  org('TASS', 'OUTLET', [], ['agency', 'news agency']),
  org('RIA Novosti', 'OUTLET', [], ['agency', 'news agency']),
  org('Xinhua', 'OUTLET', ['Xinhua News Agency'], ['agency', 'news agency']),
  org('Kyodo News', 'OUTLET', ['Kyodo'], ['agency', 'news agency']),
  org('KCNA', 'OUTLET', ['Korean Central News Agency'], ['agency', 'news agency']),
  org('NBC News', 'OUTLET', ['NBC'], ['network']),
  org('CBS News', 'OUTLET', ['CBS'], ['network']),
  org('ABC News', 'OUTLET', [], ['network']),
  org('Fox News', 'OUTLET', [], ['network']),
  org('NPR', 'OUTLET', [], ['broadcaster']),
  org('Politico', 'OUTLET', [], ['outlet']),
  org('Axios', 'OUTLET', [], ['outlet']),
];

/**
 * Last words of a name that say what kind of body it is ("Acme Corp", "Ministry of Defence" is
 * handled by its first word), and the common nouns that later refer back to it.
 */
export const NAME_HEADS: ReadonlyMap<string, { kind: EntityKind; nouns: readonly string[] }> = new Map(
  (
    [
      ['Agency', 'AGENCY', ['agency']],
      ['Service', 'AGENCY', ['agency', 'service']],
      ['Ministry', 'AGENCY', ['ministry']],
      ['Department', 'AGENCY', ['department']],
      ['Bureau', 'AGENCY', ['bureau', 'agency']],
      ['Office', 'AGENCY', ['office']],
      ['Commission', 'AGENCY', ['commission']],
      ['Authority', 'AGENCY', ['authority', 'regulator']],
      ['Administration', 'AGENCY', ['administration', 'agency']],
      ['Police', 'AGENCY', ['police', 'force']],
      ['Army', 'AGENCY', ['army', 'military']],
      ['Navy', 'AGENCY', ['navy']],
      ['Survey', 'AGENCY', ['agency', 'survey']],
      ['Guard', 'AGENCY', ['guard']],
      ['Inc', 'ORGANIZATION', ['company', 'firm']],
      ['Inc.', 'ORGANIZATION', ['company', 'firm']],
      ['Corp', 'ORGANIZATION', ['company', 'firm']],
      ['Corp.', 'ORGANIZATION', ['company', 'firm']],
      ['Corporation', 'ORGANIZATION', ['company', 'firm']],
      ['Ltd', 'ORGANIZATION', ['company', 'firm']],
      ['plc', 'ORGANIZATION', ['company', 'firm']],
      ['Company', 'ORGANIZATION', ['company', 'firm']],
      ['Group', 'ORGANIZATION', ['group', 'company']],
      ['Holdings', 'ORGANIZATION', ['company', 'group']],
      ['Bank', 'ORGANIZATION', ['bank', 'lender']],
      ['Airlines', 'ORGANIZATION', ['airline', 'carrier', 'company']],
      ['Airways', 'ORGANIZATION', ['airline', 'carrier', 'company']],
      ['Motors', 'ORGANIZATION', ['carmaker', 'company']],
      ['Energy', 'ORGANIZATION', ['company', 'firm']],
      ['Technologies', 'ORGANIZATION', ['company', 'firm']],
      ['Pharmaceuticals', 'ORGANIZATION', ['company', 'drugmaker']],
      ['University', 'ORGANIZATION', ['university']],
      ['College', 'ORGANIZATION', ['college']],
      ['Institute', 'ORGANIZATION', ['institute']],
      ['Laboratory', 'ORGANIZATION', ['laboratory', 'lab']],
      ['Observatory', 'ORGANIZATION', ['observatory']],
      ['Hospital', 'ORGANIZATION', ['hospital']],
      ['Foundation', 'ORGANIZATION', ['foundation', 'charity']],
      ['Fund', 'ORGANIZATION', ['fund']],
      ['Association', 'ORGANIZATION', ['association']],
      ['Council', 'ORGANIZATION', ['council']],
      ['Committee', 'ORGANIZATION', ['committee']],
      ['Union', 'ORGANIZATION', ['union']],
      ['Federation', 'ORGANIZATION', ['federation']],
      ['League', 'ORGANIZATION', ['league']],
      ['Organization', 'ORGANIZATION', ['organization']],
      ['Organisation', 'ORGANIZATION', ['organisation']],
      ['Court', 'GOVERNMENT', ['court']],
      ['Parliament', 'GOVERNMENT', ['parliament']],
      ['Congress', 'GOVERNMENT', ['congress']],
      ['Senate', 'GOVERNMENT', ['senate', 'chamber']],
      ['Assembly', 'GOVERNMENT', ['assembly']],
      ['Government', 'GOVERNMENT', ['government']],
      ['Party', 'GROUP', ['party']],
      ['Movement', 'GROUP', ['movement', 'group']],
      ['Coalition', 'GROUP', ['coalition', 'group']],
      ['Alliance', 'GROUP', ['alliance', 'group']],
      ['Brigade', 'GROUP', ['brigade', 'group']],
      ['Club', 'ORGANIZATION', ['club']],
      ['FC', 'ORGANIZATION', ['club', 'team']],
      ['United', 'ORGANIZATION', ['club', 'team']],
      ['Rovers', 'ORGANIZATION', ['club', 'team']],
      ['News', 'OUTLET', ['outlet']],
      ['Times', 'OUTLET', ['newspaper', 'paper']],
      ['Post', 'OUTLET', ['newspaper', 'paper']],
      ['Journal', 'OUTLET', ['journal', 'newspaper']],
      ['Herald', 'OUTLET', ['newspaper', 'paper']],
      ['Tribune', 'OUTLET', ['newspaper', 'paper']],
      ['Gazette', 'OUTLET', ['newspaper', 'paper']],
    ] as const
  ).map(([head, kind, nouns]) => [head, { kind, nouns }]),
);

/** First words of a name that type it: "Ministry of Defence", "University of Oxford". */
export const NAME_FIRST_WORDS: ReadonlyMap<string, { kind: EntityKind; nouns: readonly string[] }> = new Map(
  (
    [
      ['Ministry', 'AGENCY', ['ministry']],
      ['Department', 'AGENCY', ['department']],
      ['Office', 'AGENCY', ['office']],
      ['University', 'ORGANIZATION', ['university']],
      ['Bank', 'ORGANIZATION', ['bank']],
      ['Court', 'GOVERNMENT', ['court']],
      ['Institute', 'ORGANIZATION', ['institute']],
    ] as const
  ).map(([head, kind, nouns]) => [head, { kind, nouns }]),
);

/**
 * Descriptions of a country's bodies: "South Korea's spy agency", "the Japanese foreign ministry".
 * Longest first so "central bank" wins over "bank".
 */
export const BODY_NOUNS: ReadonlyMap<string, EntityKind> = new Map([
  ['spy agency', 'AGENCY'],
  ['intelligence agency', 'AGENCY'],
  ['intelligence service', 'AGENCY'],
  ['intelligence services', 'AGENCY'],
  ['space agency', 'AGENCY'],
  ['weather agency', 'AGENCY'],
  ['meteorological agency', 'AGENCY'],
  ['statistics agency', 'AGENCY'],
  ['statistics office', 'AGENCY'],
  ['foreign ministry', 'AGENCY'],
  ['defence ministry', 'AGENCY'],
  ['defense ministry', 'AGENCY'],
  ['health ministry', 'AGENCY'],
  ['interior ministry', 'AGENCY'],
  ['finance ministry', 'AGENCY'],
  ['justice ministry', 'AGENCY'],
  ['central bank', 'AGENCY'],
  ['military', 'AGENCY'],
  ['army', 'AGENCY'],
  ['navy', 'AGENCY'],
  ['air force', 'AGENCY'],
  ['coast guard', 'AGENCY'],
  ['police', 'AGENCY'],
  ['government', 'GOVERNMENT'],
  ['cabinet', 'GOVERNMENT'],
  ['parliament', 'GOVERNMENT'],
  ['administration', 'GOVERNMENT'],
  ['supreme court', 'GOVERNMENT'],
]);
