package eu.jdservices.caso.status;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

/**
 * The status page's Atom feed (RFC 4287): one entry per incident update, newest first,
 * each with a permanent id (its incident's page and the update's anchor), its time, a
 * title (incident and status) and the message; the feed's {@code updated} is its newest
 * entry's.
 */
@Component
class AtomFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final StatusProperties properties;

	private final java.time.Clock clock;

	AtomFeed(StatusProperties properties, java.time.Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	String write(List<Incident> incidents, Function<Incident, List<String>> serviceNames, LongFunction<String> urls,
			StatusTexts texts) {
		String base = this.properties.baseUrl().replaceAll("/+$", "");
		List<Entry> entries = incidents.stream()
			.flatMap((incident) -> incident.updates()
				.stream()
				.map((update) -> new Entry(incident, update, urls.apply(incident.id()))))
			.sorted(java.util.Comparator.comparing((Entry entry) -> entry.update().at())
				.thenComparing((entry) -> entry.update().id())
				.reversed())
			.toList();
		OffsetDateTime updated = entries.isEmpty() ? OffsetDateTime.now(this.clock) : entries.get(0).update().at();
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang",
					texts.text("status.feed.language"));
			element(xml, "id", base + "/status/feed.atom");
			element(xml, "title", texts.text("status.feed.title"));
			element(xml, "updated", time(updated));
			link(xml, "self", base + "/status/feed.atom");
			link(xml, "alternate", base + "/status");
			xml.writeStartElement("author");
			element(xml, "name", texts.text("public.provider"));
			xml.writeEndElement();
			for (Entry entry : entries) {
				xml.writeStartElement("entry");
				element(xml, "id", entry.url() + "#update-" + entry.update().id());
				element(xml, "title", entry.incident().title() + " · " + texts.status(entry.update().status()));
				element(xml, "updated", time(entry.update().at()));
				element(xml, "published", time(entry.update().at()));
				link(xml, "alternate", entry.url());
				element(xml, "summary",
						texts.text("status.incident.services", String.join(", ", serviceNames.apply(entry.incident())))
								+ " · " + texts.state(entry.incident().impact().state()) + "\n\n"
								+ entry.update().message());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

	private static String time(OffsetDateTime at) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC));
	}

	private record Entry(Incident incident, IncidentUpdate update, String url) {
	}

}
