package eu.jdservices.caso.cases;

import java.util.List;

import eu.jdservices.caso.intake.ParsedMail;

/**
 * A customer's mail as it is kept on a case.
 *
 * @param intakeId id of the stored raw mail
 * @param mail the parsed mail
 */
record IncomingMessage(long intakeId, ParsedMail mail) {

	List<String> to() {
		return this.mail.to().stream().map(ParsedMail.Address::email).toList();
	}

	List<String> cc() {
		return this.mail.cc().stream().map(ParsedMail.Address::email).toList();
	}

}
