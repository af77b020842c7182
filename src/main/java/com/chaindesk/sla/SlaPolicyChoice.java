package com.chaindesk.sla;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.ticket.Priority;

/**
 * Picks the SLA rule for a ticket: the most specific rule of its priority that matches its category and its store's
 * size class. Ties go to the rule listed first, so an administrator orders equally specific rules by hand.
 */
public final class SlaPolicyChoice {

	static final Set<String> SIZE_CLASSES = Set.of("S", "M", "L", "XL");

	private SlaPolicyChoice() {
	}

	/** @throws IllegalStateException when no rule covers the priority (validation requires one per priority) */
	public static SlaRule choose(List<SlaRule> rules, Priority priority, String category, String sizeClass) {
		return rules.stream().filter(r -> r.matches(priority, category, sizeClass))
				.max(Comparator.comparingInt(SlaRule::specificity).thenComparing((a, b) -> rules.indexOf(b) - rules.indexOf(a)))
				.orElseThrow(() -> new IllegalStateException("No SLA rule for " + priority));
	}

	/** What is wrong with a policy, each problem naming its field like {@code [2].responseMinutes}. */
	public static List<FieldProblem> problems(List<SlaRule> rules) {
		List<FieldProblem> problems = new ArrayList<>();
		if (rules == null || rules.isEmpty()) {
			problems.add(new FieldProblem("", "at least one rule per priority"));
			return problems;
		}
		for (int i = 0; i < rules.size(); i++) {
			SlaRule rule = rules.get(i);
			String at = "[" + i + "]";
			if (rule == null) {
				problems.add(new FieldProblem(at, "required"));
				continue;
			}
			if (rule.priority() == null) {
				problems.add(new FieldProblem(at + ".priority", "one of P1, P2, P3, P4"));
			}
			if (rule.category() != null && !rule.category().matches("[a-z0-9-]{1,40}")) {
				problems.add(new FieldProblem(at + ".category", "a category code or its beginning (lower-case letters, digits, dashes)"));
			}
			if (rule.sizeClass() != null && !SIZE_CLASSES.contains(rule.sizeClass())) {
				problems.add(new FieldProblem(at + ".sizeClass", "one of S, M, L, XL"));
			}
			if (rule.responseMinutes() < 1) {
				problems.add(new FieldProblem(at + ".responseMinutes", "at least 1"));
			}
			if (rule.resolutionMinutes() < rule.responseMinutes()) {
				problems.add(new FieldProblem(at + ".resolutionMinutes", "not less than responseMinutes"));
			}
		}
		for (Priority p : Priority.values()) {
			boolean covered = rules.stream().anyMatch(r -> r != null && r.priority() == p && r.category() == null && r.sizeClass() == null);
			if (!covered) {
				problems.add(new FieldProblem("", "a rule for " + p + " without category and size class"));
			}
		}
		return problems;
	}
}
