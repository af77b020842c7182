package com.chaindesk.knowledge.web;

import java.util.Locale;

import com.chaindesk.knowledge.KnowledgeLibrary;

/** Names chapters for the reader in templates: null for HQ's, otherwise the region's or store's name. */
public record ChapterNames(KnowledgeLibrary library, Locale locale) {

	public String of(String key) {
		return library.chapterName(key, locale).orElse(null);
	}
}
