package com.chaindesk.ticket;

/** How much of a store a problem touches (impact) or how soon it hurts (urgency). */
public enum Level {
	LOW, MEDIUM, HIGH
}
