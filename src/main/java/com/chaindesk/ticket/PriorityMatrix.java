package com.chaindesk.ticket;

/**
 * The service desk's impact × urgency matrix: both high is P1; high with medium is P2; both medium, or high with low,
 * is P3; everything else P4.
 */
public final class PriorityMatrix {

	private PriorityMatrix() {
	}

	public static Priority priorityOf(Level impact, Level urgency) {
		int weight = impact.ordinal() + urgency.ordinal();
		if (weight == 4) {
			return Priority.P1;
		}
		if (weight == 3) {
			return Priority.P2;
		}
		if (weight == 2) {
			// MEDIUM×MEDIUM, HIGH×LOW and LOW×HIGH weigh the same and are all P3.
			return Priority.P3;
		}
		return Priority.P4;
	}
}
