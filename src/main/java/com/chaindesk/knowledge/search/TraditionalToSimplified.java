package com.chaindesk.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Traditional characters folded to simplified ones, character by character, from the table opencc4j ships
 * ({@code TSCharacters.txt}). Applied as a char filter before the tokenizer, at index and at query time, so 收銀機 and
 * 收银机 become the same words while the highlighter still marks the reader's own characters: a char filter keeps the
 * offsets into the original text, which a phrase-level conversion (it changes the text's length) would not.
 */
final class TraditionalToSimplified {

	private static final String TABLE = "/data/dictionary/TSCharacters.txt";

	static final NormalizeCharMap MAP = load();

	private TraditionalToSimplified() {
	}

	private static NormalizeCharMap load() {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		try (InputStream in = TraditionalToSimplified.class.getResourceAsStream(TABLE)) {
			if (in == null) {
				throw new IllegalStateException("opencc4j's " + TABLE + " is not on the class path");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String[] parts = line.strip().split("\\s+");
				// "條\t条": the first simplified reading is the common one; characters mapped to themselves stay out.
				if (parts.length >= 2 && !parts[0].isEmpty() && !parts[0].equals(parts[1])) {
					map.add(parts[0], parts[1]);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return map.build();
	}
}
