-- cases: findings keep the guideline rule they stand for (the console no longer keeps a second table of them)
ALTER TABLE cases_finding ADD COLUMN rule VARCHAR(10);

-- timers: the due times and the state of the response target belong to the timers module now
CREATE TABLE timers_deadline (
	case_number BIGINT PRIMARY KEY,
	customer_response_due_at TIMESTAMP WITH TIME ZONE,
	first_response_due_at TIMESTAMP WITH TIME ZONE,
	response_target VARCHAR(10) DEFAULT 'ON_TIME' NOT NULL
);
INSERT INTO timers_deadline (case_number, customer_response_due_at, first_response_due_at, response_target)
	SELECT number, customer_response_due_at, first_response_due_at, COALESCE(response_target, 'ON_TIME')
	FROM cases_case
	WHERE customer_response_due_at IS NOT NULL OR first_response_due_at IS NOT NULL OR response_target IS NOT NULL;
CREATE INDEX timers_deadline_target ON timers_deadline (response_target);
ALTER TABLE cases_case DROP COLUMN customer_response_due_at;
ALTER TABLE cases_case DROP COLUMN first_response_due_at;
ALTER TABLE cases_case DROP COLUMN response_target;

-- cases: link types are a fixed list now; a type an agent once typed freely becomes RELATED
UPDATE cases_link SET type = 'RELATED'
	WHERE type NOT IN ('RELATED', 'DUPLICATE', 'CAUSED_BY', 'MERGED_INTO', 'MERGED_FROM', 'SPLIT_INTO', 'SPLIT_FROM',
		'RECURRENCE', 'DUPLICATE_OPEN_CASE')
	AND NOT EXISTS (SELECT 1 FROM cases_link o WHERE o.case_number = cases_link.case_number
		AND o.other_number = cases_link.other_number AND o.type = 'RELATED');
DELETE FROM cases_link
	WHERE type NOT IN ('RELATED', 'DUPLICATE', 'CAUSED_BY', 'MERGED_INTO', 'MERGED_FROM', 'SPLIT_INTO', 'SPLIT_FROM',
		'RECURRENCE', 'DUPLICATE_OPEN_CASE');
