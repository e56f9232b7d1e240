-- cases: the queue counts its cases per status within a team or an agent's cases (the console's team filter and
-- "mine"); with the status in the index each count reads the index alone
CREATE INDEX cases_case_team_status_number ON cases_case (team, status, number);
CREATE INDEX cases_case_assignee_status_number ON cases_case (assignee, status, number);
