package com.chaindesk.sla.clock;

import java.io.Serializable;

/** What a db-scheduler timer carries: which clock, and for which generation of its due moment. */
record ClockTimer(long clockId, int generation) implements Serializable {

	String instanceId() {
		return clockId + "-" + generation;
	}
}
