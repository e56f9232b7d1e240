package eu.jdservices.caso.api;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import eu.jdservices.caso.cases.CaseActionRefused;
import eu.jdservices.caso.cases.LinkType;
import eu.jdservices.caso.knowledge.ArticleRefused;
import eu.jdservices.caso.meetings.MeetingRefused;

import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Clear answers for refused actions: 404 for an unknown case, 409 for an action the
 * case's state does not allow, with a text in the agent's language.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(CaseActionRefused.class)
	ProblemDetail refused(CaseActionRefused refused, Locale locale) {
		HttpStatus status = refused.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale));
		problem.setProperty("code", refused.messageKey());
		return problem;
	}

	/**
	 * A meeting action refused: 404 for what does not exist, 400 for a request at fault
	 * (someone who is not a contact, a bad duration), 409 otherwise.
	 */
	@ExceptionHandler(MeetingRefused.class)
	ProblemDetail meetingRefused(MeetingRefused refused, Locale locale) {
		HttpStatus status = refused.notFound() ? HttpStatus.NOT_FOUND
				: refused.badRequest() ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
		String key = refused.refusal().messageKey();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key, refused.args(), key, locale));
		problem.setProperty("code", refused.refusal().name());
		return problem;
	}

	/** An article that does not exist (404), or fields at fault, each with why (400). */
	@ExceptionHandler(ArticleRefused.class)
	ProblemDetail articleRefused(ArticleRefused refused, Locale locale) {
		if (refused.notFound()) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					this.messages.getMessage("kb.not-found", new Object[] { refused.articleId() }, locale));
		}
		Map<String, String> fields = new TreeMap<>();
		refused.fields().forEach((field, key) -> fields.put(field, this.messages.getMessage(key, null, key, locale)));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("kb.invalid",
						new Object[] { fields.entrySet()
							.stream()
							.map((entry) -> entry.getKey() + ": " + entry.getValue())
							.collect(Collectors.joining("; ")) },
						locale));
		problem.setProperty("fields", fields);
		return problem;
	}

	/** A link type agents may not create: say which they may. */
	@ExceptionHandler(UnknownLinkType.class)
	ProblemDetail unknownLinkType(UnknownLinkType ex, Locale locale) {
		String allowed = LinkType.agentTypes().stream().map(Enum::name).collect(Collectors.joining(", "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("case.link-type-unknown", new Object[] { ex.type(), allowed }, locale));
		problem.setProperty("allowed", LinkType.agentTypes());
		return problem;
	}

	/** A body that is not valid JSON or does not fit: say where. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String why = (cause.getMessage() != null) ? cause.getMessage().lines().findFirst().orElse("") : "";
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("api.unreadable", new Object[] { why }, locale));
	}

	/** Invalid fields: list each with what is wrong. */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		String fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> error.getField() + ": " + this.messages.getMessage(error, locale))
			.collect(Collectors.joining("; "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("api.invalid", new Object[] { fields }, locale));
		problem.setProperty("fields",
				ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.collect(Collectors.toMap((error) -> error.getField(),
							(error) -> this.messages.getMessage(error, locale), (first, second) -> first)));
		return problem;
	}

}
