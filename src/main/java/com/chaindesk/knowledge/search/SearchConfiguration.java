package com.chaindesk.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.chaindesk.config.SettingDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search index of this instance and the synonym setting search declares. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	static SettingDefinition<List<String>> knowledgeSynonymsSetting() {
		return KnowledgeSynonyms.SETTING;
	}

	/**
	 * Each instance keeps its own index, rebuilt from the database at every start, so its folder holds nothing worth
	 * keeping: a fresh temporary folder unless {@code chaindesk.knowledge.search.index-dir} names one.
	 */
	@Bean(destroyMethod = "close")
	ArticleIndex articleIndex(@Value("${chaindesk.knowledge.search.index-dir:}") String folder) {
		try {
			Path path = folder.isBlank() ? Files.createTempDirectory("chaindesk-search-") : Files.createDirectories(Path.of(folder));
			return new ArticleIndex(path, folder.isBlank());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
