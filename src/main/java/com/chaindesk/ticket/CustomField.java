package com.chaindesk.ticket;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.chaindesk.config.LocalizedText;
import com.chaindesk.org.LocalizedNames;
import com.chaindesk.platform.FieldProblem;

/**
 * A question a store answers when it reports a problem of some categories, e.g. the register number for any POS
 * problem.
 *
 * @param category the category code it applies to, and to every code below it ({@code pos} covers
 *        {@code pos-terminal}, {@code pos-payment}, …)
 * @param key stable, lower case; the ticket keeps the answer under it
 * @param label by language tag; zh-CN is required
 * @param choices the allowed answers of a CHOICE field; empty for any other type
 */
public record CustomField(String category, String key, Map<String, String> label, CustomFieldType type,
		boolean required, List<String> choices) {

	private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,40}");
	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");
	static final int TEXT_MAX = 200;

	public CustomField {
		label = label == null ? Map.of() : Map.copyOf(label);
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

	/** Whether a ticket of this category is asked this field. */
	public boolean appliesTo(String categoryCode) {
		return categoryCode != null && (categoryCode.equals(category) || categoryCode.startsWith(category + "-"));
	}

	public String label(Locale reader) {
		return LocalizedNames.pick(label, reader);
	}

	/** Everything wrong with a list of definitions, each problem named by its path, e.g. {@code [1].choices}. */
	static List<FieldProblem> problems(List<CustomField> fields) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < fields.size(); i++) {
			CustomField field = fields.get(i);
			String at = "[" + i + "]";
			if (field == null) {
				problems.add(new FieldProblem(at, "required"));
				continue;
			}
			if (field.category() == null || !CODE.matcher(field.category()).matches()) {
				problems.add(new FieldProblem(at + ".category", "a category code: 2 to 40 lower-case letters, digits or dashes"));
			}
			if (field.key() == null || !KEY.matcher(field.key()).matches()) {
				problems.add(new FieldProblem(at + ".key", "1 to 40 lower-case letters, digits or dashes, starting with a letter"));
			}
			else if (!keys.add(field.key())) {
				problems.add(new FieldProblem(at + ".key", "used twice: " + field.key()));
			}
			problems.addAll(LocalizedText.problems(field.label(), at + ".label", 60, true));
			if (field.type() == null) {
				problems.add(new FieldProblem(at + ".type", "one of TEXT, NUMBER, CHOICE, DATE"));
			}
			else if (field.type() == CustomFieldType.CHOICE) {
				if (field.choices().isEmpty()) {
					problems.add(new FieldProblem(at + ".choices", "a CHOICE field needs at least one choice"));
				}
				Set<String> seen = new HashSet<>();
				for (int c = 0; c < field.choices().size(); c++) {
					String choice = field.choices().get(c);
					if (choice == null || choice.isBlank() || choice.length() > 60) {
						problems.add(new FieldProblem(at + ".choices[" + c + "]", "1 to 60 characters"));
					}
					else if (!seen.add(choice)) {
						problems.add(new FieldProblem(at + ".choices[" + c + "]", "named twice: " + choice));
					}
				}
			}
			else if (!field.choices().isEmpty()) {
				problems.add(new FieldProblem(at + ".choices", "only a CHOICE field has choices"));
			}
		}
		return problems;
	}
}
