package com.chaindesk.platform;

import java.util.Locale;
import java.util.Map;

/**
 * Something every rendered page's frame shows (the brand, a greeting). Modules declare implementations as beans;
 * they run only when a page is rendered, never for API calls.
 */
public interface PageDecoration {

	void decorate(Map<String, Object> model, Locale locale);
}
