package com.chaindesk.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.chaindesk.org.LocalizedNames;
import com.chaindesk.platform.FieldProblem;

/**
 * One node of the tree of ticket categories stores report problems under.
 *
 * @param code stable, lower case, unique in the whole tree, e.g. {@code printer-receipt}
 * @param name by language tag; zh-CN is required
 * @param children sub-categories; empty for a leaf
 */
public record TicketCategory(String code, Map<String, String> name, List<TicketCategory> children) {

	private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,40}");
	private static final int MAX_DEPTH = 3;

	public TicketCategory {
		name = name == null ? Map.of() : Map.copyOf(name);
		children = children == null ? List.of() : List.copyOf(children);
	}

	public String name(Locale reader) {
		return LocalizedNames.pick(name, reader);
	}

	/** Everything wrong with a tree, each problem named by its path, e.g. {@code [2].children[0].code}. */
	public static List<FieldProblem> problems(List<TicketCategory> tree) {
		List<FieldProblem> problems = new ArrayList<>();
		if (tree == null || tree.isEmpty()) {
			problems.add(new FieldProblem("", "at least one category"));
			return problems;
		}
		check(tree, "", 1, new HashSet<>(), problems);
		return problems;
	}

	private static void check(List<TicketCategory> level, String path, int depth, Set<String> seen,
			List<FieldProblem> problems) {
		for (int i = 0; i < level.size(); i++) {
			TicketCategory category = level.get(i);
			String at = path + "[" + i + "]";
			if (category == null) {
				problems.add(new FieldProblem(at, "required"));
				continue;
			}
			if (category.code() == null || !CODE.matcher(category.code()).matches()) {
				problems.add(new FieldProblem(at + ".code", "2 to 40 lower-case letters, digits or dashes"));
			}
			else if (!seen.add(category.code())) {
				problems.add(new FieldProblem(at + ".code", "used twice in the tree: " + category.code()));
			}
			problems.addAll(LocalizedText.problems(category.name(), at + ".name", 60, true));
			if (!category.children().isEmpty()) {
				if (depth >= MAX_DEPTH) {
					problems.add(new FieldProblem(at + ".children", "at most " + MAX_DEPTH + " levels"));
				}
				else {
					check(category.children(), at + ".children", depth + 1, seen, problems);
				}
			}
		}
	}
}
