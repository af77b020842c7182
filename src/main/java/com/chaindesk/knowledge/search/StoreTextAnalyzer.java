package com.chaindesk.knowledge.search;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * How store text is cut into words: traditional characters folded to simplified, smartcn's word segmentation,
 * lower case, and the words that say nothing (punctuation, 的, 怎么办, "how") left out. No stemming: smartcn's own
 * analyzer stems with Porter, which turns {@code POS机} into {@code po|机}. With a synonym map (query time only, so a
 * changed synonym list needs no re-indexing), each word also stands for its synonyms.
 */
final class StoreTextAnalyzer extends Analyzer {

	/** smartcn's punctuation, plus filler words of store questions in both scripts' simplified form and English. */
	static final CharArraySet STOP_WORDS = stopWords();

	private final @Nullable SynonymMap synonyms;

	private StoreTextAnalyzer(@Nullable SynonymMap synonyms) {
		this.synonyms = synonyms;
	}

	static StoreTextAnalyzer forIndex() {
		return new StoreTextAnalyzer(null);
	}

	static StoreTextAnalyzer forQuery(@Nullable SynonymMap synonyms) {
		return new StoreTextAnalyzer(synonyms == null || synonyms.fst == null ? null : synonyms);
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new MappingCharFilter(TraditionalToSimplified.MAP, reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new HMMChineseTokenizer();
		// Words left out leave no gap: synonyms such as 开不了机 or Wi-Fi must still be one run of words.
		TokenStream stream = new WithoutGaps(new StopFilter(new LowerCaseFilter(tokenizer), STOP_WORDS));
		if (synonyms != null) {
			// Last, so that the synonym graph reaches the query builder unbroken.
			stream = new SynonymGraphFilter(stream, synonyms, true);
		}
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

	/** Closes the position gaps the stop filter leaves. */
	static final class WithoutGaps extends TokenFilter {

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		WithoutGaps(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!input.incrementToken()) {
				return false;
			}
			if (increment.getPositionIncrement() > 1) {
				increment.setPositionIncrement(1);
			}
			return true;
		}
	}

	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
		for (String word : new String[] { "的", "了", "吗", "呢", "啊", "吧", "呀", "嘛", "么", "怎么", "怎么办", "怎么样", "如何", "什么",
				"为什么", "请问", "一下", "没", "没有", "一直", "突然", "老是", "总是", "怎么回事", "咋办", "咋", "啥", "我", "我们", "你", "您", "是", "在", "有", "和", "与", "就", "都", "也", "还", "又", "要", "该",
				"个", "这", "那", "这个", "那个", "时", "后", "？", "?", "a", "an", "the", "is", "are", "to", "of", "in", "on", "and",
				"or", "how", "what", "why", "do", "does", "my", "i", "it", "can", "with", "for", "at", "be" }) {
			words.add(word);
		}
		return CharArraySet.unmodifiableSet(words);
	}
}
