-- 0003_lessons: the teacher's lesson (which pairs to present, in what
-- order, as JSON) kept with each comparison, and the outlet that published
-- each statement.
ALTER TABLE comparisons ADD COLUMN lesson TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
