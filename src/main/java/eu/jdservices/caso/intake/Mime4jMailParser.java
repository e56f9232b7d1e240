package eu.jdservices.caso.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

// TEMPORARY minimal parser, replaced by the full one
final class Mime4jMailParser implements MailParser {

	@Override
	public ParsedMail parse(byte[] raw) throws UnparseableMailException {
		try {
			DefaultMessageBuilder builder = new DefaultMessageBuilder();
			builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
			Message message = builder.parseMessage(new ByteArrayInputStream(raw));
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (Field field : message.getHeader().getFields()) {
				headers.computeIfAbsent(field.getName().toLowerCase(), (k) -> new ArrayList<>()).add(field.getBody());
			}
			if (headers.isEmpty()) {
				throw new UnparseableMailException("no header", null);
			}
			Mailbox from = (message.getFrom() != null && !message.getFrom().isEmpty()) ? message.getFrom().get(0)
					: null;
			String text = "";
			if (message.getBody() instanceof TextBody body) {
				text = new String(body.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
			List<ParsedMail.Address> to = new ArrayList<>();
			if (message.getTo() != null) {
				message.getTo().flatten().forEach((m) -> to.add(new ParsedMail.Address(m.getAddress(), m.getName())));
			}
			List<ParsedMail.Address> cc = new ArrayList<>();
			if (message.getCc() != null) {
				message.getCc().flatten().forEach((m) -> cc.add(new ParsedMail.Address(m.getAddress(), m.getName())));
			}
			String id = message.getMessageId();
			return new ParsedMail((id != null) ? HeaderSection.stripBrackets(id) : null,
					(from != null) ? new ParsedMail.Address(from.getAddress(), from.getName()) : null, null, to, cc,
					List.of(), message.getSubject(), null, List.of(), List.of(), headers, text, null, List.of());
		}
		catch (IOException | RuntimeException ex) {
			throw new UnparseableMailException(ex.getMessage(), ex);
		}
	}

}
