package eu.jdservices.caso.outbound;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import eu.jdservices.caso.contracts.RenewalNoticeDue;
import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Severity;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * S5.3: the reminder of a notice deadline, to each representative of the organisation in
 * their language, from the address of requests (C). Queued in the transaction of the
 * timer sweep that fired it, so it goes once.
 */
@Component
class ContractMailing {

	private final Sending sending;

	private final IntakeAddresses addresses;

	private final MessageSource messages;

	private final Texts texts;

	ContractMailing(Sending sending, IntakeAddresses addresses, MessageSource messages, Texts texts) {
		this.sending = sending;
		this.addresses = addresses;
		this.messages = messages;
		this.texts = texts;
	}

	@EventListener
	void on(RenewalNoticeDue notice) {
		for (RenewalNoticeDue.Recipient recipient : notice.recipients()) {
			Locale locale = Locale.forLanguageTag(recipient.language());
			Object[] args = { notice.service(), day(notice.renewsOn(), locale), day(notice.noticeDeadline(), locale),
					notice.organization(), notice.termMonths(),
					text("contracts.billing.name." + notice.billing().name(), null, locale), notice.periodPriceExVat(),
					notice.currency(), this.addresses.addressOf(Severity.C),
					(recipient.name() != null && !recipient.name().isBlank())
							? " " + recipient.name().strip().split("\\s+")[0] : "" };
			String text = text("renewal-notice.hello", args, locale) + "\n\n"
					+ text("renewal-notice.body", args, locale) + "\n\n" + this.texts.signature(locale) + "\n";
			this.sending.send(new Sending.Letter(this.addresses.addressOf(Severity.C), List.of(recipient.email()),
					List.of(), text("renewal-notice.subject", args, locale), text, recipient.language(), null, true,
					false, OutboxKind.RENEWAL_NOTICE, null, null, false));
		}
	}

	private String text(String key, Object[] args, Locale locale) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String day(java.time.LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

}
