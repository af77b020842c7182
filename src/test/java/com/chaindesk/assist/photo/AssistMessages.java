package com.chaindesk.assist.photo;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The assist bundle as the application loads it, for tests that run the readers without the whole application. */
public final class AssistMessages {

	private AssistMessages() {
	}

	public static MessageSource bundle() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/assist/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
