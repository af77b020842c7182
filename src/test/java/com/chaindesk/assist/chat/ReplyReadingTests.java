package com.chaindesk.assist.chat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Short replies read the way a store person means them, in the three languages; questions stay questions. */
class ReplyReadingTests {

	@ParameterizedTest
	@CsvSource({
			"好了, YES", "解决了！, YES", "解決了, YES", "好了，解决了, YES", "好了，解決了, YES", "Yes, YES", "'yes, fixed', YES",
			"It helped, YES", "有帮助, YES",
			"没好, NO", "还是不行。, NO", "還是不行, NO", "沒好, NO", "no, NO", "'No, still broken', NO", "没帮助, NO",
			"Did not help, NO",
			"1, FIRST", "第一个, FIRST", "第二個, SECOND", "2, SECOND",
			"转人工, PERSON", "轉人工, PERSON", "轉專人, PERSON", "人工客服, PERSON", "我要转人工, PERSON",
			"I want to talk to a person, PERSON", "agent, PERSON", "Talk to a person, PERSON",
			"打印机还是不行怎么办, OTHER", "收银机开不了机, OTHER", "the printer says no paper, OTHER" })
	void readsWhatThePersonMeans(String reply, Intent meant) {
		assertThat(ReplyReading.read(reply)).isEqualTo(meant);
	}
}
