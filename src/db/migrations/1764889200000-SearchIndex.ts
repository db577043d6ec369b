// Full-text search over articles, claims, entities and quizzes (issue 12 §2): one search document per
// object, kept by triggers on the tables it comes from, so every writer (ingest, seeding, merges)
// keeps it current without knowing it exists. Raw SQL, unlike the other migrations: full-text
// search is each engine's own. SQLite: an FTS5 table (Porter stemmer, diacritics folded). PostgreSQL:
// a table with a generated tsvector ('english' configuration) and a GIN index.
//
// A document's id is its object's id * 4 + its kind (0 quiz, 1 article, 2 claim, 3 entity): one number,
// so both engines find a document to update or delete by its key, without a scan.
// The title weighs more than the body: an article's headline, a claim's paraphrase (its quote is
// the body), an entity's name (its description and aliases are the body), a quiz's title (no body:
// who may find a quiz is its owner's business, checked where the search runs).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const SQLITE_UP = [
  `CREATE VIRTUAL TABLE search_document USING fts5(kind UNINDEXED, target_id UNINDEXED, title, body, tokenize = 'porter unicode61 remove_diacritics 2')`,
  // Entities: description and the names it also goes by (the canonical name is the title).
  `CREATE VIEW search_entity_body AS SELECT e.id AS id, trim(coalesce(e.description, '') || ' ' || coalesce((SELECT group_concat(a.alias, ' ') FROM entity_alias a WHERE a.entity_id = e.id AND a.is_alias = 1), '')) AS body FROM news_entity e`,
  `CREATE TRIGGER search_article_insert AFTER INSERT ON article BEGIN
     INSERT INTO search_document (rowid, kind, target_id, title, body) VALUES (new.id * 4 + 1, 'ARTICLE', new.id, coalesce(new.title, ''), new.body);
   END`,
  `CREATE TRIGGER search_article_update AFTER UPDATE OF title, body ON article BEGIN
     UPDATE search_document SET title = coalesce(new.title, ''), body = new.body WHERE rowid = new.id * 4 + 1;
   END`,
  `CREATE TRIGGER search_article_delete AFTER DELETE ON article BEGIN DELETE FROM search_document WHERE rowid = old.id * 4 + 1; END`,
  `CREATE TRIGGER search_claim_insert AFTER INSERT ON claim BEGIN
     INSERT INTO search_document (rowid, kind, target_id, title, body) VALUES (new.id * 4 + 2, 'CLAIM', new.id, new.paraphrase, coalesce(new.quote, ''));
   END`,
  `CREATE TRIGGER search_claim_update AFTER UPDATE OF paraphrase, quote ON claim BEGIN
     UPDATE search_document SET title = new.paraphrase, body = coalesce(new.quote, '') WHERE rowid = new.id * 4 + 2;
   END`,
  `CREATE TRIGGER search_claim_delete AFTER DELETE ON claim BEGIN DELETE FROM search_document WHERE rowid = old.id * 4 + 2; END`,
  `CREATE TRIGGER search_entity_insert AFTER INSERT ON news_entity BEGIN
     INSERT INTO search_document (rowid, kind, target_id, title, body) VALUES (new.id * 4 + 3, 'ENTITY', new.id, new.name, coalesce(new.description, ''));
   END`,
  `CREATE TRIGGER search_entity_update AFTER UPDATE OF name, description ON news_entity BEGIN
     UPDATE search_document SET title = new.name, body = (SELECT body FROM search_entity_body WHERE id = new.id) WHERE rowid = new.id * 4 + 3;
   END`,
  `CREATE TRIGGER search_entity_delete AFTER DELETE ON news_entity BEGIN DELETE FROM search_document WHERE rowid = old.id * 4 + 3; END`,
  // The canonical name is stored as an alias row too (is_alias false): it is the title already.
  `CREATE TRIGGER search_alias_insert AFTER INSERT ON entity_alias WHEN new.is_alias = 1 BEGIN
     UPDATE search_document SET body = trim(body || ' ' || new.alias) WHERE rowid = new.entity_id * 4 + 3;
   END`,
  `CREATE TRIGGER search_alias_update AFTER UPDATE ON entity_alias BEGIN
     UPDATE search_document SET body = (SELECT body FROM search_entity_body WHERE id = old.entity_id) WHERE rowid = old.entity_id * 4 + 3;
     UPDATE search_document SET body = (SELECT body FROM search_entity_body WHERE id = new.entity_id) WHERE rowid = new.entity_id * 4 + 3;
   END`,
  `CREATE TRIGGER search_alias_delete AFTER DELETE ON entity_alias BEGIN
     UPDATE search_document SET body = (SELECT body FROM search_entity_body WHERE id = old.entity_id) WHERE rowid = old.entity_id * 4 + 3;
   END`,
  `CREATE TRIGGER search_quiz_insert AFTER INSERT ON quiz BEGIN
     INSERT INTO search_document (rowid, kind, target_id, title, body) VALUES (new.id * 4, 'QUIZ', new.id, new.title, '');
   END`,
  `CREATE TRIGGER search_quiz_update AFTER UPDATE OF title ON quiz BEGIN UPDATE search_document SET title = new.title WHERE rowid = new.id * 4; END`,
  `CREATE TRIGGER search_quiz_delete AFTER DELETE ON quiz BEGIN DELETE FROM search_document WHERE rowid = old.id * 4; END`,
  // What was stored before this migration.
  `INSERT INTO search_document (rowid, kind, target_id, title, body) SELECT id * 4, 'QUIZ', id, title, '' FROM quiz`,
  `INSERT INTO search_document (rowid, kind, target_id, title, body) SELECT id * 4 + 1, 'ARTICLE', id, coalesce(title, ''), body FROM article`,
  `INSERT INTO search_document (rowid, kind, target_id, title, body) SELECT id * 4 + 2, 'CLAIM', id, paraphrase, coalesce(quote, '') FROM claim`,
  `INSERT INTO search_document (rowid, kind, target_id, title, body) SELECT e.id * 4 + 3, 'ENTITY', e.id, e.name, b.body FROM news_entity e JOIN search_entity_body b ON b.id = e.id`,
];

