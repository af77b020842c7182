package com.chaindesk.identity.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions live in PostgreSQL (identity.spring_session), so every instance on the database knows every sign-in and a
 * load balancer needs no sticky sessions. Switched on here rather than by Boot: Boot 4 moved its Spring Session
 * auto-configuration into a module of its own (spring-boot-session-jdbc) that this build does not carry, and without
 * it sessions silently stayed in each Tomcat's memory. The {@code spring.session.*} settings in application.yml are
 * honoured all the same.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SharedSessions {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTable(
			@Value("${spring.session.jdbc.table-name:identity.spring_session}") String table,
			@Value("${spring.session.timeout:8h}") Duration timeout) {
		return repository -> {
			repository.setTableName(table);
			repository.setDefaultMaxInactiveInterval(timeout);
		};
	}
}
