// Common nouns for what a person is or does ("spokeswoman", "coach", "a town planner"): a name set
// off next to one as an appositive ("Shirley Phelps-Roper, the Church's spokeswoman") is a person's.

export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'spokeswoman', 'spokesman', 'spokesperson', 'coach', 'manager', 'leader', 'chairman', 'chairwoman', 'chair',
  'president', 'minister', 'secretary', 'director', 'chief', 'founder', 'co-founder', 'professor', 'planner',
  'graduate', 'commoner', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow',
  'player', 'striker', 'defender', 'midfielder', 'goalkeeper', 'quarterback', 'captain', 'officer', 'lawyer',
  'attorney', 'doctor', 'author', 'editor', 'reporter', 'correspondent', 'analyst', 'researcher', 'scientist',
  'student', 'teacher', 'executive', 'deputy', 'second-in-command', 'aide', 'adviser', 'advisor', 'resident',
  'singer', 'actor', 'actress', 'artist', 'writer', 'journalist', 'activist', 'politician', 'senator', 'governor',
  'mayor', 'judge', 'prosecutor', 'detective', 'nurse', 'engineer', 'economist', 'astronomer', 'physicist',
  'candidate', 'lawmaker', 'legislator', 'ambassador', 'envoy', 'diplomat', 'priest', 'bishop', 'imam', 'rabbi',
  'pastor', 'boy', 'girl', 'man', 'woman', 'survivor', 'victim', 'witness', 'suspect', 'defendant', 'friend',
  'colleague', 'partner', 'owner', 'chef', 'farmer', 'pilot', 'soldier', 'general', 'commander', 'head',
]);
