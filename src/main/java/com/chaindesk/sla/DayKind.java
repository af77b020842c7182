package com.chaindesk.sla;

/** What a holiday calendar says about a date: a public holiday, or a weekend day that is worked (调休上班, 補行上班). */
public enum DayKind {
	HOLIDAY, WORKDAY
}
