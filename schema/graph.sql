-- The newsgraph SQLite database: entities, the facts between them, and the
-- evidence (document, sentence, character offsets) for every fact.
--
-- Written by `newsgraph build ... -o graph.db` (src/exporters/sqlite_exporter.cc
-- applies this file to a fresh database). Every statement is idempotent, so
-- the file can also be run on an existing database:
--
--   sqlite3 graph.db < schema/graph.sql
--
-- Questions it answers, for example:
--
--   SELECT speaker, quote, document FROM said WHERE speaker LIKE '%Lukashenko%';
--   SELECT speaker, quote FROM said_about WHERE about = 'CSTO';
--   SELECT member, since FROM current_members WHERE organization = 'CSTO';
--   SELECT e.name, r.quote FROM quotes_fts
--     JOIN relations r ON r.id = quotes_fts.rowid
--     JOIN entities e ON e.id = r.subject_id
--    WHERE quotes_fts MATCH 'sanctions';

-- Marks the file as a newsgraph database ('NGRH') and gives the schema version.
-- Version 2 keeps each evidence sentence once (texts, sightings); version 1
-- had an evidence table, which is now a view with the same columns. Run on
-- a version 1 file, this script adds the new tables empty and keeps its
-- evidence table, which newsgraph goes on reading.
PRAGMA application_id = 1313296968;
PRAGMA user_version = 2;

-- One row per document the graph was built from.
CREATE TABLE IF NOT EXISTS documents (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL,         -- file name without folders, or the JSONL id
  date   TEXT,                  -- ISO date, if known
  hash   TEXT,                  -- FNV-1a 64 of the text, hex (unique)
  source TEXT,                  -- the path (or "stdin") it was read from
  bytes  INTEGER
);

-- One row per real-world entity. A quote is an entity too (type 'quote',
-- name = what was said), so `mentions` relations can start from it.
CREATE TABLE IF NOT EXISTS entities (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL,           -- canonical: the fullest form seen
  type TEXT NOT NULL            -- person, country, organization, place, media,
                                -- group, role, quote, unknown
);

-- Every surface form an entity was written as, and how often.
CREATE TABLE IF NOT EXISTS aliases (
  entity_id INTEGER REFERENCES entities,
  alias     TEXT,
  count     INTEGER,
  PRIMARY KEY (entity_id, alias)
);

-- One row per fact: subject -predicate-> object.
CREATE TABLE IF NOT EXISTS relations (
  id             INTEGER PRIMARY KEY,
  subject_id     INTEGER REFERENCES entities,
  predicate      TEXT,         -- member-of, left-in, joined-in, observer-of,
                               -- said, holds-role, mentions
  object_id      INTEGER REFERENCES entities,
  year           INTEGER,      -- NULL when the text gives none
  role           TEXT,         -- holds-role only
  quote          TEXT,         -- said only: the full quote
  confidence     REAL,         -- highest confidence of any sighting
  evidence_count INTEGER
);

-- Each sentence (or quote span) a fact was read from, stored once: one
-- sentence is often the evidence of several facts (a quote, its speaker's
-- role, the people it mentions).
CREATE TABLE IF NOT EXISTS texts (
  id   INTEGER PRIMARY KEY,
  text TEXT NOT NULL
);

-- One row per sighting of a fact.
CREATE TABLE IF NOT EXISTS sightings (
  id          INTEGER PRIMARY KEY,
  relation_id INTEGER REFERENCES relations,
  document_id INTEGER REFERENCES documents,
  sentence    INTEGER,          -- index of the sentence in the document
  start       INTEGER,          -- Unicode code point offsets into the text,
  "end"       INTEGER,          -- end exclusive
  rule        TEXT,             -- the extractor rule that fired
  text_id     INTEGER REFERENCES texts  -- the sentence (or quote span) it read
);

-- The sightings with their text (what schema version 1 stored as a table).
CREATE VIEW IF NOT EXISTS evidence AS
SELECT s.id, s.relation_id, s.document_id, s.sentence, s.start, s."end", s.rule, t.text
  FROM sightings s
  LEFT JOIN texts t ON t.id = s.text_id;

-- The unique keys are indexes rather than table constraints, so that a bulk
-- load (sqlite_exporter.cc) can build them once, sorted, at the end.
CREATE UNIQUE INDEX IF NOT EXISTS entities_name_type ON entities (name, type);
CREATE UNIQUE INDEX IF NOT EXISTS documents_hash ON documents (hash);
CREATE INDEX IF NOT EXISTS relations_predicate ON relations (predicate);
CREATE INDEX IF NOT EXISTS relations_subject ON relations (subject_id);
CREATE INDEX IF NOT EXISTS relations_object ON relations (object_id);
CREATE INDEX IF NOT EXISTS sightings_relation ON sightings (relation_id);
CREATE INDEX IF NOT EXISTS aliases_alias ON aliases (alias);

