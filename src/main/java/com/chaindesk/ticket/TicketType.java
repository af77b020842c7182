package com.chaindesk.ticket;

/** What kind of ticket a store opens; each kind numbers its tickets on its own (INC-2026-000123). */
public enum TicketType {
	INCIDENT("INC"), REQUEST("REQ"), COMPLAINT("CMP"), CALLBACK("CBK");

	private final String prefix;

	TicketType(String prefix) {
		this.prefix = prefix;
	}

	public String prefix() {
		return prefix;
	}
}
