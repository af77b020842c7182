package com.chaindesk.sla.clock;

/** RUNNING and PAUSED clocks still count; MET and BREACHED are settled. */
public enum ClockState {
	RUNNING, PAUSED, MET, BREACHED;

	boolean open() {
		return this == RUNNING || this == PAUSED;
	}
}
