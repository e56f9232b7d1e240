package eu.jdservices.caso.policy;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import eu.jdservices.caso.intake.Severity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.policy.*}: one group per guideline check, each with its {@code action}
 * ({@code off}, {@code info}, {@code warn}, {@code reject}) and its thresholds and word
 * lists. Every setting has a default, so none needs to be set. Word lists hold phrases
 * matched on whole words, case and accents ignored; {@code *} alone stands for up to
 * three words ({@code cancelar * servicio}), at the end of a word for any ending
 * ({@code contrat*}).
 */
@Validated
@ConfigurationProperties("caso.policy")
public record PolicyProperties(@Valid @NotNull @DefaultValue SharedMailbox sharedMailbox,
		@Valid @NotNull @DefaultValue OnBehalf onBehalf, @Valid @NotNull @DefaultValue NotAuthorized notAuthorized,
		@Valid @NotNull @DefaultValue UnknownSender unknownSender,
		@Valid @NotNull @DefaultValue MultipleMatters multipleMatters,
		@Valid @NotNull @DefaultValue VagueSubject vagueSubject,
		@Valid @NotNull @DefaultValue CallRequestOnly callRequestOnly,
		@Valid @NotNull @DefaultValue MissingIncidentDetails missingIncidentDetails,
		@Valid @NotNull @DefaultValue AttachmentTooLarge attachmentTooLarge,
		@Valid @NotNull @DefaultValue SensitiveData sensitiveData,
		@Valid @NotNull @DefaultValue DuplicateOpenCase duplicateOpenCase,
		@Valid @NotNull @DefaultValue SeverityMismatch severityMismatch) {

	/**
	 * S1.3 {@code SHARED_MAILBOX}.
	 *
	 * @param action what to do with a shared or role mailbox
	 * @param localParts local parts that name a role, not a person
	 */
	public record SharedMailbox(@NotNull @DefaultValue("reject") Action action, @NotNull @DefaultValue( {
			"info", "admin", "administracion", "soporte", "support", "contabilidad", "facturacion", "billing", "it",
			"sistemas", "noreply", "no-reply", "office", "oficina", "recepcion", "ventas", "sales", "hello", "contact",
			"contacto" }) List<String> localParts){
	}

	/**
	 * S1.3 {@code ON_BEHALF}.
	 *
	 * @param action what to do when the Sender mailbox is not the From mailbox
	 * @param wordingAction what to do when the text says it is written for someone else
	 * @param wordsEs Spanish wording
	 * @param wordsEn English wording
	 */
	public record OnBehalf(@NotNull @DefaultValue("reject") Action action,
			@NotNull @DefaultValue("warn") Action wordingAction, @NotNull @DefaultValue( {
					"en nombre de", "de parte de", "por encargo de", "me pide que os escriba",
					"me ha pedido que os escriba", "me pide que les escriba",
					"me ha pedido que les escriba" }) List<String> wordsEs,
			@NotNull @DefaultValue({ "on behalf of", "asked me to write to you", "asked me to contact you",
					"writing for my colleague" }) List<String> wordsEn){
	}

	/**
	 * S1.3 {@code NOT_AUTHORIZED}.
	 *
	 * @param action what to do with a privileged request without authority
	 * @param contractingWordsEs contracting, upgrading or cancelling services (Spanish);
	 * only an organisation representative may ask
	 * @param contractingWordsEn the same in English
	 * @param userChangeWordsEs creating, removing or changing another user (Spanish);
	 * only that user's manager may ask
	 * @param userChangeWordsEn the same in English
	 */
	public record NotAuthorized(@NotNull @DefaultValue("reject") Action action, @NotNull @DefaultValue( {
			"contratar", "quiero contratar", "queremos contratar", "dar de alta el servicio", "dar de alta * servicio",
			"ampliar el plan", "ampliar * plan", "ampliar * licencias", "mas licencias", "cambiar de plan",
			"cancelar el servicio", "cancelar * servicio", "cancelar el contrato", "cancelar * contrato",
			"dar de baja el servicio", "dar de baja * servicio", "dar de baja el contrato", "dar de baja * contrato",
			"rescindir", "no renovar", "facturacion anual", "facturacion mensual", "pago anual", "pago mensual",
			"cambio de plan", "cambio de tarifa" }) List<String> contractingWordsEs,
			@NotNull @DefaultValue({ "sign up for", "subscribe to", "upgrade our plan", "upgrade * plan",
					"downgrade * plan", "more licenses", "more licences", "cancel the subscription",
					"cancel * subscription", "cancel the contract", "cancel * contract", "cancel * service",
					"terminate * contract", "not renew", "annual billing", "monthly billing",
					"yearly billing" }) List<String> contractingWordsEn,
			@NotNull @DefaultValue({ "crear un usuario para", "crear usuario para", "crear una cuenta para",
					"alta de usuario", "de alta a", "de baja a", "eliminar * usuario", "borrar * usuario",
					"quitar * acceso", "retirar * acceso", "permisos de", "permisos a", "permisos para",
					"restablecer la contraseña de", "restablecer * contraseña de", "resetear la contraseña de",
					"cambiar la contraseña de", "desbloquear * cuenta de" }) List<String> userChangeWordsEs,
			@NotNull @DefaultValue({ "reset the password of", "reset the password for", "reset * password of",
					"reset * password for", "create an account for", "create a user for", "new user for",
					"remove access for", "remove * access", "revoke * access", "disable * account", "delete * account",
					"permissions for", "permissions to", "access for",
					"unlock * account" }) List<String> userChangeWordsEn){
	}

	/**
	 * S1.4 {@code UNKNOWN_SENDER}, and the alternative contact methods kept for every
	 * sender.
	 *
	 * @param action what to do with a sender who is not in the directory and whose domain
	 * is not a customer's
	 * @param phoneRegion region for phone numbers written without country code
	 * @param availabilityWordsEs Spanish wording of a sentence telling when or how to
	 * reach the sender
	 * @param availabilityWordsEn the same in English
	 */
	public record UnknownSender(@NotNull @DefaultValue("warn") Action action,
			@NotBlank @DefaultValue("ES") String phoneRegion, @NotNull @DefaultValue( {
					"estoy disponible", "estare disponible", "disponible de", "disponible entre", "disponible a partir",
					"disponible por la", "mi disponibilidad", "localizable", "llamar al", "llamarme al", "llamadme al",
					"llamenme al", "contactarme en", "contactarme al", "mi movil es",
					"mi telefono es" }) List<String> availabilityWordsEs,
			@NotNull @DefaultValue({ "i am available", "i'm available", "i will be available", "available from",
					"available between", "my availability", "reach me at", "reach me on", "call me at", "call me on",
					"my mobile is", "my phone number is" }) List<String> availabilityWordsEn){
	}

	/**
	 * S1.6 {@code MULTIPLE_MATTERS}.
	 *
	 * @param action what to do with a mail that lists several matters
	 * @param wordsEs Spanish wording that starts another matter
	 * @param wordsEn the same in English
	 * @param minListItems a list of at least this many problems counts as several matters
	 */
	public record MultipleMatters(@NotNull @DefaultValue("warn") Action action, @NotNull @DefaultValue( {
			"otra cosa", "por otro lado", "otro tema", "otra consulta", "otra incidencia", "otro problema",
			"aprovecho para", "aprovecho el correo", "aprovechando el correo", "ademas, queria", "ademas, necesito",
			"ademas, tenemos otro", "y ya de paso" }) List<String> wordsEs,
			@NotNull @DefaultValue({ "another issue", "another thing", "another problem", "another question",
					"one more thing", "on another note", "also, another", "unrelated to this", "while i'm at it",
					"while i am at it" }) List<String> wordsEn,
			@Min(2) @DefaultValue("2") int minListItems){
	}

	/**
	 * S1.7 {@code VAGUE_SUBJECT}, and ALL-CAPS subjects stored in normal case.
	 *
	 * @param action what to do with a generic or too short subject
	 * @param wordsEs Spanish words that say nothing about the matter
	 * @param wordsEn the same in English
	 * @param minInformativeWords fewer words left after removing those and stopwords make
	 * a subject vague
	 * @param upperCaseShare share of upper-case letters from which a subject is ALL-CAPS
	 */
	public record VagueSubject(@NotNull @DefaultValue("warn") Action action, @NotNull @DefaultValue( {
			"ayuda", "problema", "problemas", "urgente", "consulta", "incidencia", "duda", "error", "pregunta",
			"solicitud", "peticion", "hola", "sin asunto", "importante", "aviso", "informacion", "tema", "asunto",
			"favor", "gracias" }) List<String> wordsEs,
			@NotNull @DefaultValue({ "help", "problem", "problems", "issue", "issues", "urgent", "question", "request",
					"support", "fyi", "hello", "hi", "no subject", "important", "info", "query", "please",
					"thanks" }) List<String> wordsEn,
			@Min(1) @DefaultValue("2") int minInformativeWords,
			@DecimalMin("0.5") @DecimalMax("1.0") @DefaultValue("0.7") double upperCaseShare){
	}

	/**
	 * S1.8 {@code CALL_REQUEST_ONLY}.
	 *
	 * @param action what to do with a mail that only asks for a call or meeting
	 * @param wordsEs Spanish wording of a call or meeting request
	 * @param wordsEn the same in English
	 * @param maxInformativeWords a mail with fewer informative words than this, besides
	 * the request, does not describe the matter
	 */
	public record CallRequestOnly(@NotNull @DefaultValue("warn") Action action, @NotNull @DefaultValue( {
			"llamenme", "llamadme", "llameme", "pueden llamarme", "podeis llamarme", "puede llamarme",
			"me pueden llamar", "me podeis llamar", "me puede llamar", "me llamais", "me llaman", "me llama",
			"necesito una llamada", "necesitamos una llamada", "una llamada para", "hablar por telefono",
			"podemos tener una reunion", "podemos hacer una reunion", "tener una reunion", "concertar una reunion",
			"concertar una llamada", "agendar una llamada", "agendar una reunion", "programar una llamada",
			"programar una reunion" }) List<String> wordsEs,
			@NotNull @DefaultValue({ "call me", "give me a call", "please call", "can we schedule a call",
					"can we schedule a meeting", "schedule a call", "schedule a meeting", "set up a call",
					"set up a meeting", "have a call", "have a meeting", "jump on a call", "hop on a call",
					"quick call", "talk on the phone", "speak on the phone" }) List<String> wordsEn,
			@Min(1) @DefaultValue("40") int maxInformativeWords){
	}

	/**
	 * S1.9 {@code MISSING_INCIDENT_DETAILS}.
	 *
	 * @param action what to do with a technical incident that lacks some of the 10 items
	 * @param alwaysFor severities that are always technical incidents
	 * @param incidentWordsEs Spanish wording that makes a mail of another severity an
	 * incident
	 * @param incidentWordsEn the same in English
	 * @param minMissing at least this many items must be missing to flag
	 */
	public record MissingIncidentDetails(@NotNull @DefaultValue("warn") Action action, @NotNull @DefaultValue( {
			"A", "B" }) Set<Severity> alwaysFor,
			@NotNull @DefaultValue({ "error", "errores", "no funciona", "no funcionan", "caido", "caida", "fallo",
					"falla", "fallan", "no puedo", "no podemos", "no se puede", "no se pudo", "no conecta",
					"no sincroniza*", "no se sincroniza*", "no carga", "no arranca", "no responde", "se bloquea",
					"se cuelga" }) List<String> incidentWordsEs,
			@NotNull @DefaultValue({ "error", "not working", "doesn't work", "does not work", "down", "broken", "fails",
					"failed", "failing", "crash*", "cannot", "can't", "unable to" }) List<String> incidentWordsEn,
			@Min(1) @DefaultValue("1") int minMissing){
	}

	/**
	 * S1.10 {@code ATTACHMENT_TOO_LARGE}.
	 *
	 * @param action what to do with attachments over the size
	 * @param maxSize largest attachment accepted into a case
	 */
	public record AttachmentTooLarge(@NotNull @DefaultValue("warn") Action action,
			@NotNull @DefaultValue("5MB") DataSize maxSize) {
	}

	/**
	 * S1.11 {@code SENSITIVE_DATA}.
	 *
	 * @param action what to do with secrets (which are always redacted unless off)
	 * @param passwordWordsEs Spanish words that introduce a password ({@code clave: ...})
	 * @param passwordWordsEn the same in English
	 * @param confidentialWordsEs Spanish markers of confidential information
	 * @param confidentialWordsEn the same in English
	 */
	public record SensitiveData(@NotNull @DefaultValue("warn") Action action, @NotNull @DefaultValue( {
			"contraseña", "contrasena", "clave", "clave de acceso", "pwd", "pass",
			"pin" }) List<String> passwordWordsEs,
			@NotNull @DefaultValue({ "password", "passwd", "pwd", "pass", "passcode",
					"pin" }) List<String> passwordWordsEn,
			@NotNull @DefaultValue({ "confidencial", "estrictamente confidencial",
					"informacion confidencial" }) List<String> confidentialWordsEs,
			@NotNull @DefaultValue({ "confidential", "strictly confidential",
					"confidential information" }) List<String> confidentialWordsEn){
	}

	/**
	 * S2.4 {@code DUPLICATE_OPEN_CASE}.
	 *
	 * @param action what to do with a new case on the matter of an open case
	 * @param subjectSimilarity least Jaccard similarity of the subjects' word sets
	 * @param textSimilarity least Jaccard similarity of the texts' word sets
	 */
	public record DuplicateOpenCase(@NotNull @DefaultValue("warn") Action action,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.6") double subjectSimilarity,
			@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.3") double textSimilarity) {
	}

	/**
	 * S4.1 {@code SEVERITY_MISMATCH} (a hint for agents).
	 *
	 * @param action what to do when the content fits another severity
	 * @param requestWordsEs billing, request or question wording (fits C), Spanish
	 * @param requestWordsEn the same in English
	 * @param outageWordsEs total outage wording (fits A), Spanish
	 * @param outageWordsEn the same in English
	 * @param vulnerabilityWordsEs unexploited vulnerability (fits C), Spanish
	 * @param vulnerabilityWordsEn the same in English
	 * @param securityIncidentWordsEs security incident (fits A), Spanish
	 * @param securityIncidentWordsEn the same in English
	 */
	public record SeverityMismatch(@NotNull @DefaultValue("info") Action action, @NotNull @DefaultValue( {
			"factura", "facturas", "facturacion", "presupuesto", "precio", "cobro", "consulta", "pregunta", "solicitud",
			"solicito", "queria saber", "me gustaria saber", "como puedo", "como se" }) List<String> requestWordsEs,
			@NotNull @DefaultValue({ "invoice", "billing", "quote", "pricing", "price", "question", "request",
					"how do i", "how can i", "would like to know" }) List<String> requestWordsEn,
			@NotNull @DefaultValue({ "nadie puede", "ningun usuario", "ninguno de los usuarios", "caido", "caida",
					"todo caido", "esta todo caido", "no funciona nada",
					"toda la empresa" }) List<String> outageWordsEs,
			@NotNull @DefaultValue({ "no one can", "nobody can", "everything is down", "all users", "whole company",
					"completely down", "total outage" }) List<String> outageWordsEn,
			@NotNull @DefaultValue({ "vulnerabilidad", "vulnerabilidades", "cve-*" }) List<String> vulnerabilityWordsEs,
			@NotNull @DefaultValue({ "vulnerability", "vulnerabilities", "cve-*" }) List<String> vulnerabilityWordsEn,
			@NotNull @DefaultValue({ "incidente de seguridad", "hackeado", "hackeada", "nos han hackeado", "ransomware",
					"brecha de seguridad", "secuestro de datos", "cifrado nuestros archivos",
					"acceso no autorizado" }) List<String> securityIncidentWordsEs,
			@NotNull @DefaultValue({ "security incident", "breach", "hacked", "ransomware", "compromised",
					"unauthorized access", "unauthorised access" }) List<String> securityIncidentWordsEn){
	}

}
