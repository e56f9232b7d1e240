package eu.jdservices.caso.intake;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderSectionTests {

	@Test
	void findsFoldedMessageIdInAnyCaseWithoutBrackets() {
		byte[] raw = "From: a@b.c\r\nMESSAGE-id:\r\n <abc.123@mail.example>\r\nSubject: x\r\n\r\nMessage-ID: <not@this>\r\n"
			.getBytes(StandardCharsets.US_ASCII);

		assertThat(HeaderSection.messageId(raw)).contains("abc.123@mail.example");
	}

	@Test
	void ignoresMessageIdInTheBody() {
		byte[] raw = "From: a@b.c\nSubject: x\n\nMessage-ID: <in-body@x>\n".getBytes(StandardCharsets.US_ASCII);

		assertThat(HeaderSection.messageId(raw)).isEmpty();
	}

	@Test
	void emptyMessageIdCountsAsNone() {
		byte[] raw = "From: a@b.c\r\nMessage-ID: <>\r\n\r\nhi".getBytes(StandardCharsets.US_ASCII);

		assertThat(HeaderSection.messageId(raw)).isEmpty();
	}

}
