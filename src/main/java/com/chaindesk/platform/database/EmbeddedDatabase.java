package com.chaindesk.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the process when no external database is configured, so that a newcomer
 * needs nothing but a JDK. Data survives restarts under {@code chaindesk.data-dir}/postgres.
 * <p>
 * The DataSource depends on the server bean, so Spring closes the pool (and everything that uses it, the event
 * publication registry included) before it stops the server. PostgreSQL runs as processes of its own: when the JVM
 * is killed ({@code kill -9}) they live on and keep the data directory, so a start first stops such a leftover
 * ({@link LeftoverPostmaster}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${chaindesk.db.url:}'.isEmpty()")
class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${chaindesk.data-dir}") String dataDir,
			@Value("${chaindesk.db.embedded.clean:false}") boolean clean) throws IOException {
		Path pgData = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
		Files.createDirectories(pgData.getParent());
		if (!clean) {
			LeftoverPostmaster.stopIfRunning(pgData);
		}
		log.info("Starting embedded PostgreSQL with data in {}", pgData);
		return EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(clean)
				// Spring stops the server after everything that uses it; a JVM hook of its own would race the context.
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("synchronous_commit", "on")
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C")
				.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres, @Value("${spring.datasource.hikari.maximum-pool-size:30}") int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("chaindesk");
		config.setDataSourceProperties(new java.util.Properties());
		Map.of("reWriteBatchedInserts", "true", "ApplicationName", "chaindesk")
				.forEach(config::addDataSourceProperty);
		return new HikariDataSource(config);
	}
}
