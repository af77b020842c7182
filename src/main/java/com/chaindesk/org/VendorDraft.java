package com.chaindesk.org;

import java.time.LocalDate;
import java.util.List;

/** A vendor company as someone wants it; {@code services} are skill words like pos, printer, network. */
public record VendorDraft(String code, String company, List<String> services, String contractNumber,
		LocalDate contractEnds, String contactPhone, String contactEmail, Integer version) {
}
