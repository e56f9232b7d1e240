-- cases: one row per requester address, locked while a mail of that requester opens a case, so two copies of the
-- same mail decided at the same time cannot both open a case (the second sees the first as a re-sent copy)
CREATE TABLE cases_requester_lock (
	requester VARCHAR(320) PRIMARY KEY
);
