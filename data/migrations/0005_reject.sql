-- 0005_reject: a reader may reject a possible counterpart Parley suggested,
-- so 'reject' joins the kinds of correction. SQLite cannot change a CHECK
-- constraint in place: the table is rebuilt with its rows and their ids.
CREATE TABLE corrections_new (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('pair', 'unpair', 'relation', 'reject')),
    left_claims   TEXT NOT NULL DEFAULT '[]',
    right_claims  TEXT NOT NULL DEFAULT '[]',
    relation      TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
INSERT INTO corrections_new (id, comparison_id, kind, left_claims, right_claims, relation, created_at)
    SELECT id, comparison_id, kind, left_claims, right_claims, relation, created_at FROM corrections;
DROP TABLE corrections;
ALTER TABLE corrections_new RENAME TO corrections;
CREATE INDEX corrections_comparison ON corrections(comparison_id, id);
