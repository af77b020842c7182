package com.chaindesk.sla.clock;

/**
 * Response: until someone takes the ticket. Resolution: until the store's problem is solved. The vendor kinds run on
 * the vendor contract's targets while a vendor holds the ticket: response until the vendor takes it up, resolution
 * until it is solved or taken back from the vendor.
 */
public enum ClockKind {
	RESPONSE, RESOLUTION, VENDOR_RESPONSE, VENDOR_RESOLUTION;

	public boolean vendor() {
		return this == VENDOR_RESPONSE || this == VENDOR_RESOLUTION;
	}
}
