import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SEARCH_KINDS, type SearchKind } from '../../search/searchStore';
import { PageInfo } from '../common/connection';
import { Node } from '../common/node';

export const SearchType = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as { [K in SearchKind]: K };
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'What a search looks through.',
  valuesConfig: {
    ARTICLE: { description: 'Articles, by headline and text.' },
    CLAIM: { description: 'Claims, by paraphrase and quote.' },
    ENTITY: { description: 'People, places and organisations, by name, description and aliases.' },
    QUIZ: { description: "Quizzes, by title: the key's own (an admin's, every quiz); needs a key." },
  },
});

@ObjectType('TextRange', { description: 'A span of a text: [start, end) in UTF-16 code units.' })
export class TextRange {
  @Field(() => Int, { description: 'Offset of the first character.' }) start!: number;
  @Field(() => Int, { description: 'Offset just past the last character.' }) end!: number;
}

@ObjectType('SearchSnippet', { description: 'A short piece of the matched text around its best match, with the matched words marked.' })
export class SearchSnippet {
  @Field({ description: 'Plain text (never HTML); "…" where it was cut.' }) text!: string;
  @Field(() => [TextRange], { description: 'Where `text` holds the words searched for, in order.' }) highlights!: TextRange[];
}

@ObjectType('SearchEdge', { description: 'One match: the object, where it ranks and why it matched.' })
export class SearchEdge {
  @Field({ description: 'Pass as `after` or `before` to page from this match.' }) cursor!: string;
  @Field(() => Node, { description: 'The Article, Claim, NewsEntity or Quiz matched.' }) node!: Node;
  @Field(() => SearchType, { description: 'What `node` is.' }) type!: SearchKind;
  @Field(() => Int, { description: 'Its place in the ranking, 1 for the best match.' }) rank!: number;
  @Field(() => SearchSnippet, { description: 'Why it matched: the words found, in their context.' }) snippet!: SearchSnippet;
}

@ObjectType('SearchConnection', { description: 'Matches of a search, best first.' })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The matches of this page, best first.' }) edges!: SearchEdge[];
  @Field(() => [Node], { description: 'The nodes of `edges`, for clients that need no ranks, snippets or cursors.' }) nodes!: Node[];
  @Field(() => PageInfo, { description: 'Where this page sits among all the matches.' }) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'All matches, over every page (at most 1,000: past that, search for more words).' }) totalCount!: number;
}

