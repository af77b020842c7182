package com.chaindesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.chaindesk.ChainDeskTest;
import com.chaindesk.config.Settings;
import com.chaindesk.config.StandardSettings;
import com.chaindesk.config.TicketCategory;
import com.chaindesk.platform.OrgScope;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo chain's knowledge base, as a store and a reviewer find it on the first start (read only). */
@ChainDeskTest
class KnowledgeDemoTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Settings settings;

	@Autowired
	PublishedArticleSourceCheck source;

	@Test
	void atLeastSixtyPublishedArticlesCoverEveryTicketCategory() {
		List<String> categories = jdbc.sql("""
				select v.category from knowledge.article a join knowledge.article_version v
				  on v.article_id = a.id and v.number = a.published_version
				where a.published_version is not null and a.created_by = 'system'
				""").query(String.class).list();
		assertThat(categories.size()).isGreaterThanOrEqualTo(60);
		Set<String> leaves = new HashSet<>();
		collect(settings.effective(StandardSettings.TICKET_CATEGORIES, OrgScope.hq()), leaves);
		assertThat(new HashSet<>(categories)).containsAll(leaves);
		assertThat(source.count()).isGreaterThanOrEqualTo(60);
		assertThat(jdbc.sql("""
				select count(*) from knowledge.article_file f join knowledge.article a on a.id = f.article_id
				join knowledge.article_version v on v.article_id = a.id and v.number = a.published_version
				where f.purpose = 'IMAGE' and f.media_type = 'image/png' and v.body like '%/knowledge/files/' || f.id || ')%'
				""").query(Long.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void taiwansArticlesAreInTraditionalChineseAndSomeReplaceHqOnes() {
		List<String> texts = jdbc.sql("""
				select v.title || ' ' || v.body || ' ' || v.steps::text from knowledge.article a
				join knowledge.article_version v on v.article_id = a.id and v.number = a.working_version
				where v.language = 'zh-TW' and a.created_by = 'system'
				""").query(String.class).list();
		assertThat(texts).hasSizeGreaterThanOrEqualTo(10);
		for (String text : texts) {
			StringBuilder simplifiedOnly = new StringBuilder();
			for (char c : text.toCharArray()) {
				String one = String.valueOf(c);
				// A character with a traditional form of its own was left simplified (台 and 游標 are Taiwan's own usage).
				if ("台游".indexOf(c) < 0 && !ZhConverterUtil.toTraditional(one).equals(one) && ZhConverterUtil.toSimple(one).equals(one)) {
					simplifiedOnly.append(c);
				}
			}
			assertThat(simplifiedOnly.toString()).as(text).isEmpty();
			assertThat(text).doesNotContain("码", "网络", "软件", "打印机");
		}
		long replacing = jdbc.sql("""
				select count(*) from knowledge.article a join knowledge.article h on h.id = a.replaces
				where a.created_by = 'system' and a.published_version is not null and h.chapter = 'hq'
				  and a.chapter <> 'hq'
				""").query(Long.class).single();
		assertThat(replacing).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select count(*) from knowledge.article where status = 'IN_REVIEW' and created_by = 'system'")
				.query(Long.class).single()).isGreaterThanOrEqualTo(1);
	}

	private static void collect(List<TicketCategory> level, Set<String> leaves) {
		for (TicketCategory c : level) {
			if (c.children().isEmpty()) {
				leaves.add(c.code());
			}
			collect(c.children(), leaves);
		}
	}
}
