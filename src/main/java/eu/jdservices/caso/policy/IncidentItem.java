package eu.jdservices.caso.policy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import eu.jdservices.caso.intake.ParsedMail;

/**
 * The 10 items a technical incident should tell (S1.9), each recognised by Spanish and
 * English wording (and, where it helps, a pattern or the attachments). Heuristics: an
 * item counts as answered when the mail says something of its kind.
 */
enum IncidentItem {

	SERVICE("service",
			List.of("outlook", "teams", "sharepoint", "onedrive", "exchange", "office", "365", "vpn", "web", "pagina",
					"wordpress", "correo*", "email*", "e-mail", "mail", "buzon", "impresora*", "printer*", "servidor*",
					"server*", "sap", "crm", "erp", "dynamics", "wifi", "red", "network", "internet", "dominio",
					"domain", "dns", "firewall", "backup", "copia de seguridad", "portal", "aplicacion", "application",
					"app", "programa", "software", "tienda", "shop", "windows", "portatil", "laptop", "ordenador", "pc",
					"movil", "telefono", "phone", "centralita", "escritorio remoto", "remote desktop", "base de datos",
					"database", "nas", "sftp", "ftp", "certificado", "certificate", "website", "site"),
			null),

	PROBLEM_TYPE("problem-type",
			List.of("no funciona*", "error*", "no puedo", "no podemos", "no pueden", "lento", "lentitud", "caido",
					"caida", "no carga", "no arranca", "no envia", "no recibe", "no abre", "falla*", "fallo",
					"bloquea*", "se cuelga", "no responde", "no conecta", "desconecta", "not working", "cannot",
					"can't", "unable", "slow", "down", "crash*", "fails", "failed", "failing", "broken", "freez*",
					"doesn't work", "does not work", "won't", "not responding", "disconnect*"),
			null),

	START_TIME("start-time",
			List.of("desde", "since", "esta manana", "esta tarde", "ayer", "hoy", "anoche", "this morning", "yesterday",
					"today", "last night", "a las", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado",
					"domingo", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
					"hace * minutos", "hace * horas", "hace * dias", "minutes ago", "hours ago", "days ago", "empezo",
					"comenzo", "started", "began"),
			Pattern.compile("\\b\\d{1,2}[:h.]\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}(/\\d{2,4})?\\b|\\b\\d{1,2}\\s?(am|pm)\\b")),

	STEPS("steps",
			List.of("paso*", "step*", "reproduc*", "al hacer", "al abrir", "al intentar", "al pulsar", "al entrar",
					"al iniciar", "cuando intento", "cuando intentamos", "cuando pulso", "cuando abro", "cuando entro",
					"when i", "when we", "when trying", "after clicking", "if i", "each time", "every time",
					"cada vez que"),
			null),

	ERROR_MESSAGE("error-message",
			List.of("error:", "mensaje de error", "mensaje:", "codigo de error", "error message", "error code",
					"message:", "aparece el mensaje", "sale el mensaje", "aparece un mensaje", "sale un mensaje",
					"dice:", "says:", "shows:"),
			Pattern.compile("[\"«“„][^\"«»“”„\\n]{4,}[\"»”“]|\\b0x[0-9a-f]{4,}\\b|\\berror\\s+\\d{3,}")),

	RECENT_CHANGES("recent-changes",
			List.of("cambio*", "cambiamos", "cambiado", "actualiz*", "instal*", "migr*", "nuevo", "nueva",
					"sin cambios", "no hemos cambiado", "no hemos tocado", "update*", "upgrade*", "changed", "change",
					"changes", "installed", "new", "nothing changed"),
			null),

	AFFECTED_USERS("affected-users",
			List.of("usuario*", "todos", "todas", "nadie", "ningun", "solo yo", "solo a mi", "companer*", "personas",
					"departamento", "toda la oficina", "toda la empresa", "users", "user", "everyone", "everybody",
					"nobody", "no one", "only me", "only i", "colleague*", "people", "department", "whole office",
					"all staff", "staff"),
			null),

	BUSINESS_IMPACT("business-impact",
			List.of("impacto", "afecta a", "no podemos trabajar", "no puedo trabajar", "facturar", "clientes", "ventas",
					"pedidos", "bloquea*", "parado*", "paralizad*", "perdiendo", "perdidas", "plazo", "urgente porque",
					"impact", "cannot work", "can't work", "customers", "clients", "sales", "orders", "revenue",
					"deadline", "losing", "blocked", "standstill"),
			null),

	WORKAROUND("workaround",
			List.of("solucion alternativa", "alternativa", "provisional", "provisionalmente", "temporal",
					"temporalmente", "mientras tanto", "de momento", "por ahora", "workaround", "meanwhile", "for now",
					"temporarily", "temporary", "instead"),
			null),

	SCREENSHOTS("screenshots", List.of("captura*", "pantallazo*", "imagen", "imagenes", "video", "videos",
			"screenshot*", "screen capture", "image", "images", "recording"), null);

	private final String id;

	private final Phrases wording;

	private final Pattern pattern;

	IncidentItem(String id, List<String> wording, Pattern pattern) {
		this.id = id;
		this.wording = Phrases.of(wording);
		this.pattern = pattern;
	}

	/** The id used in details, e.g. {@code start-time}. */
	String id() {
		return this.id;
	}

	/** The key of the question asking for this item. */
	String messageKey() {
		return "policy.incident.item." + this.id;
	}

	/**
	 * Whether the mail tells this item.
	 * @param text subject and body of the mail, without quoted history
	 * @param attachments the mail's attachments
	 */
	boolean toldIn(String text, List<ParsedMail.Attachment> attachments) {
		if (this == SCREENSHOTS && attachments.stream().anyMatch(IncidentItem::isPicture)) {
			return true;
		}
		return this.wording.in(text)
				|| (this.pattern != null && this.pattern.matcher(text.toLowerCase(Locale.ROOT)).find());
	}

	/** Images and videos, leaving out the small images of signatures (logos). */
	private static boolean isPicture(ParsedMail.Attachment attachment) {
		boolean media = attachment.contentType().startsWith("image/") || attachment.contentType().startsWith("video/");
		return media && (!attachment.inline() || attachment.size() > 20_000);
	}

}
