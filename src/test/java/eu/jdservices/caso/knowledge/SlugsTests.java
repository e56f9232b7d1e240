package eu.jdservices.caso.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void aTitleBecomesAnAddressWithoutAccentsOrPunctuation() {
		assertThat(Slugs.of("¿Cómo configuro la VPN en el móvil?")).isEqualTo("como-configuro-la-vpn-en-el-movil");
		assertThat(Slugs.of("Search")).isEqualTo("articulo-search");
		assertThat(Slugs.of("¿?")).isEqualTo("articulo");
		assertThat(Slugs.of("palabra ".repeat(30))).hasSizeLessThanOrEqualTo(Slugs.MAX).doesNotEndWith("-");
	}

	@Test
	void anAgentsSlugMustBeOneATitleCouldMake() {
		assertThat(Slugs.isValid("vpn-en-el-movil")).isTrue();
		assertThat(Slugs.isValid("VPN")).isFalse();
		assertThat(Slugs.isValid("a--b")).isFalse();
		assertThat(Slugs.isValid("search")).isFalse();
		assertThat(Slugs.isValid("x".repeat(81))).isFalse();
	}

}
