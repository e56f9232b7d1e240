package eu.jdservices.caso.api;

import java.util.Locale;

import eu.jdservices.caso.cases.CaseActionRefused;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Clear answers for refused actions: 404 for an unknown case, 409 for an action the
 * case's state does not allow, with a text in the agent's language.
 */
@RestControllerAdvice
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

}
