package com.chaindesk.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.chaindesk.config.Settings;
import com.chaindesk.config.StandardSettings;
import com.chaindesk.config.TicketCategory;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.OrgScope;
import org.springframework.stereotype.Component;

/**
 * What an article version must be before it is stored: a kind, a ticket category the chapter's part of the chain
 * knows, one of the three languages, a title, a body of reasonable length, at most 20 tags and, for a troubleshooting
 * guide, steps numbered 1..n whose "not fixed" branches point at other steps. Every problem is named by its field.
 */
@Component
class ArticleRules {

	static final Set<String> LANGUAGES = Set.of("zh-CN", "zh-TW", "en");
	static final int MAX_TITLE = 200;
	static final int MAX_BODY = 100_000;
	static final int MAX_STEPS = 30;

	private final Settings settings;

	ArticleRules(Settings settings) {
		this.settings = settings;
	}

	List<FieldProblem> problems(ArticleContent c, OrgScope chapterScope) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.kind() == null) {
			problems.add(new FieldProblem("kind", "required: FAQ, HOW_TO or TROUBLESHOOTING"));
		}
		if (c.category() == null || c.category().isBlank()) {
			problems.add(new FieldProblem("category", "required"));
		}
		else if (!categoryCodes(chapterScope).contains(c.category())) {
			problems.add(new FieldProblem("category", "not a ticket category of this chapter: " + c.category()));
		}
		if (c.language() == null || !LANGUAGES.contains(c.language())) {
			problems.add(new FieldProblem("language", "one of zh-CN, zh-TW, en"));
		}
		if (c.title() == null || c.title().isBlank()) {
			problems.add(new FieldProblem("title", "required"));
		}
		else if (c.title().length() > MAX_TITLE) {
			problems.add(new FieldProblem("title", "at most " + MAX_TITLE + " characters"));
		}
		if (c.body().length() > MAX_BODY) {
			problems.add(new FieldProblem("body", "at most " + MAX_BODY + " characters"));
		}
		if (c.tags().size() > 20) {
			problems.add(new FieldProblem("tags", "at most 20 tags"));
		}
		for (int i = 0; i < c.tags().size(); i++) {
			String tag = c.tags().get(i);
			if (tag == null || tag.isBlank() || tag.length() > 40) {
				problems.add(new FieldProblem("tags[" + i + "]", "1 to 40 characters"));
			}
		}
		steps(c, problems);
		return problems;
	}

	private static void steps(ArticleContent c, List<FieldProblem> problems) {
		List<GuideStep> steps = c.steps();
		if (!steps.isEmpty() && c.kind() != null && c.kind() != ArticleKind.TROUBLESHOOTING) {
			problems.add(new FieldProblem("steps", "only a troubleshooting guide has steps"));
			return;
		}
		if (steps.size() > MAX_STEPS) {
			problems.add(new FieldProblem("steps", "at most " + MAX_STEPS + " steps"));
			return;
		}
		for (int i = 0; i < steps.size(); i++) {
			GuideStep step = steps.get(i);
			String at = "steps[" + i + "]";
			if (step == null) {
				problems.add(new FieldProblem(at, "required"));
				continue;
			}
			if (step.number() != i + 1) {
				problems.add(new FieldProblem(at + ".number", "steps are numbered 1, 2, 3… in order; expected " + (i + 1)));
			}
			if (step.instruction() == null || step.instruction().isBlank()) {
				problems.add(new FieldProblem(at + ".instruction", "required"));
			}
			else if (step.instruction().length() > 4000) {
				problems.add(new FieldProblem(at + ".instruction", "at most 4000 characters"));
			}
			Integer next = step.nextIfNotFixed();
			if (next != null && (next < 1 || next > steps.size() || next == i + 1)) {
				problems.add(new FieldProblem(at + ".nextIfNotFixed", "another step's number between 1 and " + steps.size()));
			}
		}
	}

	Set<String> categoryCodes(OrgScope scope) {
		Set<String> codes = new HashSet<>();
		collect(settings.effective(StandardSettings.TICKET_CATEGORIES, scope), codes);
		return codes;
	}

	List<TicketCategory> categories(OrgScope scope) {
		return settings.effective(StandardSettings.TICKET_CATEGORIES, scope);
	}

	private static void collect(List<TicketCategory> level, Set<String> codes) {
		for (TicketCategory c : level) {
			codes.add(c.code());
			collect(c.children(), codes);
		}
	}
}
