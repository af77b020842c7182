package com.chaindesk.ticket;

/** What a custom field holds: free text, a number, one of its choices, or a calendar date (yyyy-MM-dd). */
public enum CustomFieldType {
	TEXT, NUMBER, CHOICE, DATE
}
