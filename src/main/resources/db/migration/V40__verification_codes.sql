-- outbound: the verification code of every mail we send (S2.5), stored as its SHA-256 only, with what the
-- public /verify page confirms: when, to whom (masked already here) and about which case; never the content
CREATE TABLE outbound_verification (
	code_hash VARCHAR(64) PRIMARY KEY,
	message_id VARCHAR(1000) NOT NULL,
	case_number BIGINT,
	recipients VARCHAR(1000) NOT NULL,
	sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
