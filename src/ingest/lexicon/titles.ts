// Titles and roles that stand before a person's name ("President Volodymyr Zelensky", "North Korean
// leader Kim Jong Un", "coach Maria Lopez"). Matched case-insensitively, longest first.

export const TITLES: readonly string[] = [
  'president', 'vice president', 'president-elect', 'prime minister', 'deputy prime minister', 'premier',
  'chancellor', 'foreign minister', 'defence minister', 'defense minister', 'finance minister',
  'health minister', 'interior minister', 'energy minister', 'economy minister', 'minister',
  'secretary-general', 'secretary general', 'secretary of state', 'defense secretary', 'defence secretary',
  'home secretary', 'foreign secretary', 'treasury secretary', 'secretary', 'leader', 'supreme leader',
  'opposition leader', 'king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'general', 'gen.', 'lt.',
  'colonel', 'col.', 'admiral', 'commander', 'army chief', 'chief', 'chief executive', 'chief executive officer',
  'ceo', 'cfo', 'chairman', 'chairwoman', 'chair', 'director', 'director-general', 'director general',
  'managing director', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen.', 'rep.',
  'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'judge', 'justice',
  'chief justice', 'ambassador', 'envoy', 'special envoy', 'coach', 'head coach', 'manager', 'captain',
  'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'quarterback', 'professor', 'prof.', 'dr.',
  'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'officer', 'inspector', 'detective', 'sheriff',
  'police chief', 'fire chief', 'economist', 'chief economist', 'analyst', 'researcher', 'scientist',
  'lead author', 'co-author', 'astronomer', 'physicist', 'biologist', 'founder', 'co-founder', 'deputy',
  'speaker', 'lawyer', 'attorney', 'prosecutor', 'attorney general', 'district attorney', 'commissioner',
  'mp', 'lawmaker', 'negotiator', 'chief negotiator', 'union leader', 'union negotiator', 'civil protection chief', 'rapporteur', 'archbishop', 'bishop', 'cardinal', 'sir', 'dame', 'lord', 'lady',
  'administrator', 'undersecretary', 'under secretary', 'assistant secretary', 'deputy secretary', 'sheikh',
  'rabbi', 'imam', 'reverend', 'rev.', 'father', 'sister', 'brother', 'sergeant', 'sgt.', 'major', 'maj.', 'captain',
  'lieutenant', 'private', 'corporal', 'constable', 'superintendent', 'councillor', 'councilor', 'alderman',
  'minister of state', 'state secretary', 'spokesperson', 'coauthor', 'author', 'editor', 'reporter',
  'correspondent', 'commentator', 'president and ceo',
];

/** Titles that make their holder the leader of the body or country named with them. */
export const LEADER_TITLES = new Set([
  'president', 'prime minister', 'premier', 'chancellor', 'leader', 'supreme leader', 'king', 'queen',
  'emperor', 'secretary-general', 'secretary general', 'chief executive', 'chief executive officer', 'ceo',
  'chairman', 'chairwoman', 'chair', 'director', 'director-general', 'director general', 'head', 'governor',
  'mayor', 'head coach', 'coach', 'manager', 'captain', 'pope',
]);

/** Honorifics: they mark a person but are not a role worth keeping as the description. */
export const HONORIFICS = new Set(['mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'sir', 'dame', 'lord', 'lady']);
