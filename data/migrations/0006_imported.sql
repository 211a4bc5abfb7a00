-- 0006_imported: an imported target that could not be placed in the text
-- (an orphan) keeps the selectors it came with, as JSON, so that exporting
-- it hands them back as they were rather than the place Parley last tried.
-- Empty for every other target.
ALTER TABLE note_targets ADD COLUMN imported TEXT NOT NULL DEFAULT '';
