import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { ExportFormat as ExportFormatValue } from '../../export';
import { exportStoredQuiz, formatSlug } from '../../quizzes/exportStoredQuiz';
import type { StoredQuiz } from '../../quizzes/storedQuiz';
import { quizReader } from '../access';
import { toGlobalId } from '../common/globalId';
import type { Context } from '../context';
import { QuizType } from '../quizzes/types';
import { ContentEncoding, ExportedQuizFile, ExportFormat } from './types';

@Resolver(() => QuizType)
export class QuizExportResolver {
  @FieldResolver(() => ExportedQuizFile, { nullable: true, description: 'The quiz as a file in `format`, with warnings for questions converted or left out.' })
  async export(
    @Root() quiz: StoredQuiz,
    @Arg('format', () => ExportFormat) format: ExportFormatValue,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ExportedQuizFile> {
    const viewer = await quizReader(ctx, info, quiz);
    const file = await exportStoredQuiz(ctx.dataSource, quiz, format);
    return {
      filename: file.filename,
      mediaType: file.mediaType,
      encoding: file.binary ? ContentEncoding.BASE64 : ContentEncoding.TEXT,
      content: file.binary ? file.content.toString('base64') : file.content.toString('utf8'),
      downloadPath: ctx.signDownloadPath(`/quizzes/${toGlobalId('Quiz', quiz.id)}/export/${formatSlug(format)}`, viewer.keyId),
      warnings: file.warnings,
    };
  }
}
