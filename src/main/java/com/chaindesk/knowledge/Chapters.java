package com.chaindesk.knowledge;

import java.util.Optional;

import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.OrgScope;
import org.springframework.stereotype.Component;

/** Reads chapter keys ({@code hq}, {@code region:3}, {@code store:12}) into chapters of regions and stores that exist. */
@Component
public class Chapters {

	private final OrgDirectory directory;

	Chapters(OrgDirectory directory) {
		this.directory = directory;
	}

	public Optional<Chapter> parse(String key) {
		if (key == null) {
			return Optional.empty();
		}
		String k = key.strip();
		if (k.equals("hq")) {
			return Optional.of(Chapter.of(OrgScope.hq()));
		}
		try {
			if (k.startsWith("region:")) {
				long id = Long.parseLong(k.substring(7));
				return directory.region(id).map(r -> Chapter.of(OrgScope.region(r.id())));
			}
			if (k.startsWith("store:")) {
				long id = Long.parseLong(k.substring(6));
				return directory.store(id).map(s -> Chapter.of(OrgScope.store(s.id(), s.regionId())));
			}
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** The chapter a store reads locally, or empty when the store is unknown. */
	public Optional<Chapter> ofStore(long storeId) {
		return directory.store(storeId).map(s -> Chapter.of(OrgScope.store(s.id(), s.regionId())));
	}

	/** The chapter's name for a reader: HQ, the region's name, or the store's name. */
	public String name(String key, java.util.Locale reader) {
		Optional<Chapter> chapter = parse(key);
		if (chapter.isEmpty() || chapter.get().isHq()) {
			return null;
		}
		OrgScope scope = chapter.get().scope();
		if (scope.storeId() != null) {
			return directory.store(scope.storeId()).map(s -> s.name(reader)).orElse(key);
		}
		return directory.region(scope.regionId()).map(r -> r.name(reader)).orElse(key);
	}

	Optional<StoreRef> store(long id) {
		return directory.store(id);
	}
}
