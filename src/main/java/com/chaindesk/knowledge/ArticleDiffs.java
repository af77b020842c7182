package com.chaindesk.knowledge;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Line by line what changed between two versions, so a reviewer reads only what the author changed. Title, kind,
 * category, language and tags come first as lines of their own, then the body, then the steps.
 */
final class ArticleDiffs {

	private ArticleDiffs() {
	}

	static VersionDiff between(long articleId, int from, ArticleContent older, int to, ArticleContent newer) {
		List<String> a = lines(older);
		List<String> b = lines(newer);
		Patch<String> patch = DiffUtils.diff(a, b);
		List<VersionDiff.Line> out = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			for (; position < start; position++) {
				out.add(new VersionDiff.Line(VersionDiff.Change.SAME, a.get(position)));
			}
			delta.getSource().getLines().forEach(l -> out.add(new VersionDiff.Line(VersionDiff.Change.REMOVED, l)));
			delta.getTarget().getLines().forEach(l -> out.add(new VersionDiff.Line(VersionDiff.Change.ADDED, l)));
			position += delta.getSource().size();
		}
		for (; position < a.size(); position++) {
			out.add(new VersionDiff.Line(VersionDiff.Change.SAME, a.get(position)));
		}
		return new VersionDiff(articleId, from, to, out);
	}

	private static List<String> lines(ArticleContent c) {
		List<String> lines = new ArrayList<>();
		lines.add("# " + c.title());
		lines.add("[" + c.kind() + " · " + c.category() + " · " + c.language() + "] " + String.join(", ", c.tags()));
		lines.add("");
		lines.addAll(List.of(c.body().replace("\r\n", "\n").split("\n", -1)));
		for (GuideStep step : c.steps()) {
			lines.add(step.number() + ". " + step.instruction().replace("\r\n", " ").replace('\n', ' ')
					+ (step.nextIfNotFixed() == null ? "" : "  → " + step.nextIfNotFixed()));
		}
		return lines;
	}
}
