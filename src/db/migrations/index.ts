// Listed explicitly, not globbed, so the same list works from ts (jest, ts-node) and from dist/.
import { EventStore1764284400000 } from './1764284400000-EventStore';
import { Attempts1764370800000 } from './1764370800000-Attempts';
import { ApiKeys1764457200000 } from './1764457200000-ApiKeys';
import { AttemptRules1764630000000 } from './1764630000000-AttemptRules';
import { AttemptReview1764716400000 } from './1764716400000-AttemptReview';
import { SearchIndex1764889200000 } from './1764889200000-SearchIndex';
import { QuizVersions1764802800000 } from './1764802800000-QuizVersions';
import { BankQuestions1764975600000 } from './1764975600000-BankQuestions';
import { ShareQuestionKeys1765062000000 } from './1765062000000-ShareQuestionKeys';

export const migrations = [EventStore1764284400000, Attempts1764370800000, ApiKeys1764457200000, AttemptRules1764630000000, AttemptReview1764716400000, QuizVersions1764802800000, SearchIndex1764889200000, BankQuestions1764975600000, ShareQuestionKeys1765062000000];
