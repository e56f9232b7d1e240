-- cases: reading at a million cases (issue 14). The words each case is found by (CaseWords: Lucene's analysis, the
-- same for H2 and PostgreSQL), separated by spaces; NULL until a case has them (CaseWordsBackfill). PostgreSQL adds
-- their tsvector and its GIN index in V111: beside the case's other columns, a search and a filter meet in one
-- bitmap (status = 'OPEN' AND words) instead of joining two tables.
ALTER TABLE cases_case ADD COLUMN search_words VARCHAR(1000000);

-- the lists' filters, each with the order of the list (newest first) so that a page reads only its rows
CREATE INDEX cases_case_status_number ON cases_case (status, number);
CREATE INDEX cases_case_severity_number ON cases_case (severity, number);
CREATE INDEX cases_case_status_severity_number ON cases_case (status, severity, number);
CREATE INDEX cases_case_team_number ON cases_case (team, number);
CREATE INDEX cases_case_assignee_number ON cases_case (assignee, number);
CREATE INDEX cases_contact_email_case ON cases_contact (email, case_number);
-- the case view reads a case's messages in order
CREATE INDEX cases_message_case_at ON cases_message (case_number, at, id);
