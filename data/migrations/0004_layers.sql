-- 0004_layers: notes that arrive in a shared comparison (a teacher's notes
-- opened by a student) form a read-only layer named after who shared them;
-- the reader's own notes have the empty layer.
ALTER TABLE notes ADD COLUMN layer TEXT NOT NULL DEFAULT '';
