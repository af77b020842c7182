package com.chaindesk.assist.draft;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A subject the desk can scan in a list, from what staff typed: greetings and filler (你好, 麻烦, 帮忙看下…) gone, the
 * first clause that says something, at most {@value #MAX} characters, and the error code kept even when it came later
 * in the text (it is what the desk searches for). Written in the store's own script: nothing is converted.
 */
final class CleanSubject {

	static final int MAX = 40;

	private static final Pattern FILLER = Pattern.compile("^(?:\\s|[,，.。!！~～、:：])*(?:你好|您好|妳好|老师好|hello|hi|在吗|在嗎|"
			+ "麻烦(?:你|您)?|麻煩(?:你|您)?|帮忙看(?:一)?下|幫忙看(?:一)?下|看(?:一)?下|请帮忙|請幫忙|帮我看(?:一)?下|幫我看(?:一)?下|帮忙|幫忙|"
			+ "请问|請問|急急急|急|那个|那個|就是|我们店|我們店|我们这边|我們這邊|我们|我們|店里|店裡|"
			+ "it|同事|辛苦了|谢谢|謝謝)(?:\\s|[,，.。!！~～、:：])*", Pattern.CASE_INSENSITIVE);
	private static final Pattern TRAILING = Pattern.compile("(?:谢谢|謝謝|辛苦了|麻烦了|麻煩了|拜托|拜託|急|[,，.。!！~～、\\s])+$");
	private static final Pattern CLAUSE_END = Pattern.compile("[,，。!！?？;；\\n]");
	private static final Pattern SPACE = Pattern.compile("\\s");

	private CleanSubject() {
	}

	static String of(String text, List<String> errorCodes) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String rest = letters(text).strip();
		String before;
		do {
			before = rest;
			rest = FILLER.matcher(rest).replaceFirst("");
		}
		while (!rest.equals(before) && !rest.isEmpty());
		if (rest.isEmpty()) {
			rest = text.strip();
		}
		String subject = firstClause(rest, CLAUSE_END);
		if (subject.length() > MAX) {
			// Staff often type without punctuation, words apart by spaces: cut there only when it is too long.
			subject = firstClause(subject, SPACE);
		}
		subject = TRAILING.matcher(subject).replaceFirst("").strip();
		String upper = subject.toUpperCase(Locale.ROOT);
		for (String code : errorCodes) {
			if (!upper.contains(code.toUpperCase(Locale.ROOT)) && subject.length() + code.length() < MAX) {
				subject = subject + " " + code;
			}
		}
		return subject.length() > MAX ? subject.substring(0, MAX - 1) + "…" : subject;
	}

	/** Full-width letters, digits and dashes as half-width (ＰＯＳ, Ｅ－１０４３); Chinese punctuation stays. */
	private static String letters(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			boolean alnum = (c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A');
			out.append(alnum || c == '\uFF0D' ? (char) (c - 0xFEE0) : c);
		}
		return out.toString();
	}

	/** The first clause, or the first two when the first is too short to say anything ("急，"…). */
	private static String firstClause(String text, Pattern boundary) {
		var m = boundary.matcher(text);
		int end = text.length();
		while (m.find()) {
			if (text.substring(0, m.start()).strip().length() >= 4) {
				end = m.start();
				break;
			}
		}
		return text.substring(0, end).strip();
	}
}
