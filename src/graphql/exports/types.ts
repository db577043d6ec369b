import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EXPORT_FORMATS, type ExportFormat as ExportFormatValue } from '../../export';

export const ExportFormat = Object.fromEntries(EXPORT_FORMATS.map((f) => [f, f])) as { [K in ExportFormatValue]: K };
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'File formats the tools educators teach with import.',
  valuesConfig: {
    GIFT: { description: 'Moodle GIFT text.' },
    MOODLE_XML: { description: 'Moodle XML question bank.' },
    QTI12: { description: 'IMS QTI 1.2 content package (zip): Canvas Classic Quizzes, Blackboard, Brightspace.' },
    QTI21: { description: 'IMS QTI 2.1 content package (zip).' },
    QTI30: { description: 'IMS QTI 3.0 content package (zip).' },
    COMMON_CARTRIDGE: { description: 'IMS Common Cartridge 1.3 (.imscc): the quiz and the article: Canvas, Moodle, Brightspace, Schoology, Sakai.' },
    AIKEN: { description: 'Aiken plain multiple choice.' },
    KAHOOT: { description: 'Kahoot spreadsheet (xlsx).' },
    QUIZIZZ: { description: 'Quizizz spreadsheet (xlsx).' },
    BLOOKET: { description: 'Blooket CSV.' },
    GIMKIT: { description: 'Gimkit CSV.' },
    BLACKBOARD: { description: 'Blackboard Learn "Upload Questions" tab-separated text.' },
    BRIGHTSPACE: { description: 'Brightspace (D2L) Question Library CSV import.' },
    QUIZLET: { description: 'Quizlet import text: one flashcard a line, term and definition split by a tab.' },
    ANKI: { description: 'Anki deck (.apkg): one card a question, the answer, explanation and cited sentence on the back.' },
    WORKSHEET_HTML: { description: 'Printable worksheet with a separate answer key (HTML).' },
    MARKDOWN: { description: 'Markdown with an answer key.' },
  },
});

export enum ContentEncoding {
  TEXT = 'TEXT',
  BASE64 = 'BASE64',
}
registerEnumType(ContentEncoding, { name: 'ContentEncoding', description: 'How `content` is written: UTF-8 text, or base64 for binary files.' });

@ObjectType({ description: 'Something an educator must know about an export: a question converted or left out, and why.' })
export class ExportWarning {
  @Field(() => ID, { nullable: true }) questionId!: string | null;
  @Field() message!: string;
}

@ObjectType({ description: 'A quiz as a file for another tool.' })
export class ExportedQuizFile {
  @Field() filename!: string;
  @Field() mediaType!: string;
  @Field(() => ContentEncoding) encoding!: ContentEncoding;
  @Field({ description: 'The file: text as-is, or base64 when `encoding` is BASE64.' }) content!: string;
  @Field({ description: 'A link that downloads the same file (GET, with Content-Disposition); signed, so it works without the API key, for an hour.' }) downloadPath!: string;
  @Field(() => [ExportWarning]) warnings!: ExportWarning[];
}
