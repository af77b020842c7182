package com.chaindesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.InvalidInput;
import com.chaindesk.platform.OrgScope;
import org.junit.jupiter.api.Test;

/** The article's own workflow rules, without Spring or a database. */
class ArticleTests {

	private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

	private static ArticleContent content(ArticleKind kind, List<GuideStep> steps) {
		return new ArticleContent(kind, "printer-receipt", List.of(), "zh-CN", "打印机卡纸", "正文", steps);
	}

	private static Article stored(Article fresh) {
		// As the repository hands it back: with an id.
		return new Article(7L, fresh.chapter(), fresh.replaces(), fresh.status(), fresh.workingVersion(),
				fresh.publishedVersion(), fresh.reviewNote(), fresh.submittedBy(), fresh.createdBy(), fresh.createdAt(),
				fresh.updatedAt(), fresh.publishedAt(), 0, fresh.content());
	}

	@Test
	void aDraftIsPublishedOnlyAfterReviewAndAnEditKeepsThePublishedVersionLive() {
		Article article = stored(Article.start(Chapter.of(OrgScope.hq()), null, content(ArticleKind.FAQ, List.of()), "engineer1", NOW));
		assertThatThrownBy(() -> article.approve(NOW)).isInstanceOf(Conflict.class);
		article.submit("engineer1", NOW);
		assertThatThrownBy(() -> article.edit(content(ArticleKind.FAQ, List.of()), null, NOW)).isInstanceOf(Conflict.class);
		ArticlePublished published = article.approve(NOW);
		assertThat(published.version()).isEqualTo(1);
		assertThat(published.chapter()).isEqualTo("hq");

		article.edit(content(ArticleKind.FAQ, List.of()), null, NOW);
		assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article.workingVersion()).isEqualTo(2);
		assertThat(article.publishedVersion()).isEqualTo(1);
		assertThat(article.live()).isTrue();

		ArticleRetired retired = article.retire(NOW);
		assertThat(retired.articleId()).isEqualTo(7L);
		assertThat(article.live()).isFalse();
		assertThatThrownBy(() -> article.retire(NOW)).isInstanceOf(Conflict.class);
	}

	@Test
	void aGuideWithoutStepsCannotGoToReviewAndSendingBackNeedsAReason() {
		Article guide = stored(Article.start(Chapter.of(OrgScope.region(3)), null,
				content(ArticleKind.TROUBLESHOOTING, List.of()), "region1", NOW));
		assertThatThrownBy(() -> guide.submit("region1", NOW)).isInstanceOf(InvalidInput.class);
		guide.edit(content(ArticleKind.TROUBLESHOOTING, List.of(new GuideStep(1, "重启", null))), null, NOW);
		guide.submit("region1", NOW);
		assertThatThrownBy(() -> guide.sendBack(" ", NOW)).isInstanceOf(InvalidInput.class);
		guide.sendBack("写明型号", NOW);
		assertThat(guide.reviewNote()).isEqualTo("写明型号");
		assertThat(guide.status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void aStoreReadsHqItsRegionAndItselfButNotAnotherStore() {
		OrgScope store = OrgScope.store(12, 3);
		assertThat(Chapter.of(OrgScope.hq()).readableFrom(store)).isTrue();
		assertThat(Chapter.of(OrgScope.region(3)).readableFrom(store)).isTrue();
		assertThat(Chapter.of(OrgScope.region(4)).readableFrom(store)).isFalse();
		assertThat(Chapter.of(store).readableFrom(store)).isTrue();
		assertThat(Chapter.of(OrgScope.store(13, 3)).readableFrom(store)).isFalse();
		assertThat(Chapter.of(OrgScope.store(13, 3)).readableFrom(OrgScope.region(3))).isTrue();
	}

	@Test
	void searchableTextKeepsThePicturesAndLinksWordsButNotTheirAddresses() {
		String text = ArticleMarkdown.plain("面板显示如下：![E-03 卡纸](/knowledge/files/1/1)，详见[打印机手册](https://example.com/manual.pdf)。");
		assertThat(text).contains("E-03 卡纸").contains("打印机手册").doesNotContain("/knowledge/files").doesNotContain("https://");
	}

	@Test
	void markdownIsRenderedWithoutRunningWhatAnAuthorTyped() {
		String html = ArticleMarkdown.html("**粗** <script>alert(1)</script> [x](javascript:alert(1))");
		assertThat(html).contains("<strong>粗</strong>").contains("&lt;script&gt;").doesNotContain("<script>")
				.doesNotContain("javascript:");
		assertThat(ArticleMarkdown.html("| 网络 | 给谁用 |\n|---|---|\n| STORE-OPS | 店员 |")).contains("<table class=\"table")
				.contains("<td>STORE-OPS</td>");
		assertThat(ArticleMarkdown.errorCodes("屏幕显示 E-03，打印机 PRN-0x2A")).containsExactly("E-03", "PRN-0x2A");
	}
}
