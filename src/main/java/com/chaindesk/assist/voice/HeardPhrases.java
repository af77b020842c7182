package com.chaindesk.assist.voice;

import java.util.List;

import com.chaindesk.assist.voice.SpokenPhrase.Kind;

/**
 * What the offline recogniser heard, phrase by phrase: read back as the Chinese the staff member said (so the
 * classifier and search read words, not pinyin), and the category the phrases point to.
 */
record HeardPhrases(List<SpokenPhrase> phrases) {

	/** The phrases as written Chinese, e.g. {@code 打印机卡纸}; Latin words keep a space around them. */
	String text() {
		StringBuilder out = new StringBuilder();
		for (SpokenPhrase phrase : phrases) {
			if (!out.isEmpty() && (isLatin(out.charAt(out.length() - 1)) || isLatin(phrase.text().charAt(0))
					|| phrase.kind() == Kind.STORE || phrases.indexOf(phrase) == 1 && phrases.getFirst().kind() == Kind.STORE)) {
				out.append(' ');
			}
			out.append(phrase.text());
		}
		return out.toString();
	}

	/**
	 * The most specific category named: a category or device beats a symptom's hint, and a leaf (e.g.
	 * {@code printer-receipt}) beats its parent ({@code printer}) when both were said.
	 */
	String category() {
		String best = null;
		for (SpokenPhrase phrase : phrases) {
			if (phrase.category() == null || phrase.kind() == Kind.SYMPTOM) {
				continue;
			}
			if (best == null || phrase.category().startsWith(best + "-")) {
				best = phrase.category();
			}
		}
		if (best != null) {
			// "门店App闪退": the symptom narrows the category the device named.
			for (SpokenPhrase phrase : phrases) {
				if (phrase.kind() == Kind.SYMPTOM && phrase.category() != null && phrase.category().startsWith(best + "-")) {
					return phrase.category();
				}
			}
			return best;
		}
		for (SpokenPhrase phrase : phrases) {
			if (phrase.kind() == Kind.SYMPTOM && phrase.category() != null) {
				return phrase.category();
			}
		}
		return null;
	}

	private static boolean isLatin(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}
}
