package com.chaindesk.org;

import java.time.LocalDate;
import java.util.List;

/** A vendor company the chain contracts for a service. {@code status} is ACTIVE or CLOSED. */
public record VendorView(long id, String code, String company, List<String> services, String contractNumber,
		LocalDate contractEnds, String contactPhone, String contactEmail, String status, int version) {
}
