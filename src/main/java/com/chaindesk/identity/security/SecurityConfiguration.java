package com.chaindesk.identity.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two ways in: the API takes bearer tokens and keeps no session; the pages take a form sign-in, then a second factor
 * where one is needed, with the session kept in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**")
				.csrf(csrf -> csrf.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache(cache -> cache.disable())
				.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
				.authorizeHttpRequests(requests -> requests
						.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
						.anyRequest().hasAuthority(SignedInUser.SIGNED_IN))
				.exceptionHandling(errors -> errors
						.authenticationEntryPoint((request, response, e) -> ProblemResponses.write(response,
								HttpStatus.UNAUTHORIZED, "Not signed in",
								"Send 'Authorization: Bearer <token>'; get one from POST /api/v1/auth/token.", "Bearer"))
						.accessDeniedHandler((request, response, e) -> ProblemResponses.write(response,
								HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.", null)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SecondFactorStep secondFactor) throws Exception {
		http.authorizeHttpRequests(requests -> requests
						.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
								"/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**").permitAll()
						.requestMatchers("/login/second-factor", "/login/second-factor/**")
						.hasAnyAuthority(SecondFactorStep.PENDING_CODE, SecondFactorStep.PENDING_ENROLMENT)
						.anyRequest().hasAuthority(SignedInUser.SIGNED_IN))
				.formLogin(form -> form.loginPage("/login").successHandler(secondFactor).failureHandler(secondFactor)
						.permitAll())
				.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
				.exceptionHandling(errors -> errors.accessDeniedHandler(secondFactor));
		return http.build();
	}
}
