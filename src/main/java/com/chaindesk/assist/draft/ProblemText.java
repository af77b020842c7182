package com.chaindesk.assist.draft;

import java.util.Locale;

import com.github.houbb.opencc4j.util.ZhTwConverterUtil;

/**
 * How the classifier reads what staff typed: Taiwan wording and traditional characters turned into simplified
 * (印表機 reads as 打印机, 網路 as 网络), full-width letters, digits and punctuation as half-width, all lower case. So
 * one model serves every region and "ＰＯＳ機" and "pos机" are the same words.
 */
final class ProblemText {

	private ProblemText() {
	}

	static String normalise(String raw) {
		if (raw == null || raw.isBlank()) {
			return "";
		}
		return ZhTwConverterUtil.toSimple(halfWidth(raw)).toLowerCase(Locale.ROOT);
	}

	static String halfWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u3000') {
				out.append(' ');
			}
			else if (c >= '\uFF01' && c <= '\uFF5E') {
				out.append((char) (c - 0xFEE0));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
