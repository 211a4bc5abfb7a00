-- 0001_library: documents, the comparisons that join two of them, and the
-- reader's corrections to the automatic pairing.
CREATE TABLE documents (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    party      TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT '',
    url        TEXT NOT NULL DEFAULT '',
    date       TEXT NOT NULL DEFAULT '',
    language   TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    digest     TEXT NOT NULL, -- SHA-256 of body, to find a statement again
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX documents_digest ON documents(digest);

CREATE TABLE comparisons (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL DEFAULT '',
    left_doc     INTEGER NOT NULL REFERENCES documents(id),
    right_doc    INTEGER NOT NULL REFERENCES documents(id),
    left_scroll  REAL NOT NULL DEFAULT 0,
    right_scroll REAL NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    opened_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    deleted_at   TEXT
);
CREATE INDEX comparisons_opened ON comparisons(opened_at DESC);

-- A correction is one reader action on the pairing, replayed in id order:
-- 'pair' joins claims, 'unpair' separates them, 'relation' sets a verdict.
CREATE TABLE corrections (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('pair', 'unpair', 'relation')),
    left_claims   TEXT NOT NULL DEFAULT '[]',
    right_claims  TEXT NOT NULL DEFAULT '[]',
    relation      TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX corrections_comparison ON corrections(comparison_id, id);
