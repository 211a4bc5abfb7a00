-- 0002_notes: the reader's notes and highlights with their anchors and tags,
-- and full-text search over notes and documents.

-- A note is a Markdown body (empty for a pure highlight) with an optional
-- highlight colour, on a span of one side, a claim, or a pair of claims.
-- uid is the note's id in exported annotations (urn:uuid:…); importing the
-- same annotation again into the comparison updates the note.
CREATE TABLE notes (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL,
    comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('span', 'claim', 'pair')),
    body          TEXT NOT NULL DEFAULT '',
    colour        TEXT NOT NULL DEFAULT ''
                  CHECK (colour IN ('', 'yellow', 'green', 'blue', 'pink', 'purple')),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    deleted_at    TEXT,
    UNIQUE (comparison_id, uid)
);
CREATE INDEX notes_live ON notes(comparison_id, deleted_at);
CREATE INDEX notes_deleted ON notes(deleted_at) WHERE deleted_at IS NOT NULL;

-- A note's place on one side: code-point offsets [cp_start, cp_end) into the
-- NFC text (TextPositionSelector) and the quote with its context
-- (TextQuoteSelector). state says how the anchor was last placed: exact,
-- moved, fuzzy, or orphan (not found; the quote is kept). A note on a pair
-- has one row per side.
CREATE TABLE note_targets (
    note_id  INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    side     TEXT NOT NULL CHECK (side IN ('left', 'right')),
    doc_id   INTEGER NOT NULL REFERENCES documents(id),
    cp_start INTEGER NOT NULL CHECK (cp_start >= 0),
    cp_end   INTEGER NOT NULL CHECK (cp_end >= cp_start),
    exact    TEXT NOT NULL,
    prefix   TEXT NOT NULL DEFAULT '',
    suffix   TEXT NOT NULL DEFAULT '',
    claim    INTEGER,
    state    TEXT NOT NULL DEFAULT 'exact' CHECK (state IN ('exact', 'moved', 'fuzzy', 'orphan')),
    PRIMARY KEY (note_id, side)
) WITHOUT ROWID;
CREATE INDEX note_targets_doc ON note_targets(doc_id);

-- Free tags, many to many. Names compare without ASCII case.
CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE note_tags (
    note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    tag_id  INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX note_tags_tag ON note_tags(tag_id);

-- Search finds a document's comparison through these.
CREATE INDEX comparisons_left ON comparisons(left_doc);
CREATE INDEX comparisons_right ON comparisons(right_doc);

-- Full text of notes: one row per note (rowid = notes.id) holding its body,
-- its quotes and its tags, kept in step by the triggers below. Deleted notes
-- stay indexed and are filtered out by the search query, so that restoring
-- a note needs no re-indexing.
CREATE VIRTUAL TABLE notes_fts USING fts5(
    body, quote, tags,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts (rowid, body, quote, tags) VALUES (new.id, new.body, '', '');
END;
CREATE TRIGGER notes_fts_body AFTER UPDATE OF body ON notes BEGIN
    UPDATE notes_fts SET body = new.body WHERE rowid = new.id;
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    DELETE FROM notes_fts WHERE rowid = old.id;
END;

CREATE TRIGGER notes_fts_target_insert AFTER INSERT ON note_targets BEGIN
    UPDATE notes_fts SET quote = (SELECT group_concat(exact, ' … ') FROM note_targets WHERE note_id = new.note_id)
    WHERE rowid = new.note_id;
END;
CREATE TRIGGER notes_fts_target_update AFTER UPDATE OF exact ON note_targets BEGIN
    UPDATE notes_fts SET quote = (SELECT group_concat(exact, ' … ') FROM note_targets WHERE note_id = new.note_id)
    WHERE rowid = new.note_id;
END;
CREATE TRIGGER notes_fts_target_delete AFTER DELETE ON note_targets BEGIN
    UPDATE notes_fts SET quote = coalesce((SELECT group_concat(exact, ' … ') FROM note_targets WHERE note_id = old.note_id), '')
    WHERE rowid = old.note_id;
END;

CREATE TRIGGER notes_fts_tag_insert AFTER INSERT ON note_tags BEGIN
    UPDATE notes_fts SET tags = (SELECT group_concat(t.name, ' ') FROM note_tags nt JOIN tags t ON t.id = nt.tag_id
                                 WHERE nt.note_id = new.note_id)
    WHERE rowid = new.note_id;
END;
CREATE TRIGGER notes_fts_tag_delete AFTER DELETE ON note_tags BEGIN
    UPDATE notes_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM note_tags nt JOIN tags t ON t.id = nt.tag_id
                                          WHERE nt.note_id = old.note_id), '')
    WHERE rowid = old.note_id;
END;

-- Full text of documents: an external-content index over documents (title,
-- party, body), so long statements are stored once.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, party, body,
    content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, party, body) VALUES (new.id, new.title, new.party, new.body);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, party, body)
    VALUES ('delete', old.id, old.title, old.party, old.body);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, party, body ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, party, body)
    VALUES ('delete', old.id, old.title, old.party, old.body);
    INSERT INTO documents_fts (rowid, title, party, body) VALUES (new.id, new.title, new.party, new.body);
END;