const SQLITE_DOWN = [
  ...['article', 'claim', 'entity', 'quiz'].flatMap((t) => ['insert', 'update', 'delete'].map((op) => `DROP TRIGGER search_${t}_${op}`)),
  ...['insert', 'update', 'delete'].map((op) => `DROP TRIGGER search_alias_${op}`),
  'DROP VIEW search_entity_body',
  'DROP TABLE search_document',
];

const POSTGRES_UP = [
  `CREATE TABLE search_document (
     id bigint PRIMARY KEY,
     kind varchar(16) NOT NULL,
     target_id integer NOT NULL,
     title text NOT NULL,
     body text NOT NULL,
     document tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED
   )`,
  'CREATE INDEX ix_search_document_document ON search_document USING gin (document)',
  `CREATE VIEW search_entity_body AS SELECT e.id AS id, trim(coalesce(e.description, '') || ' ' || coalesce((SELECT string_agg(a.alias, ' ' ORDER BY a.id) FROM entity_alias a WHERE a.entity_id = e.id AND a.is_alias), '')) AS body FROM news_entity e`,
  `CREATE FUNCTION search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_TABLE_NAME = 'quiz' THEN
       IF TG_OP = 'DELETE' THEN DELETE FROM search_document WHERE id = OLD.id * 4; RETURN OLD; END IF;
       INSERT INTO search_document (id, kind, target_id, title, body) VALUES (NEW.id * 4, 'QUIZ', NEW.id, NEW.title, '')
         ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title;
     ELSIF TG_TABLE_NAME = 'article' THEN
       IF TG_OP = 'DELETE' THEN DELETE FROM search_document WHERE id = OLD.id * 4 + 1; RETURN OLD; END IF;
       INSERT INTO search_document (id, kind, target_id, title, body) VALUES (NEW.id * 4 + 1, 'ARTICLE', NEW.id, coalesce(NEW.title, ''), NEW.body)
         ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body;
     ELSIF TG_TABLE_NAME = 'claim' THEN
       IF TG_OP = 'DELETE' THEN DELETE FROM search_document WHERE id = OLD.id * 4 + 2; RETURN OLD; END IF;
       INSERT INTO search_document (id, kind, target_id, title, body) VALUES (NEW.id * 4 + 2, 'CLAIM', NEW.id, NEW.paraphrase, coalesce(NEW.quote, ''))
         ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body;
     ELSIF TG_TABLE_NAME = 'news_entity' THEN
       IF TG_OP = 'DELETE' THEN DELETE FROM search_document WHERE id = OLD.id * 4 + 3; RETURN OLD; END IF;
       INSERT INTO search_document (id, kind, target_id, title, body) SELECT NEW.id * 4 + 3, 'ENTITY', NEW.id, NEW.name, b.body FROM search_entity_body b WHERE b.id = NEW.id
         ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body;
     ELSE
       -- The canonical name is stored as an alias row too (is_alias false): it is the title already.
       IF TG_OP = 'INSERT' AND NOT NEW.is_alias THEN RETURN NEW; END IF;
       IF TG_OP <> 'INSERT' THEN UPDATE search_document SET body = b.body FROM search_entity_body b WHERE b.id = OLD.entity_id AND search_document.id = OLD.entity_id * 4 + 3; END IF;
       IF TG_OP <> 'DELETE' THEN UPDATE search_document SET body = b.body FROM search_entity_body b WHERE b.id = NEW.entity_id AND search_document.id = NEW.entity_id * 4 + 3; END IF;
       IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
     END IF;
     RETURN NEW;
   END $$`,
  'CREATE TRIGGER search_article AFTER INSERT OR UPDATE OF title, body OR DELETE ON article FOR EACH ROW EXECUTE FUNCTION search_sync()',
  'CREATE TRIGGER search_claim AFTER INSERT OR UPDATE OF paraphrase, quote OR DELETE ON claim FOR EACH ROW EXECUTE FUNCTION search_sync()',
  'CREATE TRIGGER search_entity AFTER INSERT OR UPDATE OF name, description OR DELETE ON news_entity FOR EACH ROW EXECUTE FUNCTION search_sync()',
  'CREATE TRIGGER search_alias AFTER INSERT OR UPDATE OR DELETE ON entity_alias FOR EACH ROW EXECUTE FUNCTION search_sync()',
  'CREATE TRIGGER search_quiz AFTER INSERT OR UPDATE OF title OR DELETE ON quiz FOR EACH ROW EXECUTE FUNCTION search_sync()',
  `INSERT INTO search_document (id, kind, target_id, title, body) SELECT id * 4, 'QUIZ', id, title, '' FROM quiz`,
  `INSERT INTO search_document (id, kind, target_id, title, body) SELECT id * 4 + 1, 'ARTICLE', id, coalesce(title, ''), body FROM article`,
  `INSERT INTO search_document (id, kind, target_id, title, body) SELECT id * 4 + 2, 'CLAIM', id, paraphrase, coalesce(quote, '') FROM claim`,
  `INSERT INTO search_document (id, kind, target_id, title, body) SELECT e.id * 4 + 3, 'ENTITY', e.id, e.name, b.body FROM news_entity e JOIN search_entity_body b ON b.id = e.id`,
];

const POSTGRES_DOWN = [
  ...['article', 'claim', 'entity', 'alias', 'quiz'].map((t) => `DROP TRIGGER search_${t} ON ${({ article: 'article', claim: 'claim', entity: 'news_entity', alias: 'entity_alias', quiz: 'quiz' } as Record<string, string>)[t]}`),
  'DROP FUNCTION search_sync()',
  'DROP VIEW search_entity_body',
  'DROP TABLE search_document',
];

export class SearchIndex1764889200000 implements MigrationInterface {
  name = 'SearchIndex1764889200000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}
