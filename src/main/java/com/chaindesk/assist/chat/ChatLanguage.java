package com.chaindesk.assist.chat;

import java.util.Locale;

/** The three languages the bot speaks; anything else is answered in simplified Chinese. */
final class ChatLanguage {

	private ChatLanguage() {
	}

	static Locale of(Locale wanted) {
		if (wanted == null) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		if ("en".equals(wanted.getLanguage())) {
			return Locale.ENGLISH;
		}
		if ("zh".equals(wanted.getLanguage()) && ("TW".equals(wanted.getCountry()) || "HK".equals(wanted.getCountry())
				|| "Hant".equals(wanted.getScript()))) {
			return Locale.TRADITIONAL_CHINESE;
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

	static String tag(Locale locale) {
		return of(locale).toLanguageTag();
	}
}
