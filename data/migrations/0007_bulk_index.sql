-- 0007_bulk_index: an import of many notes fills the notes' search index
-- once, at its end, rather than note by note and row by row (which made
-- 40,000 notes take most of a minute). While notes_fts_paused has its one
-- row, which it only ever has inside the importing transaction, the
-- triggers leave notes_fts alone, and the import indexes the notes it
-- wrote as the triggers would have.
CREATE TABLE notes_fts_paused (
    paused INTEGER PRIMARY KEY CHECK (paused = 1)
);

DROP TRIGGER notes_fts_insert;
DROP TRIGGER notes_fts_body;
DROP TRIGGER notes_fts_delete;
DROP TRIGGER notes_fts_target_insert;
DROP TRIGGER notes_fts_target_update;
DROP TRIGGER notes_fts_target_delete;
DROP TRIGGER notes_fts_tag_insert;
DROP TRIGGER notes_fts_tag_delete;

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes
WHEN NOT EXISTS (SELECT 1 FROM notes_fts_paused) BEGIN
    INSERT INTO notes_fts (rowid, body, quote, tags) VALUES (new.id, new.body, '', '');
END;
CREATE TRIGGER notes_fts_body AFTER UPDATE OF body ON notes
WHEN NOT EXISTS (SELECT 1 FROM notes_fts_paused) BEGIN
    UPDATE notes_fts SET body = new.body WHERE rowid = new.id;
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes
WHEN NOT EXISTS (SELECT 1 FROM notes_fts_paused) BEGIN
    DELETE FROM notes_fts WHERE rowid = old.id;
END;

CREATE TRIGGER notes_fts_target_insert AFTER INSERT ON note_targets
WHEN NOT EXISTS (SELECT 1 FROM notes_fts_paused) BEGIN
    UPDATE notes_fts SET quote = (SELECT group_concat(exact, ' … ') FROM note_targets WHERE note_id = new.note_id)
    WHERE rowid = new.note_id;
END;
CREATE TRIGGER notes_fts_target_update AFTER UPDATE OF exact ON note_targets
WHEN NOT EXISTS (SELECT 1 FROM notes_fts_paused) BEGIN
    UPDATE notes_fts SET quote = (SELECT group_concat(exact, ' … ') FROM note_targets WHERE note_id = new.note_id)
    WHERE rowid = new.note_id;
END;
CREATE TRIGGER notes_fts_target_delete AFTER DELETE ON note_targets
WHEN NOT EXISTS (SELECT 1 FROM notes_fts_paused) BEGIN
    UPDATE notes_fts SET quote = coalesce((SELECT group_concat(exact, ' … ') FROM note_targets WHERE note_id = old.note_id), '')
    WHERE rowid = old.note_id;
END;

CREATE TRIGGER notes_fts_tag_insert AFTER INSERT ON note_tags
WHEN NOT EXISTS (SELECT 1 FROM notes_fts_paused) BEGIN
    UPDATE notes_fts SET tags = (SELECT group_concat(t.name, ' ') FROM note_tags nt JOIN tags t ON t.id = nt.tag_id
                                 WHERE nt.note_id = new.note_id)
    WHERE rowid = new.note_id;
END;
CREATE TRIGGER notes_fts_tag_delete AFTER DELETE ON note_tags
WHEN NOT EXISTS (SELECT 1 FROM notes_fts_paused) BEGIN
    UPDATE notes_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM note_tags nt JOIN tags t ON t.id = nt.tag_id
                                          WHERE nt.note_id = old.note_id), '')
    WHERE rowid = old.note_id;
END;
