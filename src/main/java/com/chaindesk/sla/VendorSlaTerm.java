package com.chaindesk.sla;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.ticket.Priority;

/**
 * One line of a vendor contract's SLA: for tickets of {@code priority} handed to the vendor with code {@code vendor},
 * the vendor must take the ticket up within {@code responseMinutes} and solve it within {@code resolutionMinutes}.
 * {@code roundTheClock}: the contract counts every minute (24×7); otherwise the store's business hours.
 */
public record VendorSlaTerm(String vendor, Priority priority, int responseMinutes, int resolutionMinutes,
		boolean roundTheClock) {

	/** The contract term for a vendor and a priority; empty when the chain has no such contract line. */
	public static Optional<VendorSlaTerm> of(List<VendorSlaTerm> contracts, String vendorCode, Priority priority) {
		return contracts.stream().filter(t -> t.vendor().equals(vendorCode) && t.priority() == priority).findFirst();
	}

	/** What is wrong with the contract list, each problem naming its field like {@code [1].resolutionMinutes}. */
	public static List<FieldProblem> problems(List<VendorSlaTerm> terms) {
		List<FieldProblem> problems = new ArrayList<>();
		if (terms == null) {
			problems.add(new FieldProblem("", "a list of contract terms (may be empty)"));
			return problems;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < terms.size(); i++) {
			VendorSlaTerm term = terms.get(i);
			String at = "[" + i + "]";
			if (term == null) {
				problems.add(new FieldProblem(at, "required"));
				continue;
			}
			if (term.vendor() == null || !term.vendor().matches("[A-Z0-9-]{2,20}")) {
				problems.add(new FieldProblem(at + ".vendor", "a vendor code (capital letters, digits, dashes)"));
			}
			if (term.priority() == null) {
				problems.add(new FieldProblem(at + ".priority", "one of P1, P2, P3, P4"));
			}
			if (term.responseMinutes() < 1) {
				problems.add(new FieldProblem(at + ".responseMinutes", "at least 1"));
			}
			if (term.resolutionMinutes() < term.responseMinutes()) {
				problems.add(new FieldProblem(at + ".resolutionMinutes", "not less than responseMinutes"));
			}
			if (term.vendor() != null && term.priority() != null && !seen.add(term.vendor() + "/" + term.priority())) {
				problems.add(new FieldProblem(at, "a second term for " + term.vendor() + " " + term.priority()));
			}
		}
		return problems;
	}
}
