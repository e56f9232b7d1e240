package eu.jdservices.caso.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Generated bodies for {@link Mutation}: hostile to the code that reads a mail's text
 * line by line or with regular expressions.
 */
final class Texts {

	private static final List<String> QUOTE_LINES = List.of("> quoted line %d", "answer %d", "", ">",
			"On Mon, 12 Jan 2026 at 10:15 someone wrote something %d", "El 12/01/26 a las 10:15, alguien escribió %d",
			"De: someone%d@customer.test", "Enviado: lunes %d", "    > indented quote %d", ">>>>>>>>>> deep %d",
			"Am 12.01.26 um 10:%d schrieb", "on " + "1".repeat(400) + " wrote", "__________",
			"-----Original Message----- %d");

	private static final List<String> HTML_UNITS = List.of("<div>", "<b><i><u>", "<table><tr><td>", "<p>", "<ul><li>",
			"<font><span>", "<blockquote>", "<a href=\"x\">", "<pre>", "<br>");

	private static final List<String> TEXT_FRAGMENTS = List.of("contraseña: Secreta123\n", "password = hunter2 ",
			"la clave es Abc123! ", "4111 1111 1111 1111 ", "4111-1111-1111-1111-1111-1111-1111 ",
			"1234 5678 9012 3456 7890 1234 ", "ES91 2100 0418 4502 0005 1332 ABCDEFGHIJKLMNOPQRSTUVWXYZ\n",
			"12345678Z X1234567L ", "caso #1234 case 5678 ticket nº 99999 [Caso #42] ",
			"llámenme por favor, can we schedule a call? ", "+34 976 000 102, 976000102, (+34) 600-000-000 ",
			"en nombre de Pedro, on behalf of Ana ",
			"- otra cosa: no funciona\n- también falla\n* also, another issue\n", "\"mensaje de error sin cerrar ",
			"0x8000ffff error 500 ", "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a ", "confidencial ",
			"desde ayer a las 10:15 no funciona el correo para todos los usuarios\n",
			"De: ana@cliente.es\nEnviado: lunes\n", "\n\n", "RE: RV: AW: Fwd: ", "12:30 12/01/2026 1999 ",
			"eliminar el usuario de pedro@cliente.es ", "🙂🙃 ", "\u0000\u0001\u0002 ");

	private Texts() {
	}

	/** Tens of thousands of quoted lines mixed with answers and near-attributions. */
	static String quoteStorm(Random random) {
		int lines = Mutation.pick(random, List.of(2_000, 20_000, 60_000));
		boolean alternate = random.nextBoolean();
		StringBuilder text = new StringBuilder("Hello,\r\n");
		for (int i = 0; i < lines; i++) {
			String line = alternate ? ((i % 2 == 0) ? "> quoted line %d" : "answer %d")
					: Mutation.pick(random, QUOTE_LINES);
			text.append(line.replace("%d", Integer.toString(i))).append("\r\n");
		}
		return text.toString();
	}

	/** HTML nested 100,000 deep, maybe with an unclosed comment or script. */
	static String deepHtml(Random random) {
		String unit = Mutation.pick(random, HTML_UNITS);
		StringBuilder html = new StringBuilder("<html><body>");
		html.append(unit.repeat(Mutation.pick(random, List.of(1_000, 100_000))));
		html.append("texto del cliente");
		switch (random.nextInt(4)) {
			case 0 -> html.append("<!-- ").append("unclosed comment ".repeat(10_000));
			case 1 -> html.append("<script>").append("var x = 1;".repeat(10_000));
			case 2 -> html.append("<a href=\"").append("x".repeat(100_000));
			default -> html.append("</div>".repeat(1000));
		}
		return html.toString();
	}

	/**
	 * What the guideline checks look for, repeated to 100 KB to 1 MB; a list item with
	 * thousands of continuation lines; a long word after a request about another user.
	 */
	static String textStorm(Random random) {
		int size = Mutation.pick(random, List.of(100_000, 300_000, 1_000_000));
		StringBuilder text = new StringBuilder();
		while (text.length() < size) {
			switch (random.nextInt(10)) {
				case 0 -> {
					text.append("1. no funciona el correo\n");
					text.append("   continuation line\n".repeat(1 + random.nextInt(5_000)));
				}
				case 1 -> text.append("hay que eliminar el usuario ")
					.append("a".repeat(random.nextInt(100_000)))
					.append('\n');
				default -> text.append(Mutation.pick(random, TEXT_FRAGMENTS));
			}
		}
		return text.toString();
	}

}
