-- Guideline checks: alternative contact methods written in the opening mail (S1.4).
ALTER TABLE cases_case ADD COLUMN alternative_contacts VARCHAR(2000);
