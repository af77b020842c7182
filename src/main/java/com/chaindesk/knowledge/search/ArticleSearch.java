package com.chaindesk.knowledge.search;

import java.util.List;

import com.chaindesk.config.Settings;
import com.chaindesk.knowledge.ArticleHit;
import com.chaindesk.knowledge.KnowledgeQuery;
import com.chaindesk.knowledge.KnowledgeSearch;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Knowledge search as a store's scope sees it: words (with the chain's synonyms, simplified and traditional alike)
 * and meaning (the embedding model) together, best first, scored 0..1. A store must lie within the searcher's scope;
 * without a store the searcher's own scope decides what is visible.
 */
@Service
class ArticleSearch implements KnowledgeSearch {

	static final int MAX_TEXT = 200;
	static final int MAX_LIMIT = 50;

	private final ArticleIndex index;
	private final OrgDirectory org;
	private final Settings settings;

	ArticleSearch(ArticleIndex index, OrgDirectory org, Settings settings) {
		this.index = index;
		this.org = org;
		this.settings = settings;
	}

	@Override
	public List<ArticleHit> search(KnowledgeQuery query) {
		String text = query.text() == null ? "" : query.text().strip();
		if (text.isEmpty()) {
			throw new InvalidInput("q", "required");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidInput("q", "at most " + MAX_TEXT + " characters");
		}
		if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
			throw new InvalidInput(List.of(new FieldProblem("limit", "between 1 and " + MAX_LIMIT)));
		}
		ChapterVisibility visibility = visibility(query.storeId(), CurrentActor.scope());
		float[] vector = ArticleEmbeddings.question(text).orElse(null);
		return index.search(new SearchRequest(text, visibility.chapters(), visibility.local(), query.kind(),
				blankToNull(query.category()), blankToNull(query.chapter()), query.limit(),
				Math.clamp(query.snippets(), 0, query.limit()), synonyms(visibility.regionId()), vector));
	}

	ChapterVisibility visibility(@Nullable Long storeId, OrgScope reader) {
		if (storeId != null) {
			StoreRef store = org.store(storeId).orElseThrow(() -> new NotFound("store", storeId));
			if (!reader.coversStore(store.id(), store.regionId())) {
				throw new OutsideScope("Store " + storeId + " is outside your scope.");
			}
			return ChapterVisibility.ofStore(store.id(), store.regionId());
		}
		return switch (reader.level()) {
			case HQ -> ChapterVisibility.everything();
			case REGION -> ChapterVisibility.ofRegion(reader.regionId(),
					org.storesOfRegion(reader.regionId()).stream().map(StoreRef::id).toList());
			case STORE -> ChapterVisibility.ofStore(reader.storeId(), reader.regionId());
			case VENDOR -> ChapterVisibility.hqOnly();
		};
	}

	/** HQ's synonyms, plus those the region added (read through the config cache, so a change counts at once). */
	private SynonymMap synonyms(@Nullable Long regionId) {
		List<String> hq = settings.effective(KnowledgeSynonyms.SETTING, OrgScope.hq());
		if (regionId == null) {
			return KnowledgeSynonyms.compile(hq);
		}
		return KnowledgeSynonyms.compile(
				KnowledgeSynonyms.combine(hq, settings.effective(KnowledgeSynonyms.SETTING, OrgScope.region(regionId))));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
