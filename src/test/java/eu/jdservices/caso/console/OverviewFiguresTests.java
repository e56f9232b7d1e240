package eu.jdservices.caso.console;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's median first response and its bar charts' geometry.
 */
class OverviewFiguresTests {

	@Test
	void theMedianIsTheMiddleOneOrTheMeanOfTheTwoMiddleOnes() {
		assertThat(Overview.median(List.of())).isNull();
		assertThat(Overview.median(List.of(Duration.ofMinutes(50), Duration.ofMinutes(10), Duration.ofHours(9))))
			.isEqualTo(Duration.ofMinutes(50));
		assertThat(Overview.median(
				List.of(Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(5), Duration.ofMinutes(20))))
			.isEqualTo(Duration.ofMinutes(25));
	}

	@Test
	void barsAreScaledToTheLargestValueOnOneBaseline() {
		BarChart chart = BarChart.of(List.of(new BarChart.Value("A", 4, "4", "severity-A"),
				new BarChart.Value("B", 2, "2", "severity-B"), new BarChart.Value("C", 0, "0", "severity-C")), 80);

		assertThat(chart.width()).isEqualTo(240);
		assertThat(chart.bars()).extracting(BarChart.Bar::barHeight).containsExactly(128, 64, 0);
		assertThat(chart.bars()).allSatisfy((bar) -> assertThat(bar.y() + bar.barHeight()).isEqualTo(chart.baseline()));
		assertThat(chart.bars()).extracting(BarChart.Bar::x).containsExactly(8, 88, 168);
	}

	@Test
	void aChartOfZeroesHasNoBarHeight() {
		BarChart chart = BarChart.of(List.of(new BarChart.Value("01/12", 0, "", "incoming")), 28);

		assertThat(chart.bars()).singleElement().extracting(BarChart.Bar::barHeight).isEqualTo(0);
	}

}
