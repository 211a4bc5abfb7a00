-- 0008_creator: who wrote a note, as an imported annotation's W3C
-- "creator" names them: a name, an IRI, and the kind of agent (Person,
-- Organization, Software). All empty for the reader's own notes, and for
-- shared notes that named no one, which are by whoever shared them (the
-- note's layer).
ALTER TABLE notes ADD COLUMN creator_name TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN creator_id TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN creator_type TEXT NOT NULL DEFAULT '';
