package eu.jdservices.caso.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn by the server as SVG (no script, no style attribute): bars scaled to
 * the largest value, each with its value above and its label below.
 *
 * @param width the drawing's width (SVG units)
 * @param height the drawing's height
 * @param bars the bars, left to right
 */
record BarChart(int width, int height, List<Bar> bars) {

	static final int HEIGHT = 180;

	static final int TOP = 18;

	static final int BOTTOM = 34;

	/**
	 * One bar.
	 *
	 * @param label under the bar
	 * @param value above the bar (as text)
	 * @param x left edge
	 * @param y top edge
	 * @param barWidth width
	 * @param barHeight height
	 * @param kind a CSS class (e.g. the severity)
	 */
	record Bar(String label, String value, int x, int y, int barWidth, int barHeight, String kind) {

		public int middle() {
			return this.x + this.barWidth / 2;
		}

	}

	/**
	 * @param label under the bar
	 * @param amount its height's measure (0 or more)
	 * @param value what is written above it
	 * @param kind a CSS class
	 */
	record Value(String label, double amount, String value, String kind) {
	}

	static BarChart of(List<Value> values, int slot) {
		double max = values.stream().mapToDouble(Value::amount).max().orElse(0);
		int plot = HEIGHT - TOP - BOTTOM;
		List<Bar> bars = new ArrayList<>();
		int gap = Math.max(2, slot / 5);
		for (int i = 0; i < values.size(); i++) {
			Value value = values.get(i);
			int barHeight = (max <= 0) ? 0 : (int) Math.round(plot * value.amount() / max);
			bars.add(new Bar(value.label(), value.value(), i * slot + gap / 2, TOP + plot - barHeight, slot - gap,
					barHeight, value.kind()));
		}
		return new BarChart(Math.max(slot, values.size() * slot), HEIGHT, bars);
	}

	public int baseline() {
		return HEIGHT - BOTTOM;
	}

	public int labelY() {
		return HEIGHT - BOTTOM + 14;
	}

}
