package com.chaindesk.assist.chat;

import java.util.regex.Pattern;

import com.chaindesk.knowledge.ArticleView;

/**
 * Turns an article into what the bot says: the first paragraph of its Markdown as plain text, cut at a sentence end
 * when long. A chat bubble is no place for a whole article; the link leads to the rest.
 */
final class AnswerWording {

	static final int MAX = 180;

	private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
	private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`|~~)");
	private static final Pattern LIST_MARK = Pattern.compile("^([-*+]|\\d+[.)])\\s+");
	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private AnswerWording() {
	}

	static String summary(ArticleView article) {
		String body = article.body() == null ? "" : article.body().replace("\r", "");
		for (String paragraph : body.split("\n\\s*\n")) {
			String text = plain(paragraph);
			if (!text.isEmpty()) {
				return cut(text);
			}
		}
		return article.title();
	}

	/** A search snippet as plain text, for when the article itself cannot be read. */
	static String fromSnippet(String snippet) {
		return cut(TAG.matcher(snippet).replaceAll("").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").strip());
	}

	static String plain(String markdown) {
		StringBuilder text = new StringBuilder();
		for (String line : markdown.split("\n")) {
			String l = line.strip();
			if (l.startsWith("#") || l.startsWith("```") || l.startsWith("|") || l.startsWith("---") || l.isEmpty()) {
				continue;
			}
			if (l.startsWith(">")) {
				l = l.substring(1).strip();
			}
			l = LIST_MARK.matcher(l).replaceFirst("");
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(l);
		}
		String s = IMAGE.matcher(text).replaceAll("");
		s = LINK.matcher(s).replaceAll("$1");
		s = EMPHASIS.matcher(s).replaceAll("");
		return s.strip();
	}

	private static String cut(String text) {
		if (text.length() <= MAX) {
			return text;
		}
		int end = -1;
		for (int i = MAX - 1; i > MAX / 2; i--) {
			char c = text.charAt(i);
			if (c == '。' || c == '！' || c == '？' || c == '.' || c == '!' || c == '?' || c == '；') {
				end = i + 1;
				break;
			}
		}
		return end > 0 ? text.substring(0, end) : text.substring(0, MAX) + "…";
	}
}
