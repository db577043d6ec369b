import { registerEnumType } from 'type-graphql';
import type { QuestionOrigin as QuestionOriginValue } from '../../workspace/questionOrigin';

export const QuestionOrigin: { [K in QuestionOriginValue]: K } = { GENERATED: 'GENERATED', EDITED: 'EDITED', OWN: 'OWN', IMPORTED: 'IMPORTED' };
registerEnumType(QuestionOrigin, {
  name: 'QuestionOrigin',
  description: 'Where a question of a quiz came from.',
  valuesConfig: {
    GENERATED: { description: 'Made by the engine from the facts; bankId is its id in Event.questionBank.' },
    EDITED: { description: 'A generated question the teacher changed; its bankId is new, derived from its content.' },
    OWN: { description: "The teacher's own question (addQuizQuestion)." },
    IMPORTED: { description: 'Imported from GIFT or Moodle XML.' },
  },
});