-- Full-text search over what was said, kept in sync with `relations`.
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts
  USING fts5 (quote, content = 'relations', content_rowid = 'id');

CREATE TRIGGER IF NOT EXISTS relations_quotes_insert AFTER INSERT ON relations
  WHEN new.quote IS NOT NULL
BEGIN
  INSERT INTO quotes_fts (rowid, quote) VALUES (new.id, new.quote);
END;

CREATE TRIGGER IF NOT EXISTS relations_quotes_delete AFTER DELETE ON relations
  WHEN old.quote IS NOT NULL
BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
END;

CREATE TRIGGER IF NOT EXISTS relations_quotes_update AFTER UPDATE OF quote ON relations
BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, quote)
    SELECT 'delete', old.id, old.quote WHERE old.quote IS NOT NULL;
  INSERT INTO quotes_fts (rowid, quote)
    SELECT new.id, new.quote WHERE new.quote IS NOT NULL;
END;

-- Who said what, where: one row per sighting.
CREATE VIEW IF NOT EXISTS said AS
SELECT speaker.name AS speaker,
       r.quote      AS quote,
       d.name       AS document,
       ev.sentence  AS sentence,
       ev.start     AS start,
       ev."end"     AS "end"
  FROM relations r
  JOIN entities speaker ON speaker.id = r.subject_id
  JOIN sightings ev ON ev.relation_id = r.id
  LEFT JOIN documents d ON d.id = ev.document_id
 WHERE r.predicate = 'said';

-- What was said about whom: said, then the quote's mentions.
CREATE VIEW IF NOT EXISTS said_about AS
SELECT speaker.name AS speaker,
       about.name   AS about,
       r.quote      AS quote
  FROM relations r
  JOIN entities speaker ON speaker.id = r.subject_id
  JOIN relations m ON m.subject_id = r.object_id AND m.predicate = 'mentions'
  JOIN entities about ON about.id = m.object_id
 WHERE r.predicate = 'said';

CREATE VIEW IF NOT EXISTS member_of AS
SELECT DISTINCT member.name AS member,
       org.name    AS organization,
       d.name      AS document
  FROM relations r
  JOIN entities member ON member.id = r.subject_id
  JOIN entities org ON org.id = r.object_id
  LEFT JOIN sightings ev ON ev.relation_id = r.id
  LEFT JOIN documents d ON d.id = ev.document_id
 WHERE r.predicate = 'member-of';

CREATE VIEW IF NOT EXISTS left_in AS
SELECT DISTINCT member.name AS member,
       org.name    AS organization,
       r.year      AS year,
       d.name      AS document
  FROM relations r
  JOIN entities member ON member.id = r.subject_id
  JOIN entities org ON org.id = r.object_id
  LEFT JOIN sightings ev ON ev.relation_id = r.id
  LEFT JOIN documents d ON d.id = ev.document_id
 WHERE r.predicate = 'left-in';

CREATE VIEW IF NOT EXISTS joined_in AS
SELECT DISTINCT member.name AS member,
       org.name    AS organization,
       r.year      AS year
  FROM relations r
  JOIN entities member ON member.id = r.subject_id
  JOIN entities org ON org.id = r.object_id
 WHERE r.predicate = 'joined-in';

CREATE VIEW IF NOT EXISTS holds_role AS
SELECT DISTINCT person.name AS person,
       r.role      AS role,
       target.name AS of_entity
  FROM relations r
  JOIN entities person ON person.id = r.subject_id
  JOIN entities target ON target.id = r.object_id
 WHERE r.predicate = 'holds-role';

-- Members now: anyone with a member-of or joined-in fact, unless a left-in
-- fact for the same organisation is at least as recent as the latest
-- joining. A left-in without a year, or any left-in when no joining year is
-- known, counts as having left. `since` is the latest joining year, if any.
CREATE VIEW IF NOT EXISTS current_members AS
WITH joined AS (
  SELECT subject_id, object_id,
         MAX(CASE WHEN predicate = 'joined-in' THEN year END) AS since
    FROM relations
   WHERE predicate IN ('member-of', 'joined-in')
   GROUP BY subject_id, object_id
)
SELECT org.name    AS organization,
       member.name AS member,
       j.since     AS since
  FROM joined j
  JOIN entities member ON member.id = j.subject_id
  JOIN entities org ON org.id = j.object_id
 WHERE NOT EXISTS (
         SELECT 1
           FROM relations l
          WHERE l.predicate = 'left-in'
            AND l.subject_id = j.subject_id
            AND l.object_id = j.object_id
            AND (l.year IS NULL OR j.since IS NULL OR l.year >= j.since));
