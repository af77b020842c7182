package com.chaindesk.knowledge;

import java.util.List;

/**
 * What changed between two versions of an article, line by line over title, metadata, body and steps.
 *
 * @param lines each line unchanged ({@code SAME}), only in the newer version ({@code ADDED}) or only in the older
 *        ({@code REMOVED})
 */
public record VersionDiff(long articleId, int from, int to, List<Line> lines) {

	public enum Change {
		SAME, ADDED, REMOVED
	}

	public record Line(Change change, String text) {
	}

	public boolean unchanged() {
		return lines.stream().allMatch(l -> l.change() == Change.SAME);
	}
}
