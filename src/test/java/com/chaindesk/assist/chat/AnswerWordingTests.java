package com.chaindesk.assist.chat;

import java.time.Instant;
import java.util.List;

import com.chaindesk.knowledge.ArticleKind;
import com.chaindesk.knowledge.ArticleView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot speaks the first paragraph of an article as plain text, never the Markdown or the whole article. */
class AnswerWordingTests {

	private static ArticleView article(String body) {
		return new ArticleView(1, ArticleKind.FAQ, "hq", "printer", List.of(), "zh-CN", "小票打印机卡纸", body, List.of(), 1,
				Instant.now());
	}

	@Test
	void theFirstParagraphWithoutMarkdown() {
		String said = AnswerWording.summary(article("""
				# 小票打印机卡纸

				![打印机](/img/p.png)
				**先关机**，打开[上盖](https://x/y)，取出卡住的纸。
				- 不要用刀片

				## 还是不行
				联系 IT。
				"""));
		assertThat(said).isEqualTo("先关机，打开上盖，取出卡住的纸。 不要用刀片");
	}

	@Test
	void aLongParagraphIsCutAtASentenceEnd() {
		String sentence = "打开打印机上盖后取出卡住的纸并重新装好纸卷。";
		String said = AnswerWording.summary(article(sentence.repeat(20)));
		assertThat(said.length()).isLessThanOrEqualTo(AnswerWording.MAX);
		assertThat(said).endsWith("。").startsWith(sentence);
	}

	@Test
	void anEmptyBodyFallsBackToTheTitle() {
		assertThat(AnswerWording.summary(article("  \n\n## 标题\n"))).isEqualTo("小票打印机卡纸");
	}
}
