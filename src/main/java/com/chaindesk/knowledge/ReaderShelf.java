package com.chaindesk.knowledge;

import java.util.List;

import com.chaindesk.platform.OrgScope;

/**
 * Which published articles a reader's scope sees, as SQL over {@code knowledge.article a}: a store sees HQ's chapter,
 * its region's and its own, and an HQ article that its region or store replaced is hidden behind the local one; a
 * region sees HQ's and its own chapter and its stores' (HQ articles its region replaced hidden); HQ sees everything.
 */
final class ReaderShelf {

	private ReaderShelf() {
	}

	static String where(OrgScope scope, List<Object> params) {
		return switch (scope.level()) {
			case HQ -> "true";
			case VENDOR -> "a.chapter = 'hq'";
			case REGION -> {
				String region = "region:" + scope.regionId();
				params.add(scope.regionId());
				params.add(region);
				yield "(a.chapter = 'hq' or a.chapter_region_id = ?) and not exists (select 1 from knowledge.article r"
						+ " where r.replaces = a.id and r.published_version is not null and r.chapter = ?)";
			}
			case STORE -> {
				String region = "region:" + scope.regionId();
				String store = "store:" + scope.storeId();
				params.addAll(List.of(region, store, region, store));
				yield "a.chapter in ('hq', ?, ?) and not exists (select 1 from knowledge.article r"
						+ " where r.replaces = a.id and r.published_version is not null and r.chapter in (?, ?))";
			}
		};
	}

	/** Rows (views, votes) recorded by readers within a scope, over a table aliased {@code x}. */
	static String readersWithin(OrgScope scope, List<Object> params) {
		return switch (scope.level()) {
			case HQ -> "true";
			case REGION -> {
				params.add(scope.regionId());
				yield "x.region_id = ?";
			}
			case STORE -> {
				params.add(scope.storeId());
				yield "x.store_id = ?";
			}
			case VENDOR -> "false";
		};
	}

	/** Articles whose chapter lies within the writer's scope (their workbench). */
	static String chaptersWithin(OrgScope scope, List<Object> params) {
		return switch (scope.level()) {
			case HQ -> "true";
			case REGION -> {
				params.add(scope.regionId());
				yield "a.chapter_region_id = ?";
			}
			case STORE -> {
				params.add("store:" + scope.storeId());
				yield "a.chapter = ?";
			}
			case VENDOR -> "false";
		};
	}
}
