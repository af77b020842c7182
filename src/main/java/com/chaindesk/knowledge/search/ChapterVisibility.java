package com.chaindesk.knowledge.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.chaindesk.platform.OrgScope;
import org.jspecify.annotations.Nullable;

/**
 * Which chapters a reader sees, and whose replacements hide HQ's article from them. A store sees HQ's chapter, its
 * region's and its own, where a regional or store article that replaces an HQ article hides it. A region sees HQ's,
 * its own and its stores' chapters, hidden HQ articles as its stores see them by region; HQ sees everything as
 * written; a vendor company only HQ's chapter.
 *
 * @param chapters the visible chapter keys, or null for all
 * @param local the chapters whose replacements hide the article they replace
 * @param regionId the region whose synonyms add to HQ's, if any
 */
record ChapterVisibility(@Nullable Set<String> chapters, Set<String> local, @Nullable Long regionId) {

	static ChapterVisibility ofStore(long storeId, long regionId) {
		Set<String> local = Set.of(OrgScope.region(regionId).key(), OrgScope.store(storeId, regionId).key());
		Set<String> chapters = new LinkedHashSet<>(local);
		chapters.add(OrgScope.hq().key());
		return new ChapterVisibility(Set.copyOf(chapters), local, regionId);
	}

	static ChapterVisibility ofRegion(long regionId, List<Long> storesOfRegion) {
		Set<String> chapters = new LinkedHashSet<>();
		chapters.add(OrgScope.hq().key());
		chapters.add(OrgScope.region(regionId).key());
		storesOfRegion.forEach(store -> chapters.add(OrgScope.store(store, regionId).key()));
		return new ChapterVisibility(Set.copyOf(chapters), Set.of(OrgScope.region(regionId).key()), regionId);
	}

	static ChapterVisibility everything() {
		return new ChapterVisibility(null, Set.of(), null);
	}

	static ChapterVisibility hqOnly() {
		return new ChapterVisibility(Set.of(OrgScope.hq().key()), Set.of(), null);
	}
}
