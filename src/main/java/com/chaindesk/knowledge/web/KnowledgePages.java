package com.chaindesk.knowledge.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.chaindesk.knowledge.ArticleHit;
import com.chaindesk.knowledge.ArticleSummary;
import com.chaindesk.knowledge.ChapterRights;
import com.chaindesk.knowledge.KnowledgeLibrary;
import com.chaindesk.knowledge.KnowledgeQuery;
import com.chaindesk.knowledge.KnowledgeSearch;
import com.chaindesk.knowledge.NewsItem;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.MenuEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The knowledge home a store opens on its phone: a search box, a tile per problem area, and what HQ, its region and
 * its own store published lately (marked new when it came after the last visit). A tile lists that area's articles.
 */
@Controller
@RequestMapping("/knowledge")
class KnowledgePages {

	/** An icon per top-level category the chain ships; a region's own categories get the generic one. */
	static final Map<String, String> ICONS = Map.of("pos", "cart-check", "network", "wifi", "printer", "printer",
			"store-app", "phone", "membership", "person-vcard", "esl", "tags", "cctv", "camera-video", "equipment", "tools");

	@Bean
	static MenuEntry knowledgeMenuEntry() {
		return new MenuEntry("/knowledge", "knowledge.menu.read", "journal-text", 20, Set.of());
	}

	private final KnowledgeLibrary library;
	private final ObjectProvider<KnowledgeSearch> search;
	private final OrgDirectory directory;

	KnowledgePages(KnowledgeLibrary library, ObjectProvider<KnowledgeSearch> search, OrgDirectory directory) {
		this.library = library;
		this.search = search;
		this.directory = directory;
	}

	@GetMapping
	String home(@RequestParam(required = false) String q, @RequestParam(required = false) String category, Model model,
			Locale locale) {
		Actor actor = CurrentActor.get();
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("tree", library.categories());
		model.addAttribute("icons", ICONS);
		model.addAttribute("zone", zone(actor));
		model.addAttribute("mayWrite", ChapterRights.isAuthor(actor));
		model.addAttribute("mayReview", ChapterRights.isReviewer(actor));
		model.addAttribute("chapterNames", new ChapterNames(library, locale));
		if (q != null && !q.isBlank()) {
			KnowledgeSearch engine = search.getIfAvailable();
			List<ArticleHit> hits = engine == null ? List.of()
					: engine.search(new KnowledgeQuery(q.strip(), actor.scope().storeId(), null, null, null, 20));
			model.addAttribute("hits", hits);
			return "knowledge/home";
		}
		if (category != null && !category.isBlank()) {
			model.addAttribute("category", category);
			model.addAttribute("articles", readersLanguageFirst(library.published(category, null, 200), locale));
			return "knowledge/category";
		}
		model.addAttribute("counts", library.countsByTopCategory());
		List<NewsItem> news = library.news(30, 10);
		model.addAttribute("news", news);
		model.addAttribute("unseen", news.stream().filter(NewsItem::unseen).count());
		model.addAttribute("reviewCount", ChapterRights.isReviewer(actor) ? library.reviewQueue().size() : 0);
		library.markSeen();
		return "knowledge/home";
	}

	/** Articles in the reader's language first, then other Chinese ones, then the rest, each group newest first. */
	static List<ArticleSummary> readersLanguageFirst(List<ArticleSummary> articles, Locale reader) {
		String tag = reader.toLanguageTag();
		String own = tag.startsWith("zh") ? (tag.contains("TW") || tag.contains("HK") || tag.contains("Hant") ? "zh-TW" : "zh-CN") : "en";
		return articles.stream().sorted(java.util.Comparator.comparingInt(a -> a.language().equals(own) ? 0
				: a.language().startsWith("zh") && own.startsWith("zh") ? 1 : 2)).toList();
	}

	private ZoneId zone(Actor actor) {
		if (actor.scope().storeId() != null) {
			return directory.store(actor.scope().storeId()).map(s -> ZoneId.of(s.timeZone())).orElse(ZoneId.of("Asia/Shanghai"));
		}
		if (actor.scope().regionId() != null) {
			return directory.region(actor.scope().regionId()).map(r -> ZoneId.of(r.timeZone())).orElse(ZoneId.of("Asia/Shanghai"));
		}
		return ZoneId.of("Asia/Shanghai");
	}
}
