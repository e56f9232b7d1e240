-- console: which agents have a case open and whether they are writing in its composer (heartbeats of their browsers)
CREATE TABLE console_presence (
	case_number BIGINT NOT NULL,
	agent_email VARCHAR(320) NOT NULL,
	typing BOOLEAN NOT NULL,
	seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (case_number, agent_email)
);
CREATE INDEX console_presence_seen_at ON console_presence (seen_at);
