-- The guideline checks compare a new mail with the organisation's latest open cases at every intake.
CREATE INDEX cases_case_open_by_organization ON cases_case (organization, status, number);
