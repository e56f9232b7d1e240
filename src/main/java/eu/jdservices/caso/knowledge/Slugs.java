package eu.jdservices.caso.knowledge;

import java.util.Locale;

import eu.jdservices.caso.intake.MailWords;

/**
 * The address of an article from its title: lower case, without accents, words joined by
 * hyphens, at most {@value #MAX} characters ("¿Cómo configuro la VPN?" →
 * {@code como-configuro-la-vpn}).
 */
final class Slugs {

	static final int MAX = 80;

	/** The pages under {@code /kb/} that are no articles. */
	private static final java.util.Set<String> RESERVED = java.util.Set.of("search", "suggestions");

	private Slugs() {
	}

	static String of(String title) {
		String slug = MailWords.withoutAccents(title)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "articulo" : RESERVED.contains(slug) ? "articulo-" + slug : slug;
	}

	/** Whether a slug an agent chose is one: what {@link #of} could make. */
	static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX && slug.matches("[a-z0-9]+(?:-[a-z0-9]+)*")
				&& !RESERVED.contains(slug);
	}

}
